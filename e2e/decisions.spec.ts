import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { HomePage } from './pages/home';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

/** Decisions without surprises (issue 10, problem 8): nothing is dropped or hidden silently. */

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

async function verifiedSession(page: import('@playwright/test').Page) {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.run('generate');
  await wb.run('verify');
  await expect(wb.findings).toHaveCount(3);
  return { id, wb };
}

test('Refine with undecided findings asks; "include as accepted" sends them', async ({
  page,
  request,
}) => {
  const { id, wb } = await verifiedSession(page);
  await wb.finding('minor').getByTestId('finding-dismiss').click();
  await wb.button('refine').click();
  const ask = page.getByTestId('refine-ask');
  await expect(ask).toBeVisible();
  // Two of the verifier's and the checker's two on the draft's termwise bound.
  await expect(ask).toContainText('4 findings not decided yet');

  // "Review now" goes to the first undecided finding and starts nothing.
  await page.getByTestId('refine-review').click();
  await expect(ask).toHaveCount(0);
  await expect(wb.finding('critical')).toHaveAttribute('aria-current', 'true');
  expect((await mock.log()).some((r) => r.kind === 'refinement')).toBe(false);

  await wb.refine('accept-all');
  const r1 = (await getSession(request, id)).rounds[0];
  const decisions = Object.fromEntries(r1.findings.map((f) => [f.severity, f.decision]));
  expect(decisions).toEqual({ critical: 'accepted', gap: 'accepted', minor: 'dismissed' });
  const prompt = (await mock.log()).find((r) => r.kind === 'refinement');
  const text = prompt?.messages.map((m) => m.content).join('\n') ?? '';
  for (const f of r1.findings.filter((x) => x.decision === 'accepted')) {
    expect(text).toContain(f.description);
  }
});

test('the override box opens where Override was clicked, focused; the note stays visible', async ({
  page,
  request,
}) => {
  const { id, wb } = await verifiedSession(page);
  // In the editor's box under the line: the note is written there.
  await wb.finding('gap').click();
  const zone = page.getByTestId('inline-finding');
  // The editor brings the box into view when it opens, even below the fold.
  await expect.poll(() => wb.inlineBoxSeenWhole()).toBe(true);
  await zone.getByTestId('zone-override').click();
  const zoneNote = zone.getByTestId('override-note');
  await expect(zoneNote).toBeFocused();
  await expect(wb.finding('gap').getByTestId('override-note')).toHaveCount(0);
  const note = 'Equality is shown in the next line; this is fine.';
  await page.keyboard.type(note);
  await zone.getByTestId('override-save').click();
  await expect(wb.finding('gap')).toHaveAttribute('data-decision', 'overridden');
  await expect(wb.finding('gap').getByTestId('finding-note')).toContainText(note);

  // In the list: the card's own box, focused.
  await wb.finding('minor').getByTestId('finding-override').click();
  await expect(wb.finding('minor').getByTestId('override-note')).toBeFocused();
  await wb.finding('minor').getByRole('button', { name: 'Cancel' }).click();

  // Accepting an overridden finding asks about its note; keeping it keeps it on screen.
  page.once('dialog', (d) => void d.accept());
  await wb.finding('gap').getByTestId('finding-accept').click();
  await expect(wb.finding('gap')).toHaveAttribute('data-decision', 'accepted');
  await expect(wb.finding('gap').getByTestId('finding-note')).toContainText(note);
  // Dropping it removes it from the screen and from what is stored (and sent to the model).
  page.once('dialog', (d) => void d.dismiss());
  await wb.finding('gap').getByTestId('finding-dismiss').click();
  await expect(wb.finding('gap')).toHaveAttribute('data-decision', 'dismissed');
  await expect(wb.finding('gap').getByTestId('finding-note')).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await getSession(request, id)).rounds[0].findings.find((f) => f.severity === 'gap')?.note,
    )
    .toBe('');
});

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`a finding's comment box opens in view with its line (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const { wb } = await verifiedSession(page);
    for (const severity of ['critical', 'gap', 'minor', 'critical']) {
      await wb.finding(severity).click();
      const zone = page.getByTestId('inline-finding');
      await expect(zone).toContainText(severity);
      await expect.poll(() => wb.inlineBoxSeenWhole()).toBe(true);
      await expect(zone.getByTestId('zone-accept')).toBeInViewport({ ratio: 1 });
    }
  });
}
