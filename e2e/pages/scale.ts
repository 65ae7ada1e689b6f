import { expect, type Page } from '@playwright/test';

/** JSONL review records: session i has a proof with the word `proof-word-i` only in it. */
export function scaleRecords(n: number, rare: { index: number; word: string }): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    const word = i === rare.index ? rare.word : `lemma${i}`;
    const proof = `Let $n = ${i} + 2k$.\nThen $n^2$ is ${word} in parity.\nHence the claim.`;
    const report = `### Issues\n[ISSUE 1]\nSeverity: gap\nLines: L3\nQuote: "Hence the claim."\nDescription: Why?\nSuggested fix: Say why.\n\n### Score\n\\boxed{0.5}`;
    const title = `Parity *${i}* of $(${i}+2k)^2$`;
    lines.push(
      JSON.stringify({
        id: `s${i}`,
        title,
        problem: `Show the parity of (${i} + 2k)^2.`,
        proof,
        report,
      }),
    );
  }
  return lines.join('\n');
}

/**
 * `n` presses of `key` sent as keydown events in the page: a real press costs a round trip to
 * the browser, and thousands of them take minutes on a loaded machine. Each press waits for
 * the page to handle the one before (a press handled on a stale position would be lost, and
 * the walk would end short). `paced: 'frames'` yields a task between presses, so the browser
 * draws frames as it does for a held key; `'react'` yields only to React's own update, which
 * walks a long list in seconds.
 */
export async function pressInPage(page: Page, key: string, n: number, paced: 'frames' | 'react') {
  await page.evaluate(
    async ([key, n, paced]) => {
      for (let i = 0; i < n; i++) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        if (paced === 'frames') await new Promise((r) => setTimeout(r, 0));
        // React renders a key's update in a microtask queued by the handler: two turns of the
        // microtask queue let it commit before the next press.
        else for (let turn = 0; turn < 2; turn++) await Promise.resolve();
      }
    },
    [key, n, paced] as const,
  );
}

/** Every element in the page: what the lists must keep bounded. */
export const domSize = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

/** The review queue at scale: walks with j and reads where it is. */
export class ScaleReview {
  constructor(readonly page: Page) {}
  position = () => this.page.getByTestId('review-position');
  current = () => this.page.getByTestId('review-current');

  async positionNumbers(): Promise<[number, number]> {
    const text = (await this.position().textContent()) ?? '';
    const [at, of] = text.split('/').map((s) => Number(s.trim()));
    return [at, of];
  }

  async expectAt(at: number, of: number) {
    await expect(this.position()).toHaveText(`${at} / ${of}`);
  }
}

/** One review record whose proof has `n` lines and whose report has a finding on each. */
export function manyFindingsRecord(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `Step ${i + 1}: $a_{${i + 1}} \\ge 0$.`);
  const issues = lines.map(
    (line, i) =>
      `[ISSUE ${i + 1}]\nSeverity: minor\nLines: L${i + 1}\nQuote: "${line}"\nDescription: Finding number ${i + 1}.\nSuggested fix: Justify step ${i + 1}.`,
  );
  return JSON.stringify({
    id: 'many-findings',
    title: `A round with ${n} findings`,
    problem: 'Show that every term is non-negative.',
    proof: lines.join('\n'),
    report: `### Issues\n${issues.join('\n\n')}\n\n### Score\n\\boxed{0.5}`,
  });
}

/** The workbench's findings list: which finding is selected, and how many cards are drawn. */
export class ScaleFindings {
  constructor(readonly page: Page) {}
  cards = () => this.page.getByTestId('finding');
  selected = () => this.page.locator('[data-testid="finding"][aria-current="true"]');
}
