import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCase } from './render-check/check-case';
import { CORPUS_DIR, corpusPresent } from './render-check/corpus-documents';
import { corpusFormulaPool } from './render-check/formula-pool';
import { generatedCaseArb } from './render-check/markdown-contexts';

/** At least 10,000 in CI (issue 14); `RENDER_CASES` and `RENDER_SEED` replay a failure. */
const CASES = Number(process.env.RENDER_CASES ?? 10_000);
const SEED = Number(process.env.RENDER_SEED ?? 14);

if (!corpusPresent)
  console.warn(
    `render property test skipped: ${CORPUS_DIR} is absent (a fresh clone has no ../shared)`,
  );

describe.skipIf(!corpusPresent)(
  'property: a corpus formula in any Markdown context renders once, as math, leaving no TeX in the text',
  () => {
    // KaTeX warns for each character it has no metrics for (U+2011 in \text{}) and still
    // renders it: noise here.
    const warn = console.warn;
    beforeAll(() => {
      console.warn = (...args: unknown[]) => {
        if (!String(args[0]).startsWith('No character metrics')) warn(...args);
      };
    });
    afterAll(() => {
      console.warn = warn;
    });

    it(`${CASES} generated cases (seed ${SEED}; RENDER_SEED=… to change)`, () => {
      const pool = corpusFormulaPool();
      expect(pool.inline.length).toBeGreaterThan(1_000);
      expect(pool.display.length).toBeGreaterThan(300);
      fc.assert(
        fc.property(generatedCaseArb(pool), (c) => {
          const problems = checkCase(c);
          if (problems.length > 0)
            throw new Error(`${c.context}\n${problems.join('\n')}\n--- source ---\n${c.markdown}`);
        }),
        { numRuns: CASES, seed: SEED },
      );
    });
  },
);
