import type { APIRequestContext, Page } from '@playwright/test';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { expectBarsInView, expectOneRowInView, LAYOUT_SIZES } from './pages/frame';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

/** A session with a verified first round (3 findings), opened in the workbench. */
async function verifiedSession(page: Page, request: APIRequestContext) {
  const id = await createSession(request, MOCK_PROBLEM);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  expect((await runAndWait(request, id, 'verify')).status).toBe('succeeded');
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await expect(wb.findings).toHaveCount(3);
  return { id, wb };
}

test('at 1280×720 the proof gets the screen: folded problem, full-height findings, Accept in view', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { wb } = await verifiedSession(page, request);
  // The problem is a one-line strip once a draft exists; `p` unfolds and folds it.
  const problem = page.getByTestId('problem-pane');
  await expect(problem).toHaveAttribute('data-collapsed', 'true');
  expect((await problem.boundingBox())?.height).toBeLessThan(48);
  await page.keyboard.press('p');
  await expect(problem).toHaveAttribute('data-collapsed', 'false');
  await expect(page.getByTestId('problem-rendered')).toContainText('Prove');
  await page.keyboard.press('p');
  await expect(problem).toHaveAttribute('data-collapsed', 'true');

  // The findings list is the side panel's whole column, not a box of a quarter screen.
  const body = page.getByTestId('side-body-findings');
  const box = await body.boundingBox();
  expect(box?.height).toBeGreaterThan(720 * 0.5);
  // Tabs stay on one row.
  const tabs = page.getByRole('tablist', { name: 'Side panel' });
  expect((await tabs.boundingBox())?.height).toBeLessThan(48);

  // Select the last finding: its card and its Accept button are on screen, nothing cut off.
  const last = wb.findings.last();
  await last.click();
  await expect(last.getByTestId('finding-accept')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('generate-button')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('stop-button')).toBeInViewport({ ratio: 1 });
  // No minimap beside the prose.
  await expect(wb.editor.locator('.minimap:visible')).toHaveCount(0);
  // The page itself never scrolls: only panels do.
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
  ).toBe(true);
});

test('editor and side panel resize, and the sizes survive a reload', async ({ page, request }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { wb } = await verifiedSession(page, request);
  const side = page.getByTestId('side');
  const before = (await side.boundingBox())?.width ?? 0;
  const handle = page.getByRole('separator', { name: 'Resize the side panel' });
  const h = await handle.boundingBox();
  if (!h) throw new Error('no separator');
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x - 200, h.y + h.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => (await side.boundingBox())?.width ?? 0)
    .toBeGreaterThan(before + 150);
  const widened = (await side.boundingBox())?.width ?? 0;
  await page.reload();
  await expect(wb.editor).toHaveAttribute('data-ready', 'true');
  await expect
    .poll(async () => Math.abs(((await side.boundingBox())?.width ?? 0) - widened))
    .toBeLessThan(4);

  // The drawer under the editor folds to its tab strip and opens again.
  const drawer = page.getByTestId('run-drawer');
  await page.getByTestId('drawer-toggle').click();
  await expect(drawer).toHaveAttribute('data-collapsed', 'true');
  await expect(page.getByTestId('reasoning-panel')).toBeHidden();
  await page.getByTestId('side-tab-output').click();
  await expect(drawer).toHaveAttribute('data-collapsed', 'false');
  await expect(page.getByTestId('run-output')).toBeVisible();
});

test('Rounds and Search open full-width as views of their own; ? lists every key', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await verifiedSession(page, request);
  await page.keyboard.press('2');
  const rounds = page.getByTestId('rounds-view');
  await expect(rounds).toBeVisible();
  expect((await rounds.boundingBox())?.width).toBeGreaterThan(1400);
  await expect(page.getByTestId('proof-editor')).toHaveCount(0);
  await page.getByTestId('side-tab-search').click();
  const search = page.getByTestId('search-fullview');
  await expect(search).toBeVisible();
  expect((await search.boundingBox())?.width).toBeGreaterThan(1400);
  await page.keyboard.press('1');
  await expect(page.getByTestId('proof-editor')).toBeVisible();

  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog).toBeVisible();
  for (const label of ['Generate a draft', 'Accept the selected finding', 'Rounds view']) {
    await expect(dialog).toContainText(label);
  }
  // Every key stands clear of what it does: a fixed key column let Ctrl+Alt+M run into it.
  const crowded = await dialog.locator('dl > div').evaluateAll((rows) =>
    rows
      .filter((row) => {
        const keys = [...row.querySelectorAll('dt kbd')].map((k) => k.getBoundingClientRect());
        const words = row.querySelector('dd')?.getBoundingClientRect();
        return words && keys.some((k) => k.right > words.left - 2);
      })
      .map((row) => row.textContent),
  );
  expect(crowded).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Buttons say their keys: on a keycap, and in a tooltip (Radix, not a native title).
  const verify = page.getByTestId('verify-button');
  await expect(verify.locator('kbd')).toHaveText('v');
  await expect(verify).not.toHaveAttribute('title');
  await verify.hover();
  const tip = page.getByTestId('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Verify the open round');
  await expect(tip.locator('kbd')).toHaveText('v');
  await expect(tip).toBeInViewport({ ratio: 1 });
  // Keyboard focus shows it too: Tab from the run bar's edge reaches Generate first.
  // Away from the bar (in steps, as a hand moves: Radix keeps a tooltip open on the way to it).
  await page.mouse.move(600, 300, { steps: 8 });
  await expect(tip).toBeHidden();
  const footer = page.getByTestId('wb-footer');
  await footer.click({ position: { x: 3, y: 3 } });
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('generate-button')).toBeFocused();
  await expect(tip).toContainText('Generate a draft');
  await expect(tip.locator('kbd')).toHaveText('g');
  // Icon-only controls are named by their tooltip too.
  await page.keyboard.press('Escape');
  await page.getByTestId('drawer-toggle').hover();
  await expect(tip).toContainText('Hide the drawer');
  await expect(tip.locator('kbd')).toHaveText('b');
  // A round tab says what the round is and what its score means.
  await page.mouse.move(600, 400, { steps: 8 });
  await expect(tip).toBeHidden();
  await page.getByTestId('round-tab').first().hover();
  await expect(tip).toContainText('R1 · drafted by the generator · verifier 0: fatal errors');
});

test('header, footer and side tabs are one row with every control in view, at every size', async ({
  page,
  request,
}) => {
  const { wb } = await verifiedSession(page, request);
  for (const size of LAYOUT_SIZES) {
    const tag = `${size.width}×${size.height}`;
    await page.setViewportSize(size);
    await expectBarsInView(page, tag);
    // The title (with formulas) is cut at its box and fades there, with its whole text in the
    // tooltip: never an ellipsis, which Chromium draws over the cut formula's pieces.
    const title = await page
      .getByTestId('session-title')
      .locator('span')
      .first()
      .evaluate((el) => ({
        clip: getComputedStyle(el).textOverflow,
        cut: el.scrollWidth > el.clientWidth + 1,
        fades: getComputedStyle(el).maskImage.includes('linear-gradient'),
      }));
    expect(title.clip, tag).toBe('clip');
    expect(title.fades, tag).toBe(title.cut);
    if (size.width === 1280) expect(title.cut, tag).toBe(true);
    await expect(page.getByTestId('session-title'), tag).toHaveAttribute(
      'title',
      MOCK_PROBLEM.split('\n')[0].trim(),
    );
    // The proof gets the screen: the editor is the largest thing on it, the page never scrolls.
    const editor = await wb.editor.boundingBox();
    const side = await page.getByTestId('side').boundingBox();
    expect(editor?.width, tag).toBeGreaterThan((side?.width ?? 0) * 1.2);
    expect(editor?.height, tag).toBeGreaterThan(size.height * 0.45);
    await expect(wb.findings.last().getByTestId('finding-accept')).toBeAttached();
    expect(
      await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
      tag,
    ).toBe(true);
    // The run bar's verification settings live in a popover, reachable at every size.
    await page.getByTestId('verify-settings').click();
    await expect(page.getByTestId('verify-samples')).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('verify-settings-panel')).toBeHidden();
  }
});

test('at 1920×1080 the proof gets the screen and Rounds and Search fill it', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { wb } = await verifiedSession(page, request);
  const last = wb.findings.last();
  await last.click();
  await expect(last.getByTestId('finding-accept')).toBeInViewport({ ratio: 1 });
  // Every proof line shows (19 lines fit at this size), and reads at a comfortable width.
  await expect(wb.editor.locator('.view-line')).not.toHaveCount(0);
  const editor = await wb.editor.boundingBox();
  expect(editor?.width).toBeGreaterThan(900);
  await page.keyboard.press('2');
  const rounds = page.getByTestId('rounds-view');
  expect((await rounds.boundingBox())?.width).toBeGreaterThan(1880);
  await expectOneRowInView(page.getByTestId('wb-header'), 'header, Rounds view');
  await expectOneRowInView(page.getByTestId('wb-footer'), 'footer, Rounds view');
  await page.keyboard.press('3');
  expect((await page.getByTestId('search-fullview').boundingBox())?.width).toBeGreaterThan(1880);
});

test('nothing moves when a run starts streaming', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await createSession(request, MOCK_PROBLEM);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  const parts = [
    wb.editor,
    page.getByTestId('side'),
    page.getByTestId('run-drawer'),
    page.getByTestId('side-tab-output'),
    wb.button('generate'),
    wb.button('stop'),
    page.getByTestId('autopilot-button'),
  ];
  const boxes = () => Promise.all(parts.map(async (p) => JSON.stringify(await p.boundingBox())));
  const before = await boxes();
  // The stream holds still halfway: compare the frame at rest and mid-stream.
  await mock.scenario('default', { tps: 0, holdAt: 0.5 });
  await wb.button('generate').click();
  await wb.waitForStatus('running');
  await expect(page.getByTestId('reasoning-panel')).toContainText('Streaming · 256 characters');
  await expect.poll(() => wb.editorText()).toContain('Hence the left-hand side');
  expect(await boxes()).toEqual(before);
  await wb.button('stop').click();
  await wb.waitForStatus('stopped');
});

test('a session with no rounds says what to do first, and its header stays one line at every size', async ({
  page,
  request,
}) => {
  const wb = new WorkbenchPage(page);
  await wb.goto(await createSession(request, MOCK_PROBLEM));
  const hint = page.getByTestId('no-rounds');
  // The findings tab and the drawer say what to do first, not "press Verify" with nothing to
  // verify, or "no reasoning for this run" with no run.
  await expect(wb.reasoning).toContainText('No draft yet: press Generate (g)');
  await expect(wb.findingsEmpty).toHaveText(
    /^No draft yet: press Generate \(g\), or write or paste/,
  );
  // So does every drawer tab: no answer, self-evaluation or prompt before a first draft.
  for (const [tab, words] of [
    ['output', 'answer, exactly as streamed,'],
    ['self', 'self-evaluation'],
    ['prompt', 'prompt'],
  ]) {
    await page.getByTestId(`side-tab-${tab}`).click();
    await expect(page.getByTestId('drawer-no-draft')).toHaveText(
      `No draft yet: press Generate (g), and the generator’s ${words} shows here.`,
    );
    await expect(page.getByTestId('drawer-no-draft')).toBeInViewport();
  }
  await page.getByTestId('side-tab-reasoning').click();
  for (const size of LAYOUT_SIZES) {
    const tag = `${size.width}×${size.height}`;
    await page.setViewportSize(size);
    await expect(hint, tag).toBeInViewport();
    await expectOneRowInView(page.getByTestId('wb-header'), `header, no rounds, ${tag}`);
    // One line of text, cut at its end when the header is narrow; the whole in its tooltip.
    const box = await hint.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      line: Number.parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(box.height, tag).toBeLessThan(box.line * 1.5);
    await expect(hint, tag).toHaveAttribute('title', /^No rounds yet: generate a draft/);
  }
  await shotsAt(page, 'no-rounds-header');
});
