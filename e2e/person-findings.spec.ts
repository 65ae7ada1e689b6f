import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { inViewport, PersonFindings } from './pages/person-findings';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';

/** Throwaway screenshots (1440×900 and 1280×720) when SCREENSHOT_DIR is set: look at them. */
const SHOTS = process.env.SCREENSHOT_DIR;

test.beforeEach(async () => {
  await mock.reset();
});

async function verifiedSession(request: Parameters<typeof createSession>[0]) {
  const id = await createSession(request, MOCK_PROBLEM);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  expect((await runAndWait(request, id, 'verify')).status).toBe('succeeded');
  return id;
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`a person adds findings on two lines with the key and the dialog, at ${size.width}×${size.height}; reload keeps them, Refine carries and sends them`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(size);
    const id = await verifiedSession(request);
    const proof = (await getSession(request, id)).rounds[0].proof.split('\n');
    const wb = new WorkbenchPage(page);
    const pf = new PersonFindings(page);
    await wb.goto(id);
    await expect(wb.findings).toHaveCount(3);

    // Two lines selected by their numbers; `c` with the focus outside the text.
    await pf.selectLines(wb.editor, 6, 7);
    await page.getByTestId('side-tab-findings').click();
    await page.keyboard.press('c');
    await expect(pf.dialog).toBeVisible();
    await expect(pf.dialog).toContainText('L6–7');
    await expect(pf.dialog.getByTestId('finding-dialog-quote')).toContainText(
      'Hence the left-hand side equals',
    );
    const first = {
      severity: 'gap' as const,
      category: 'Missing edge case',
      description: 'Why are a, b and c each below 1? Say so before dividing.',
      suggestion: 'Note that the other two variables are positive.',
    };
    await pf.dialog.getByTestId('finding-form-description').fill(first.description);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dialog-${size.width}.png` });
    await pf.fill(first);

    // The person's finding: its mark in the list, its box under the lines, its gutter shape.
    const mine = pf.card(first.description);
    await expect(mine).toBeVisible();
    await expect(mine.getByTestId('finding-source')).toHaveText('person');
    await expect(mine.getByTestId('finding-category')).toHaveText('Missing edge case');
    await expect(mine).toHaveAttribute('data-start-line', '6');
    await expect(mine).toHaveAttribute('data-end-line', '7');
    await expect(mine).toHaveAttribute('data-decision', 'accepted');
    await mine.scrollIntoViewIfNeeded();
    expect(await inViewport(mine)).toBe(true);
    const box = page.getByTestId('inline-finding');
    await expect(box).toContainText(first.description);
    await expect(box.getByTestId('finding-source')).toHaveText('person');
    expect(await inViewport(box)).toBe(true);
    // Monaco draws the gutter mark on each line of the range (a wrapped line counts twice).
    const glyph = wb.editor.locator('.finding-glyph.by-person').first();
    await expect(glyph).toBeVisible();
    expect(await inViewport(glyph)).toBe(true);
    // Verifier findings keep theirs.
    await expect(
      page
        .locator('[data-testid="finding"][data-source="verifier"]')
        .first()
        .getByTestId('finding-source'),
    ).toHaveText('verifier');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/editor-${size.width}.png` });

    // Line 1 selected and the toolbar button (lines the open box pushed below the fold are
    // not drawn by Monaco, so the test stays above it).
    await pf.selectLines(wb.editor, 1, 1);
    await page.getByTestId('add-finding').click();
    await expect(pf.dialog).toContainText('L1');
    const second = { severity: 'minor' as const, description: 'Say why s may be 1.' };
    await pf.fill(second);
    await expect(pf.card(second.description)).toHaveAttribute('data-start-line', '1');

    // Inside the text, `c` types; Ctrl+Alt+M opens the dialog instead.
    await pf.selectLines(wb.editor, 3, 3);
    await page.keyboard.press('Control+Alt+M');
    await expect(pf.dialog).toContainText('L3');
    await page.keyboard.press('Escape');
    await expect(pf.dialog).toBeHidden();
    // And the editor's right-click menu offers it.
    // A right-click on line 3's own text (found by its number's height: Monaco's lines are
    // not in document order once the editor has scrolled).
    const lineNo = wb.editor.locator('.line-numbers').filter({ hasText: /^3$/ });
    await lineNo.click();
    const at = await lineNo.boundingBox();
    const text = await wb.editor.locator('.view-lines').boundingBox();
    if (!at || !text) throw new Error('line 3 is not drawn');
    await page.mouse.click(text.x + 40, at.y + at.height / 2, { button: 'right' });
    // Monaco's menu ignores a mouse-up in its first 100 ms (against clicks that merely end
    // the right-click), which a test can beat and a person cannot: click until it opens.
    await expect(async () => {
      await page.getByRole('menuitem', { name: 'Add finding…' }).click();
      await expect(pf.dialog).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expect(pf.dialog).toContainText('L3');
    await pf.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(pf.dialog).toBeHidden();

    // The list filters by source.
    await page.getByTestId('findings-source').click();
    await page.getByTestId('findings-source-person').click();
    await expect(wb.findings).toHaveCount(2);
    await page.getByTestId('findings-source').click();
    await page.getByTestId('findings-source--').click();
    await expect(wb.findings).toHaveCount(5);

    const stored = (await getSession(request, id)).rounds[0].findings.filter(
      (f) => f.source === 'person',
    );
    expect(stored.find((f) => f.description === first.description)).toMatchObject({
      quote: `${proof[5]}\n${proof[6]}`,
      anchor: { startLine: 6, endLine: 7, confidence: 'exact' },
      category: 'Missing edge case',
      suggestion: first.suggestion,
    });

    // A reload keeps them where they were.
    await page.reload();
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    await expect(pf.cards()).toHaveCount(2);
    await expect(pf.card(first.description)).toHaveAttribute('data-start-line', '6');
    await expect
      .poll(async () => JSON.parse((await wb.editor.getAttribute('data-decorations')) ?? '[]'))
      .toEqual(expect.arrayContaining([expect.objectContaining({ startLine: 6, endLine: 7 })]));
    await expect(wb.editor.locator('.finding-glyph.by-person').first()).toBeVisible();

    // Refine sends them as accepted findings with their fix, and carries the one whose text
    // survives into the refined round.
    await wb.refine('leave-out');
    await expect(wb.roundTab(2)).toBeVisible();
    const prompt =
      (await mock.log())
        .filter((r) => r.kind === 'refinement')
        .at(-1)
        ?.messages.map((m) => m.content)
        .join('\n') ?? '';
    expect(prompt).toContain(
      'Confirmed gap issue (Missing edge case), raised by the human reviewer:',
    );
    expect(prompt).toContain(`Issue: ${first.description}`);
    expect(prompt).toContain(`Suggested fix: ${first.suggestion}`);
    expect(prompt).toContain(`Issue: ${second.description}`);
    await expect(pf.card(first.description)).toBeVisible();
    await expect(pf.card(first.description)).toHaveAttribute('data-start-line', '6');
    const r2 = (await getSession(request, id)).rounds[1];
    expect(r2.findings.find((f) => f.description === first.description)?.source).toBe('person');

    // In the refined round the person's copies can still change; round 1's went to the model.
    const carried = pf.card(second.description);
    await carried.getByTestId('finding-edit').click();
    await expect(pf.dialog.getByTestId('finding-form-description')).toHaveValue(second.description);
    await pf.dialog.getByTestId('finding-form-description').fill('Say why we may take s = 1.');
    await pf.dialog.getByTestId('finding-form-save').click();
    await expect(pf.dialog).toBeHidden();
    await expect(pf.card('Say why we may take s = 1.')).toBeVisible();
    page.once('dialog', (d) => void d.accept());
    await pf.card('Say why we may take s = 1.').getByTestId('finding-delete').click();
    await expect(pf.cards()).toHaveCount(1);
    await wb.roundTab(1).click();
    await expect(pf.cards()).toHaveCount(2);
    await expect(pf.card(first.description).getByTestId('finding-edit')).toHaveCount(0);
    await expect(pf.card(first.description).getByTestId('finding-delete')).toHaveCount(0);
  });
}

test('a reply thread round-trips through JSON export and import; the API refuses what it must', async ({
  page,
  request,
}) => {
  const id = await verifiedSession(request);
  const round = (await getSession(request, id)).rounds[0];
  const lines = round.proof.split('\n').length;

  // The API's shapes.
  const outside = await request.post(`/api/rounds/${round.id}/findings`, {
    data: { startLine: lines + 1, endLine: lines + 2, severity: 'gap', description: 'x' },
  });
  expect(outside.status()).toBe(400);
  expect((await outside.json()).error.message).toBe(
    `Lines ${lines + 1}–${lines + 2} are outside the proof: the proof has ${lines} lines.`,
  );
  const created = await request.post(`/api/rounds/${round.id}/findings`, {
    data: {
      startLine: 1,
      endLine: 1,
      startColumn: 5,
      endColumn: 25,
      severity: 'minor',
      description: 'Name s.',
    },
  });
  expect(created.status()).toBe(201);
  const mine = await created.json();
  expect(mine).toMatchObject({
    source: 'person',
    category: null,
    quote: round.proof.split('\n')[0].slice(4, 24).trim(),
    anchor: { startLine: 1, endLine: 1, confidence: 'exact' },
    replies: [],
  });
  const verifier = round.findings[0];
  expect((await request.delete(`/api/findings/${verifier.id}`)).status()).toBe(409);
  expect(
    (
      await request.patch(`/api/findings/${mine.id}`, { data: { suggestion: 'Call it s.' } })
    ).status(),
  ).toBe(200);

  // The person answers in the threads, in the list.
  const wb = new WorkbenchPage(page);
  const pf = new PersonFindings(page);
  await wb.goto(id);
  const critical = wb.finding('critical');
  await pf.reply(critical, 'Discussed with the class: the bound fails at x = 0.1.', 'accepted');
  await expect(critical).toHaveAttribute('data-decision', 'accepted');
  await pf.reply(pf.card('Name s.'), 'And define it before the scaling.');
  const before = (await getSession(request, id)).rounds[0].findings;
  expect(before.find((f) => f.severity === 'critical')?.replies).toMatchObject([
    {
      text: 'Discussed with the class: the bound fails at x = 0.1.',
      decision: 'accepted',
      author: null,
    },
  ]);

  // Exported and imported, the copy shows the same threads.
  const exported = await (await request.get(`/api/sessions/${id}/export?format=json`)).json();
  const imported = await request.post('/api/sessions/import', { data: exported });
  expect(imported.status()).toBe(201);
  const copyId = (await imported.json()).id;
  const copy = (await getSession(request, copyId)).rounds[0].findings;
  const threads = (list: typeof copy) =>
    list.map((f) => ({
      source: f.source,
      description: f.description,
      decision: f.decision,
      replies: f.replies.map(({ text, author, decision, createdAt }) => ({
        text,
        author,
        decision,
        createdAt,
      })),
    }));
  expect(threads(copy)).toEqual(threads(before));
  await wb.goto(copyId);
  await expect(wb.finding('critical').getByTestId('finding-reply')).toContainText(
    'Discussed with the class: the bound fails at x = 0.1.',
  );
  await expect(pf.card('Name s.').getByTestId('finding-reply')).toContainText(
    'And define it before the scaling.',
  );
  await expect(pf.card('Name s.')).toContainText('Call it s.');
  const md = await (await request.get(`/api/sessions/${copyId}/export?format=md`)).text();
  expect(md).toContain('raised by a person');
  expect(md).toContain('“And define it before the scaling.”');
  const tex = await (await request.get(`/api/sessions/${copyId}/export?format=tex`)).text();
  expect(tex).toContain('raised by a person');
  expect(tex).toContain('And define it before the scaling.');

  // The read-only pages (share link, print, replay's last step) show the mark and the thread.
  const share = await (await request.post(`/api/sessions/${copyId}/share`)).json();
  // Replay's last step by its address (a step past the end is the last): a key pressed before
  // the page hydrates is not heard, and replay.spec tests the keys.
  const replayEnd = `/sessions/${copyId}/replay?step=999`;
  for (const url of [share.url, `/sessions/${copyId}/print`, replayEnd]) {
    await page.goto(url);
    const note = page.locator('[data-testid="view-finding"][data-source="person"]');
    await expect(note, url).toBeVisible();
    await expect(note.getByTestId('finding-source'), url).toHaveText('person');
    await expect(note.getByTestId('finding-reply'), url).toContainText(
      'And define it before the scaling.',
    );
  }
});
