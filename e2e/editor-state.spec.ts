import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { HomePage } from './pages/home';
import { LaunchPage } from './pages/launch';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

/** What the editor shows, read from the screen, at the moments that used to go wrong. */

test.beforeEach(async () => {
  await mock.reset();
});

/**
 * The editor shows `proof`: Monaco draws only the lines in view, so what is on screen is a
 * long enough stretch of it (the whole proof does not fit at 720 px).
 */
/**
 * Text without any whitespace: Monaco wraps long lines wherever the width ends (also inside
 * a `\(…\)`), so what it shows matches the proof only with line breaks and spaces ignored.
 */
const squash = (text: string) => text.replace(/\s+/g, '');

async function expectShowing(wb: WorkbenchPage, proof: string) {
  const whole = squash(proof);
  await expect
    .poll(async () => {
      const shown = squash(await wb.editorText());
      return shown.length >= Math.min(150, whole.length) && whole.includes(shown);
    })
    .toBe(true);
}

/** A verified draft with every finding accepted (so Refine has nothing to ask). */
async function draftAndVerify(wb: WorkbenchPage) {
  await mock.scenario('default', { tps: 0 });
  await wb.run('generate');
  await wb.run('verify');
  await expect(wb.findings).not.toHaveCount(0);
  // Every finding, the checker's on the draft's termwise bound included: none left undecided.
  for (const card of await wb.page.getByTestId('finding').all()) {
    await card.getByTestId('finding-accept').click();
    await expect(card).toHaveAttribute('data-decision', 'accepted');
  }
}

test('a line typed just before Refine reaches the model; the verified round keeps its text', async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await draftAndVerify(wb);
  const verified = (await getSession(request, sessionId)).rounds[0];

  const line = `Typed at the last moment ${Date.now().toString(36)}.`;
  await wb.typeAtEnd(`\n${line}`);
  // Refine at once: well inside the editor's 600 ms save delay.
  await wb.run('refine');

  const refine = (await mock.log()).filter((r) => r.kind === 'refinement').at(-1);
  expect(refine?.messages.map((m) => m.content).join('\n')).toContain(line);
  const rounds = (await getSession(request, sessionId)).rounds;
  expect(rounds[0]).toMatchObject({ proof: verified.proof, score: verified.score });
  // The edit became its own round, and Refine refined it.
  expect(rounds[1]).toMatchObject({ origin: 'manual', parentRoundId: verified.id });
  expect(rounds[1].proof).toContain(line);
  expect(rounds[2].parentRoundId).toBe(rounds[1].id);
  await expect(wb.roundTab(2)).toContainText('edited from R1');
  await expect(wb.roundTab(2)).toContainText('not verified');
});

test('editing the verified round again, after its first edit made R2, makes R3 and leaves R2 as it was', async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await mock.scenario('default', { tps: 0 });
  await wb.run('generate');
  await wb.run('verify');
  const verified = (await getSession(request, sessionId)).rounds[0];
  const rounds = async () => (await getSession(request, sessionId)).rounds;

  await wb.typeAtEnd('\nA first remark.');
  await expect.poll(async () => (await rounds())[1]?.proof ?? '').toContain('A first remark.');
  await expect(wb.roundTab(2)).toContainText('edited from R1');

  // Back to R1, as verified: the editor shows its text, and an edit of it is a new round.
  await wb.roundTab(1).click();
  await expectShowing(wb, verified.proof);
  await expect(wb.editor.getByText('A first remark.')).toHaveCount(0);
  await shotsAt(page, 'back-to-verified-r1', wb.editor);
  await wb.typeAtEnd('\nA second remark.');
  await expect.poll(async () => (await rounds()).length).toBe(3);
  await expect.poll(async () => (await rounds())[2].proof).toContain('A second remark.');
  const [r1, r2, r3] = await rounds();
  expect(r1.proof).toBe(verified.proof);
  expect(r2.proof).toContain('A first remark.');
  expect(r2.proof).not.toContain('A second remark.');
  expect(r3).toMatchObject({ origin: 'manual', parentRoundId: r1.id });
  expect(r3.proof).not.toContain('A first remark.');
  await expect(wb.roundTab(3)).toContainText('edited from R1');
  await expect(wb.editor.getByText('A second remark.')).toBeVisible();
});

test('two tabs edit one draft: the later save does not erase the earlier, it becomes a round of its own and says so', async ({
  page,
  context,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const a = new WorkbenchPage(page);
  await mock.scenario('default', { tps: 0 });
  await a.run('generate');
  const draft = (await getSession(request, sessionId)).rounds[0];
  const b = new WorkbenchPage(await context.newPage());
  await b.goto(sessionId);
  await expectShowing(b, draft.proof);
  // Tab B reads the session again only later: it has not seen tab A's edit when it types.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await b.page.route(`**/api/sessions/${sessionId}`, async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.fallback();
  });

  await a.typeAtEnd("\nTab A's line.");
  await expect
    .poll(async () => (await getSession(request, sessionId)).rounds[0].proof)
    .toContain("Tab A's line.");
  await b.typeAtEnd("\nTab B's line.");
  const notice = b.page.getByTestId('edit-conflict');
  await expect(notice).toBeVisible();
  release();
  await expect(notice).toHaveText(
    'R1 was changed in another tab or window while you edited it: your edits are saved as a new round, R2, and R1 keeps the other text.',
  );
  await expect(notice).toBeInViewport();
  await expect(b.roundTab(2)).toContainText('edited from R1');
  await expect(b.editor.getByText("Tab B's line.")).toBeVisible();
  await shotsAt(b.page, 'edit-conflict', notice);

  const [r1, r2] = (await getSession(request, sessionId)).rounds;
  expect(r1.proof).toContain("Tab A's line.");
  expect(r1.proof).not.toContain("Tab B's line.");
  expect(r2).toMatchObject({ origin: 'manual', parentRoundId: r1.id });
  expect(r2.proof).toContain("Tab B's line.");
  expect(r2.proof).not.toContain("Tab A's line.");
  // B goes on typing in its round; A's is untouched.
  await b.page.keyboard.type(' More from B.');
  await expect
    .poll(async () => (await getSession(request, sessionId)).rounds[1].proof)
    .toContain('More from B.');
  expect((await getSession(request, sessionId)).rounds).toHaveLength(2);
  expect((await getSession(request, sessionId)).rounds[0].proof).toBe(r1.proof);
});

test('a person who pauses while typing into a verified round loses no key, and the cursor and findings stay put', async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await mock.scenario('default', { tps: 0 });
  await wb.run('generate');
  await wb.run('verify');
  await expect(wb.findings).not.toHaveCount(0);
  const placed = await wb.placedDecorations();
  // Each save takes 400 ms to come back, as over a slow link.
  await page.route('**/api/rounds/*', async (route) => {
    if (route.request().method() === 'PATCH') await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await wb.typeAtEnd('\nPaused');
  // The first save (600 ms after the last key) makes a new round: a verified one keeps its text.
  await expect.poll(async () => (await getSession(request, sessionId)).rounds.length).toBe(2);
  await page.keyboard.type(' while');
  // The next save goes out 600 ms after this key; type again while it is on its way.
  await page.waitForTimeout(700);
  await page.keyboard.type(' typing');
  await page.waitForTimeout(1500);
  await page.keyboard.type('.');
  await expect
    .poll(async () => (await getSession(request, sessionId)).rounds.at(-1)?.proof ?? '')
    .toMatch(/\nPaused while typing\.$/);
  expect(squash(await wb.editorText())).toContain('Pausedwhiletyping.');
  const rounds = (await getSession(request, sessionId)).rounds;
  expect(rounds).toHaveLength(2);
  // The findings (carried into the new round, with new ids) sit on the lines they sat on,
  // current: the text above them never changed. In line order: the checker's are computed
  // again for the new round, so they come after the carried ones.
  const lines = (list: typeof placed) =>
    list
      .map(({ startLine, endLine, status }) => ({ startLine, endLine, status }))
      .sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
  expect(lines(await wb.placedDecorations())).toEqual(lines(placed));
});

test('an edit is saved when the page is left before the save delay', async ({ page, request }) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await mock.scenario('default', { tps: 0 });
  await wb.run('generate');
  const line = `Typed just before leaving ${Date.now().toString(36)}.`;
  await wb.typeAtEnd(`\n${line}`);
  await page.goto('/');
  await expect
    .poll(async () => (await getSession(request, sessionId)).rounds.at(-1)?.proof)
    .toContain(line);
});

test('keys typed the moment a draft ends are kept, while the read of the session is still on its way', async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await mock.scenario('default', { tps: 120 });
  // Every read of the session from now on takes 5 s: the page learns the draft's end, and
  // the round it wrote, from the stream alone (it has not read the session since the start).
  await page.route(`**/api/sessions/${sessionId}`, async (route) => {
    if (route.request().method() === 'GET') await new Promise((r) => setTimeout(r, 5_000));
    await route.fallback();
  });
  await wb.button('generate').click();
  await expect.poll(async () => squash(await wb.editorText()).length).toBeGreaterThan(40);
  await wb.waitForStatus('succeeded');
  await expect(wb.editor.locator('textarea')).toBeEditable({ timeout: 1_000 });
  const line = `Typed as the draft ended ${Date.now().toString(36)}.`;
  await wb.editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n${line}`);
  await expect.poll(async () => squash(await wb.editorText())).toContain(squash(line));
  // Once the read lands, the editor still shows the line, and the round stores it.
  await expect
    .poll(async () => (await getSession(request, sessionId)).rounds.at(-1)?.proof, {
      timeout: 20_000,
    })
    .toContain(line);
  await page.unroute(`**/api/sessions/${sessionId}`);
  await expect.poll(async () => squash(await wb.editorText())).toContain(squash(line));
});

test('during Refine the editor shows the refined proof as it streams, never the report', async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await draftAndVerify(wb);
  // Slow enough that even a saturated machine sees the proof grow several times.
  await mock.scenario('default', { tps: 25 });
  await wb.run('refine', 'running');
  const seen: string[] = [];
  await expect
    .poll(
      async () => {
        const shown = squash(await wb.editorText());
        if (shown && seen.at(-1) !== shown) seen.push(shown);
        return seen.length;
      },
      { intervals: [150], timeout: 120_000 },
    )
    .toBeGreaterThanOrEqual(3);
  await wb.waitForStatus('succeeded');
  const refined = squash((await getSession(request, sessionId)).rounds[1].proof);
  // While it streams, the editor shows the start of the proof that is then stored: no
  // report, no "## Solution" heading, no line that later moves.
  for (const shown of seen.slice(0, 3)) expect(refined.startsWith(shown), shown).toBe(true);
  for (const shown of seen) expect(refined.includes(shown), shown).toBe(true);
  const last = await getSession(request, sessionId);
  await expectShowing(wb, last.rounds[1].proof);

  // Output shows the selected round's own model output, not the latest run's.
  await wb.roundTab(1).click();
  const output = await wb.openOutput();
  await expect(output).toContainText('holds termwise');
  await wb.roundTab(2).click();
  await expect(output).toContainText('(3x - 1)^2');
  await expect(output).not.toContainText('holds termwise');
});

test('after Autopilot the editor shows the newest round with no reload', async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  const pipe = new LaunchPage(page);
  await mock.scenario('default', { tps: 0 });
  await wb.run('generate');
  await pipe.startAutopilot({ maxRounds: 2 });
  await pipe.waitForOutcome(/./);
  const rounds = (await getSession(request, sessionId)).rounds;
  expect(rounds.length).toBeGreaterThan(1);
  await expect(wb.roundTab(rounds.length)).toBeVisible();
  await expectShowing(wb, rounds.at(-1)?.proof ?? '');
});

test("while Autopilot refines, the editor shows the new round's proof as it streams", async ({
  page,
  request,
}) => {
  const sessionId = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  const pipe = new LaunchPage(page);
  await draftAndVerify(wb);
  // R1 is verified and decided: the autopilot refines at once, slowly enough to watch.
  await mock.scenario('default', { tps: 25 });
  await pipe.startAutopilot({ maxRounds: 1 });
  const title = page.getByTestId('editor-title');
  await expect(title).toHaveText('Proof · R2');
  const seen: string[] = [];
  await expect
    .poll(
      async () => {
        const shown = squash(await wb.editorText());
        if (seen.at(-1) !== shown) seen.push(shown);
        return seen.filter(Boolean).length;
      },
      { intervals: [150], timeout: 120_000 },
    )
    .toBeGreaterThanOrEqual(3);
  // The verification of R2 need not crawl.
  await mock.scenario('default', { tps: 0 });
  await pipe.waitForOutcome(/./);
  const refined = squash((await getSession(request, sessionId)).rounds[1].proof);
  // What the editor showed under "R2" grew, and was always the start of the refined proof:
  // never R1's text, never empty once it had begun.
  const shown = seen.slice(seen.findIndex(Boolean));
  expect(shown.every(Boolean), 'the editor emptied mid-stream').toBe(true);
  for (const s of shown.slice(0, 3)) expect(refined.startsWith(s), s).toBe(true);
  for (const s of shown) expect(refined.includes(s), s).toBe(true);
  for (let i = 1; i < 3; i++) expect(shown[i].length).toBeGreaterThan(shown[i - 1].length);
  await expectShowing(wb, (await getSession(request, sessionId)).rounds[1].proof);
});

test('"Open as round" shows the proof at once, and a second click makes no second round', async ({
  page,
  request,
}) => {
  await mock.scenario('default', { tps: 0 });
  const sessionId = await createSession(request, MOCK_PROBLEM);
  const started = await request.post(`/api/sessions/${sessionId}/runs`, {
    data: {
      kind: 'search',
      pool: 2,
      verificationsPerProof: 2,
      analysesPerRefinement: 1,
      proofsPerRefinement: 1,
      iterations: 1,
    },
  });
  expect(started.status()).toBe(202);
  const wb = new WorkbenchPage(page);
  await wb.goto(sessionId);
  const pipe = new LaunchPage(page);
  await pipe.openTab('search');
  await expect(page.getByTestId('search-best')).toBeVisible({ timeout: 120_000 });
  await expect(pipe.searchView()).toHaveAttribute('data-live', 'false', { timeout: 120_000 });
  const open = page.getByTestId('open-as-round');
  await open.click();
  await expect(wb.roundTab(1)).toBeVisible();
  const rounds = async () => (await getSession(request, sessionId)).rounds;
  await expect.poll(async () => (await rounds()).length).toBe(1);
  await expectShowing(wb, (await rounds())[0].proof);
  // Opening the same proof again (as a second click would) reuses the round.
  const { searches } = await (await request.get(`/api/sessions/${sessionId}/searches`)).json();
  const again = await request.post(`/api/searches/${searches[0].id}/open`, { data: {} });
  expect(again.status(), await again.text()).toBe(201);
  await expect.poll(async () => (await rounds()).length).toBe(1);
});

test('during Verify the findings pane reads the report as it arrives', async ({
  page,
  request,
}) => {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await mock.scenario('default', { tps: 0 });
  await wb.run('generate');
  await mock.scenario('default', { tps: 40 });
  await wb.run('verify', 'running');
  const pane = page.getByTestId('live-report');
  await expect(pane).toBeVisible();
  await expect(pane).toContainText(/Reading the report… [1-9]\d* findings? so far/, {
    timeout: 120_000,
  });
  await expect(page.getByTestId('live-finding').first()).toBeInViewport();
  await expect(page.getByText('Not verified yet: press Verify', { exact: false })).toHaveCount(0);
  // A verification under way is not a failed one: its samples are on their way. Read again
  // (a reload) once the session holds the verification, as any later read would.
  await expect
    .poll(async () => (await getSession(request, id)).rounds[0].verification?.id ?? null)
    .not.toBeNull();
  await page.reload();
  await expect(pane).toContainText(/Reading the report…/);
  await expect(page.getByTestId('add-finding')).toBeVisible();
  // Read at once, while the run still streams (an expectation would wait for its end).
  expect(await page.getByText('verification incomplete').count()).toBe(0);
  await expect(wb.status).toHaveAttribute('data-status', 'running');
  await wb.waitForStatus('succeeded', 60_000);
  await expect(pane).toHaveCount(0);
  await expect(wb.findings).not.toHaveCount(0);
});
