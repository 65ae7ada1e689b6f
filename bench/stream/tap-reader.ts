import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/app';
import type { ChatStreamRead } from '../support/chat-stream-parse';

type Span = { fromChar: number; untilChar: number };
type Reply = { id: number; subscribed?: true; read?: ChatStreamRead; error?: string };
type Waiter = { subscribed: () => void; settle: (r: Reply) => void };

export type TapHandle = { result: Promise<ChatStreamRead>; close: () => void };

/**
 * Reader (a) of bench:stream: subscribes to the scripted model server's tap (GET /__tap) for
 * the next chat request whose prompt contains `match`, and parses the copy of that response
 * exactly as a raw client would, timing the proof's first and last tokens (`span`). The
 * reading happens in a process of its own (tap-process.ts), whose event loop nothing else
 * uses; `open` resolves once subscribed, so the caller may then let the app send its request.
 */
export function startTapClient() {
  const child: ChildProcess = fork(path.join(__dirname, 'tap-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    cwd: ROOT,
  });
  const waiters = new Map<number, Waiter>();
  let nextId = 1;
  child.on('message', (m: Reply) => {
    const w = waiters.get(m.id);
    if (!w) return;
    if (m.subscribed) w.subscribed();
    else w.settle(m);
  });
  child.on('exit', (code) => {
    for (const w of waiters.values()) w.settle({ id: 0, error: `tap reader exited (${code})` });
  });

  return {
    open(mockUrl: string, match: string, span: Span): Promise<TapHandle> {
      const id = nextId++;
      return new Promise((resolveOpen, rejectOpen) => {
        let resolveRead: (r: ChatStreamRead) => void = () => {};
        let rejectRead: (e: Error) => void = () => {};
        const result = new Promise<ChatStreamRead>((res, rej) => {
          resolveRead = res;
          rejectRead = rej;
        });
        result.catch(() => {}); // observed by the caller
        const close = () => child.send({ id, close: true });
        waiters.set(id, {
          subscribed: () => resolveOpen({ result, close }),
          settle: (r) => {
            waiters.delete(id);
            if (r.read) resolveRead(r.read);
            else {
              const err = new Error(r.error ?? 'tap ended without a result');
              rejectRead(err);
              rejectOpen(err); // no-op once subscribed
            }
          },
        });
        child.send({ id, mockUrl, match, span });
      });
    },
    stop(): Promise<void> {
      if (child.exitCode !== null) return Promise.resolve();
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.disconnect();
      return exited;
    },
  };
}

export type TapClient = ReturnType<typeof startTapClient>;
