/**
 * npm run bench:render — how long a streamed proof takes to reach the reader's eyes (issue 12).
 *
 * A ~100,000-character proof (DeepSeekMath-V2's proofs from the shared corpus, ~2,000
 * formulas; a generated stand-in without the corpus) is served by the scripted model server at
 * ~8,000 characters/s, through the run engine (`next start` of the built app) and the run's SSE
 * into headless Chromium at 1440×900. Measured in the page, in the same run, for:
 *   - the workbench: Monaco editor + live preview (Preview tab open, as a reader watching it);
 *   - the naive page: the whole document re-rendered on every event and scrolled to its end
 *     after each render, as a chat UI does (app/bench/naive, only in the .next-bench build).
 *
 * Lag per delta: markers (`` `qz00042` ``, inline code: bench/render/markers.ts) are written
 * into the proof's prose about every 80 characters. The page records each SSE text event's
 * arrival and the offset it ends at; an IntersectionObserver rooted at the preview's (and the
 * editor's) scroll box reports the frame in which each marker is first in view — the preview's
 * `<code>` element, the editor's line — without the probe reading layout
 * (bench/render/probe-markers.ts). A delta's lag is from its arrival to the first frame showing
 * the last marker it completed, or a later one: that frame shows the delta's text, with the
 * formulas before it typeset. Deltas that complete no marker are counted, not measured.
 *
 * Printed: p50/p95/max lag for the preview and the editor, long-task time ÷ stream duration,
 * longest task, naive ÷ workbench ratios, and the targets (✔/✘): long tasks ≤ 2% of the stream,
 * longest task ≤ 50 ms, preview lag p95 ≤ 250 ms. Secondary: p95 frame gap, frames drawn, the
 * page's main-thread CPU time. Exits non-zero when a run fails or text never reaches the
 * workbench's screen, not on a missed target (docs/RELIABILITY.md § bench:render).
 *
 *   npm run bench:render [-- --chars 100000 --rate 8000 --port 3450 --mock-port 4450
 *                            --screenshots /tmp/render --trace /tmp/render --skip-naive]
 * Uses its own build in .next-bench/ (the only build with the naive page); builds it first
 * when missing (delete it after changing the app). `--screenshots P` saves P-<page>-streaming.png
 * (mid-stream) and P-<page>-rest.png; `--trace P` a Chromium performance trace per page in
 * P-<page>.json (DevTools' Performance panel opens it; tracing slows the page, so figures taken
 * with it are not comparable). To see our functions in a trace rather than minified names,
 * build `.next-bench` with `PROOFDESK_BROWSER_SOURCEMAPS=1` (next.config.ts): DevTools then
 * maps each frame to its source file.
 */
import { chromium } from '@playwright/test';
import { AppProcess } from '../e2e/support/app-process';
import { chunkText } from '../scripts/mock-model/chunking';
import { startMockModelServer } from '../scripts/mock-model/server';
import type { RenderFigures } from './render/figures';
import { measurePage } from './render/measure';
import { benchProof } from './render/proof-text';
import { printComparison } from './render/report';
import { BENCH_BUILD_ENV, ensureBuild, freshDataDir, loadNote, machine } from './support/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumVersion } from './support/chromium';
import { arg, fmtMs } from './support/format';

const chars = Number(arg('chars') ?? 100_000);
const rate = Number(arg('rate') ?? 8_000);
const port = Number(arg('port') ?? process.env.BENCH_APP_PORT ?? 3450);
const mockPort = Number(arg('mock-port') ?? process.env.BENCH_MOCK_PORT ?? 4450);
const screenshots = arg('screenshots');
const trace = arg('trace');
/** Only the workbench (while profiling a change): no naive figures, no ratios. */
const skipNaive = process.argv.includes('--skip-naive');

async function main() {
  ensureBuild(BENCH_BUILD_ENV);
  const proof = benchProof(chars);
  // One chunk ≈ one token; pace chunks so characters arrive at `rate` per second.
  const tps = Math.round((chunkText(proof.answer).length * rate) / proof.answer.length);
  const expectedMs = (proof.answer.length / rate) * 1000;
  const mock = await startMockModelServer({ port: mockPort });
  const control = (body: object) =>
    fetch(`${mock.url}/__control`, { method: 'POST', body: JSON.stringify(body) });
  const dir = freshDataDir(`bench-render-${port}`);
  const app = new AppProcess(port, {
    PROOFDESK_DB: `${dir}/bench.db`,
    OPENAI_BASE_URL: mock.baseURL,
    OPENAI_API_KEY: 'sk-bench-not-a-secret',
    PROOFDESK_MODEL: 'mock',
    ...BENCH_BUILD_ENV, // the build that serves the naive page
  });
  await app.start();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(`machine: ${machine()} · ${chromiumVersion()} · ${loadNote()}`);
  console.log(
    `proof: ${proof.proofChars.toLocaleString()} characters, ${proof.formulas.toLocaleString()} formulas, ${proof.markerEnds.length.toLocaleString()} markers (${proof.source})`,
  );
  console.log(
    `stream: ${proof.answer.length.toLocaleString()} characters at ${tps} chunks/s ≈ ${rate.toLocaleString()} characters/s (≈ ${fmtMs(expectedMs)})\n`,
  );
  const results: Record<string, RenderFigures & { status: string | null }> = {};
  try {
    // Not reported: the first run loads route modules, Monaco and KaTeX's fonts.
    await control({ scenario: 'default', content: proof.answer.slice(0, 3_000), tps });
    await measurePage(browser, app.url, 'workbench', { markerEnds: [], timeoutMs: 60_000 });
    await control({ scenario: 'default', content: proof.answer, tps });
    for (const mode of skipNaive ? (['workbench'] as const) : (['workbench', 'naive'] as const)) {
      results[mode] = await measurePage(browser, app.url, mode, {
        markerEnds: proof.markerEnds,
        timeoutMs: expectedMs * 30 + 120_000,
        screenshot: screenshots ? { prefix: screenshots, afterMs: expectedMs / 2 } : undefined,
        trace,
      });
      console.log(`${mode}: run ${results[mode].status ?? 'unfinished'}`);
    }
  } finally {
    await browser.close();
    await app.kill();
    await mock.close();
  }
  console.log(`after the runs: ${loadNote()}\n`);
  const met = printComparison(results.workbench, results.naive ?? null);
  console.log(
    `\ntargets ${met ? 'all met' : 'not all met'} (a slow figure is reported, not failed)`,
  );
  // A failure is a run that did not succeed, or text that never reached the workbench's screen.
  const ours = results.workbench;
  const lost = ours.preview.never + (ours.editor?.never ?? 0);
  const failed = Object.values(results).some((r) => r.status !== 'succeeded');
  if (failed || lost) {
    console.error(`FAILED: ${failed ? 'a run did not succeed' : `${lost} deltas never shown`}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
