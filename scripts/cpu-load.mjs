// Keeps every core busy until killed: the background load for `npm run test:stress`.
// One busy-looping worker thread per core (plus one), at normal priority, so the app, the
// browser and the test runner have to compete for CPU the way they do on a loaded CI host.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const threads = Number(process.env.LOAD_THREADS ?? os.availableParallelism() + 1);
const spin = 'for (;;) { Math.sqrt(Math.random()); }';
for (let i = 0; i < threads; i++) new Worker(spin, { eval: true });
console.log(`cpu-load: ${threads} busy threads (pid ${process.pid})`);
