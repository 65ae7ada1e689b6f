import { formatAnswer } from '../scripts/mock-model/proof-texts';
import { PreviewFormulas } from './pages/preview-formulas';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { formulaNumber, manyFormulaProof } from './support/many-formulas';
import { mock } from './support/mock';

const COUNT = 300;

test('every formula of a 300-formula proof is typeset once it is scrolled into view, however the preview is scrolled', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  await mock.reset();
  const proof = manyFormulaProof(COUNT);
  await mock.scenario('default', {
    tps: 0,
    content: formatAnswer(proof, 'Every step is justified.', '1'),
  });
  const id = await createSession(request, 'Show that the 300 formulas below all render.');
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');
  const preview = await wb.openPreview();
  const formulas = new PreviewFormulas(preview);
  const seen = new Set<number>();

  /** Waits until what is in view is typeset and stays so, then records its formulas. */
  const look = async () => {
    let last: string[] = [];
    await expect
      .poll(async () => {
        const now = await formulas.visibleTex();
        const settled = now.length > 0 && now.join('\n') === last.join('\n');
        last = now;
        return settled;
      })
      .toBe(true);
    const numbers = last.map(formulaNumber);
    expect(numbers, `unnumbered formula in view: ${last.join(' | ')}`).not.toContain(null);
    // Each formula once: no number twice in one view.
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) if (n !== null) seen.add(n);
  };

  // The preview follows the editor's cursor: put it on the first line, so the reader's
  // scrolling alone decides what is in view. The end first, then the top, then down the
  // whole proof half a screen at a time (however chunk heights change as they are typeset).
  await wb.focusEditor();
  await page.keyboard.press('Control+Home');
  await formulas.scrollTo(1);
  await look();
  await formulas.scrollTo(0);
  await look();
  let steps = 0;
  while (await formulas.stepDown()) {
    steps++;
    await look();
  }
  expect(steps).toBeGreaterThan(6);
  const missing = Array.from({ length: COUNT }, (_, i) => i + 1).filter((n) => !seen.has(n));
  expect(missing).toEqual([]);
  expect(seen.size).toBe(COUNT);
  // Nothing was left as TeX in the text a reader sees, and nothing failed to typeset.
  expect(await formulas.visibleTexLeftovers()).toEqual([]);
  await expect(preview.locator('.math-error')).toHaveCount(0);
});
