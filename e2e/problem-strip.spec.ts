import { ProblemStrip } from './pages/problem-strip';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';

test.beforeEach(async () => {
  await mock.reset();
});

/** A session with a draft (so its problem is folded), opened in the workbench. */
async function foldedProblem(
  page: import('@playwright/test').Page,
  request: import('@playwright/test').APIRequestContext,
  problem: string,
) {
  const id = await createSession(request, problem);
  expect((await runAndWait(request, id, 'generate')).status).toBe('succeeded');
  await new WorkbenchPage(page).goto(id);
  const strip = new ProblemStrip(page);
  await strip.expectFolded();
  return strip;
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('a folded problem with a tall formula shows its line whole: words and formula uncut', async ({
      page,
      request,
    }) => {
      const strip = await foldedProblem(
        page,
        request,
        'Prove that for every positive integer $n$,\n$1^3+2^3+\\cdots+n^3 = \\left(\\frac{n(n+1)}{2}\\right)^2$.',
      );
      await expect(strip.strip).toContainText('Prove that for every positive integer');
      // The fraction is typeset in the strip, on the same line as the words.
      await expect(
        strip.strip.getByRole('img', { name: /frac\{n\(n\+1\)\}\{2\}/ }),
      ).toBeInViewport();
      await strip.expectWholeHeight();
    });

    test('a problem that opens with display math shows the formula and the words after it', async ({
      page,
      request,
    }) => {
      const strip = await foldedProblem(
        page,
        request,
        '$$\\sum_{k=1}^{n} \\frac{a_k}{k} = \\prod_{j=1}^{n}\\left(1+\\frac{1}{j^2}\\right)$$\n\nGiven this for every $n$, find all sequences $(a_k)$.',
      );
      await expect(strip.strip.getByRole('img', { name: /\\sum_\{k=1\}/ })).toBeInViewport();
      await expect(strip.strip.getByText('Given this for every')).toBeInViewport();
      await strip.expectWholeHeight();
      // A click unfolds it: the whole problem, the formula displayed.
      await strip.strip.click();
      await expect(strip.pane).toHaveAttribute('data-collapsed', 'false');
      await expect(strip.pane.locator('.katex-display')).toBeVisible();
    });
  });
}
