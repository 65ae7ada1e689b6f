import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { MOCK_FLAWED_LINE, MOCK_PROBLEM, MOCK_PROOF } from '../scripts/mock-model/proof-texts';
import { CheckerPanel } from './pages/checker';
import { HomePage } from './pages/home';
import { editorLine, selectionExtent } from './pages/outline';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { shotsAt } from './support/screenshots';

/** The deterministic checker (issue 16): a false expansion is found, shown and sent to Refine. */

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

/** The scripted draft's termwise bound, false for x < 1/3: the checker finds it too. */
const DRAFT_FLAW = MOCK_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;

const PLANTED = 'Expanding the square, \\((a+b)^2 = a^2 + ab + b^2\\).';

/**
 * A drafted session whose proof the person then rewrote (`edit` of the draft), saved through
 * the API as the editor's debounced save does, and the workbench opened on it.
 */
async function draftThenEdit(
  page: Page,
  request: APIRequestContext,
  edit: (draft: string) => string,
) {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.run('generate');
  const round = (await getSession(request, id)).rounds[0];
  const saved = await request.patch(`/api/rounds/${round.id}`, {
    data: { proof: edit(round.proof) },
  });
  expect(saved.ok()).toBe(true);
  await wb.goto(id);
  return { wb, round };
}

test('a planted false expansion gets a checker finding on its line with a witness; accepted, it reaches Refine', async ({
  page,
  request,
}) => {
  const { wb, round } = await draftThenEdit(page, request, (draft) => `${draft}\n\n${PLANTED}`);
  // The planted line, after a blank one below the draft.
  const line = round.proof.split('\n').length + 2;

  const checker = new CheckerPanel(page);
  const card = checker.findingOn(line);
  await expect(card).toBeVisible();
  // Below the scripted draft's own two (its termwise bound fails for x < 1/3).
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeInViewport();
  await expect(card.getByTestId('finding-source')).toHaveText('check');
  // The values it fails at, typeset as the relation is; the sides' values in words.
  await expect(card.getByRole('img', { name: /^\{a = [\d.]+\}$/ })).toBeVisible();
  await expect(card.getByRole('img', { name: /^\{b = [\d.]+\}$/ })).toBeVisible();
  await expect(card).toContainText(/: left [\d.]+, right [\d.]+/);
  await expect(card).toHaveAttribute('data-severity', 'gap');
  await expect(checker.findings).toHaveCount(3);
  await expect(checker.findingOn(DRAFT_FLAW)).toHaveCount(2);
  const flaw = checker.findingOn(DRAFT_FLAW).first();
  await expect(flaw.getByRole('img', { name: /^\{x = 0\.\d+\}$/ })).toBeVisible();
  await expect(flaw).toContainText(/\(for every .+\): left [\d.]+, right [\d.]+/);

  // The counts, computed in the browser's worker, and the skip reasons on demand.
  await expect(checker.summary).toBeVisible();
  await expect(checker.summary).toContainText(
    /checked \d+ relations: \d+ holds?, 3 false, \d+ skipped/,
  );
  await checker.skipped.locator('summary').click();
  await expect(checker.skipped).toContainText('depends on context');
  await shotsAt(page, 'checker-false-expansion', card);

  // POST /api/rounds/:id/check answers the same finding and counts.
  const check = await (await request.post(`/api/rounds/${round.id}/check`)).json();
  expect(check.stats.false).toBe(3);
  expect(check.findings).toContainEqual(
    expect.objectContaining({ source: 'checker', quote: '\\((a+b)^2 = a^2 + ab + b^2\\)' }),
  );
  // GET gives every relation read, with its verdict and witness (the session has the counts).
  const stored = await (await request.get(`/api/rounds/${round.id}/check`)).json();
  expect(stored.stats).toEqual(check.stats);
  expect(stored.relations).toContainEqual(
    expect.objectContaining({ text: '(a+b)^2 = a^2 + ab + b^2', verdict: 'false' }),
  );

  await card.getByTestId('finding-accept').click();
  await expect(card).toHaveAttribute('data-decision', 'accepted');
  // The checker's two on the draft's termwise bound are undecided: left out.
  await wb.refine('leave-out');
  const prompt = (await mock.log()).find((r) => r.kind === 'refinement');
  const text = prompt?.messages.map((m) => m.content).join('\n') ?? '';
  expect(text).toContain('computed by the deterministic checker');
  expect(text).toContain('(a+b)^2 = a^2 + ab + b^2');
  expect(text).toMatch(/left \d+(\.\d+)?, right \d+(\.\d+)?/);
});

/** The editor shows a selection, and `line` is inside it. */
async function expectSelected(page: Page, line: Locator) {
  await expect(line).toBeInViewport();
  await expect
    .poll(async () => {
      const selected = await selectionExtent(page);
      const box = await line.boundingBox();
      if (!selected || !box) return false;
      const middle = box.y + box.height / 2;
      return middle > selected.top && middle < selected.bottom;
    })
    .toBe(true);
}

/** A functional equation for all x, y, two substitutions into it (one of them wrong), and a value put to use. */
const FUNCTIONAL = [
  'Let \\(P(x,y)\\) denote \\[ f(2x)+2f(y)=f\\bigl(f(x+y)\\bigr)\\qquad(\\forall x,y). \\]',
  'Put \\(y=0\\): \\[ f(2x)+2f(0)=f\\bigl(f(x)\\bigr). \\]',
  'Put \\(x=0\\): \\[ f(0)+3f(y)=f\\bigl(f(y)\\bigr). \\]',
  'Here \\(a = 2\\), so \\(a^2 + 1 = 5\\).',
].join('\n');

test('a substitution into a functional equation, and a claim the stated values settle, are shown holding with what they follow from', async ({
  page,
  request,
}) => {
  await draftThenEdit(page, request, () => FUNCTIONAL);

  const checker = new CheckerPanel(page);
  await expect(checker.throughEarlier).toBeVisible();
  await expect(checker.throughEarlier.locator('summary')).toHaveText(
    '2 held through earlier lines',
  );
  await checker.throughEarlier.locator('summary').click();
  // Each row typesets the relation and what it follows from, as the findings do.
  const substitution = checker.heldOn(2);
  await expect(substitution).toBeVisible();
  await expect(
    substitution.getByRole('img', { name: 'f(2x)+2f(0)=f\\bigl(f(x)\\bigr)' }),
  ).toBeVisible();
  await expect(substitution).toContainText('follows from line 1 with');
  await expect(substitution.getByRole('img', { name: 'y = 0' })).toBeVisible();
  const values = checker.heldOn(4);
  await expect(values.getByRole('img', { name: 'a^2 + 1 = 5' })).toBeVisible();
  await expect(values).toContainText('holds with');
  await expect(values.getByRole('img', { name: 'a = 2' })).toBeVisible();
  await expect(values).toContainText('(line 4)');
  // No TeX source is left for a person to read.
  await expect(checker.throughEarlier).not.toContainText('\\bigl');
  // The wrong one (3f(y) for 2f(y)) is not confirmed, and not called false either.
  await expect(checker.heldOn(3)).toHaveCount(0);
  // A row's line selects that line in the proof.
  await substitution.getByRole('button', { name: 'L2', exact: true }).click();
  await expectSelected(page, editorLine(page, 'y=0').first());
  await checker.skipped.locator('summary').click();
  const unknownF = checker.skipped
    .getByRole('listitem')
    .filter({ hasText: 'depends on what the text knows about f' });
  await expect(unknownF).toBeVisible();
  // So do the lines a skip reason lists: the wrong substitution is on line 3.
  await unknownF.getByRole('button', { name: 'L3', exact: true }).click();
  await expectSelected(page, editorLine(page, 'x=0').first());
  await expect(checker.findings).toHaveCount(0);
  await shotsAt(page, 'checker-through-earlier', checker.throughEarlier);
});

/** A right triangle placed by coordinates, two claims about it that hold and one that does not. */
const COORDINATES = [
  'Place \\(A=(0,0)\\), \\(B=(4,0)\\) and \\(C=(0,3)\\).',
  'Then \\(BC = 5\\) and \\(\\overrightarrow{AB}\\cdot\\overrightarrow{AC} = 0\\).',
  'So the legs are \\(AB = 3\\) and \\(AC = 3\\).',
].join('\n');

test('claims about points given coordinates are computed with them: the right ones hold, a wrong length is a finding', async ({
  page,
  request,
}) => {
  await draftThenEdit(page, request, () => COORDINATES);

  const checker = new CheckerPanel(page);
  await expect(checker.throughEarlier.locator('summary')).toHaveText(
    '3 held through earlier lines',
  );
  await checker.throughEarlier.locator('summary').click();
  const lengths = checker.heldOn(2).first();
  await expect(lengths).toContainText('holds with the coordinates of');
  await expect(lengths.getByRole('img', { name: 'B', exact: true })).toBeVisible();
  await expect(lengths.getByRole('img', { name: 'C', exact: true })).toBeVisible();
  await expect(lengths).toContainText('(line 1)');
  // AB is 4, AC is 3: only the first is wrong, with the lengths it computed.
  const card = checker.findingOn(3);
  await expect(card).toHaveCount(1);
  await card.scrollIntoViewIfNeeded();
  await expect(card).toBeInViewport();
  await expect(card).toContainText(
    'left 4, right 3 (with the coordinates of A (line 1), B (line 1))',
  );
  // The relation, rendered: quoted above the description and inside it.
  await expect(card.getByRole('img', { name: 'AB = 3' })).toHaveCount(2);
  await shotsAt(page, 'checker-coordinates', card);
});

/** A derivative and an integral, each claimed once rightly and once wrongly. */
const CALCULUS = [
  "Let \\(g(x)=x^3\\), so \\(g'(x)=3x^2\\) and \\(g'(x)=2x^2\\).",
  'Also \\(\\int_0^1 x^2\\,dx = \\frac13\\) and \\(\\int_0^2 x^3\\,dx = 5\\).',
].join('\n');

test('a wrong derivative of a defined function and a wrong definite integral are findings with the computed values', async ({
  page,
  request,
}) => {
  await draftThenEdit(page, request, () => CALCULUS);

  const checker = new CheckerPanel(page);
  const integral = checker.findingOn(2);
  await expect(integral).toHaveCount(1);
  await integral.scrollIntoViewIfNeeded();
  await expect(integral).toBeInViewport();
  // ∫₀² x³ dx is 4: computed by quadrature, shown against the 5 written.
  await expect(integral).toContainText('left 4, right 5');
  await expect(integral.getByRole('img', { name: '\\int_0^2 x^3\\,dx = 5' })).toHaveCount(2);

  const derivative = checker.findingOn(1);
  await expect(derivative).toHaveCount(1);
  await expect(derivative.getByRole('img', { name: /^\{x = [\d.]+\}$/ })).toBeVisible();
  await expect(derivative).toContainText(/: left [\d.]+, right [\d.]+/);
  // The definition it used, rendered as math in the description.
  await expect(derivative).toContainText('from earlier)');
  await expect(derivative.getByRole('img', { name: 'g(x)=x^3' })).toHaveCount(1);
  await shotsAt(page, 'checker-calculus', integral);
});
