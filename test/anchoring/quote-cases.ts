import fc from 'fast-check';
import { normalizeWithMap } from '@/lib/findings/anchor/normalize';
import type { LineRange } from '@/lib/schemas/findings';
import { seededRandom } from '@/test/seeded-random';
import { type RepeatedPassage, repeatedPassages } from './duplicates';
import { elide, paraphrase, respace } from './prose-edits';
import { spanNear, type Truth, truthOf } from './spans';
import { type Edit, editBraces, swapDelimiters, texToUnicode } from './tex-edits';

/** Every way a verifier's quote departs from the proof text (issue 14). */
const EDITS: Record<string, Edit> = {
  respace,
  delimiters: swapDelimiters,
  braces: editBraces,
  unicode: texToUnicode,
  paraphrase,
  elide,
};
const EDIT_NAMES = Object.keys(EDITS);

/** What decides between the places of a passage the proof states twice. */
const CONTEXTS = ['lines', 'neighbours', 'issue'] as const;
export type DuplicateContext = (typeof CONTEXTS)[number];

/** The random choices a case is made from; fast-check shrinks these, not the quote. */
export type Recipe = {
  proof: number;
  at: number;
  length: number;
  edits: Array<{ name: string; pick: number }>;
  cite: boolean;
  duplicate: { which: number; context: DuplicateContext; pick: number } | null;
};

/** One generated finding: what the verifier wrote, and where in the proof it truly belongs. */
export type QuoteCase = {
  proof: number;
  quote: string;
  lines: LineRange | null;
  /** The finding's issue text, when it is what tells two places apart. */
  context: string | null;
  truth: Truth;
  /** The edits that changed the quote, as `name:pick`. */
  edits: string[];
  duplicate: DuplicateContext | null;
};

/** The proofs cases are cut from, with what each needs precomputed. */
export type QuoteSource = { proofs: string[]; norms: string[]; repeated: RepeatedPassage[] };

export function quoteSource(proofs: string[]): QuoteSource {
  return {
    proofs,
    norms: proofs.map((p) => normalizeWithMap(p).text),
    repeated: repeatedPassages(proofs),
  };
}

const editArbitrary = fc.record({ name: fc.constantFrom(...EDIT_NAMES), pick: fc.nat() });

/** About one case in seven quotes a passage the proof repeats. */
export const recipeArbitrary: fc.Arbitrary<Recipe> = fc.record({
  proof: fc.nat(),
  at: fc.nat(),
  length: fc.integer({ min: 30, max: 240 }),
  edits: fc.array(editArbitrary, { minLength: 1, maxLength: 3 }),
  cite: fc.boolean(),
  duplicate: fc.oneof(
    { arbitrary: fc.constant(null), weight: 6 },
    {
      arbitrary: fc.record({
        which: fc.nat(),
        context: fc.constantFrom(...CONTEXTS),
        pick: fc.nat(),
      }),
      weight: 1,
    },
  ),
});

/** Applies the recipe's edits in order, elisions last (they cut what the others rewrote). */
function applyEdits(quote: string, edits: Recipe['edits'], allowElision: boolean) {
  const applied: string[] = [];
  let out = quote;
  const ordered = [...edits].sort(
    (a, b) => Number(a.name === 'elide') - Number(b.name === 'elide'),
  );
  for (const { name, pick } of ordered) {
    if (name === 'elide' && !allowElision) continue;
    const next = EDITS[name](out, pick);
    if (next === null) continue;
    out = next;
    applied.push(`${name}:${pick}`);
  }
  return { quote: out, applied };
}

const countIn = (text: string, part: string) => {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0 && n < 2; i = text.indexOf(part, i + 1)) n++;
  return n;
};

/** Widens a repeated passage word by word on one side until it occurs only once. */
function widenToUnique(source: QuoteSource, proof: number, truth: Truth, after: boolean) {
  const text = source.proofs[proof];
  let { start, end } = truth;
  for (let words = 0; words < 12; words++) {
    if (after) {
      const next = text.slice(end).match(/^\s*\S+/);
      if (!next) return null;
      end += next[0].length;
    } else {
      const prev = text.slice(0, start).match(/\S+\s*$/);
      if (!prev) return null;
      start -= prev[0].length;
    }
    const norm = normalizeWithMap(text.slice(start, end)).text.trim();
    if (countIn(source.norms[proof], norm) === 1) return truthOf(text, start, end);
  }
  return null;
}

const ISSUES = [
  (near: string) => `Justification Gap - right after ${near}, this is asserted without proof.`,
  (near: string) => `Critical Error - the step next to "${near}" does not follow.`,
  (near: string) => `The claim here (where the proof says ${near}) is not justified.`,
];

/** Words on each side of a place a verifier may name to say which place it means. */
const NEAR_CHARS = 250;
/** A named phrase must be absent this far around every other place of the passage. */
const ELSEWHERE_CHARS = 400;

/**
 * Issue text naming what stands next to the quoted place and next to no other place of
 * the passage ("right after we set k = 2 …"), as a verifier says which step it means.
 * Null when the surroundings of the places are too alike for any phrase to tell them apart.
 */
function issueNear(text: string, passage: RepeatedPassage, truth: Truth, pick: number) {
  const random = seededRandom(pick);
  const before = text.slice(Math.max(0, truth.start - NEAR_CHARS), truth.start).split(/\s+/);
  const after = text.slice(truth.end, truth.end + NEAR_CHARS).split(/\s+/);
  const phrases: string[] = [];
  for (const words of [before.slice(1), after.slice(0, -1)]) {
    for (let n = 3; n <= 6; n++) {
      for (let k = 0; k + n <= words.length; k++) phrases.push(words.slice(k, k + n).join(' '));
    }
  }
  const elsewhere = passage.at
    .filter((at) => at !== truth.start)
    .map(
      (at) =>
        normalizeWithMap(
          text.slice(Math.max(0, at - ELSEWHERE_CHARS), at + passage.text.length + ELSEWHERE_CHARS),
        ).text,
    );
  const template = ISSUES[Math.floor(random() * ISSUES.length)];
  const offset = Math.floor(random() * Math.max(1, phrases.length));
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[(offset + k) % phrases.length].trim();
    const norm = normalizeWithMap(phrase).text.trim();
    if (norm.length >= 10 && elsewhere.every((near) => !near.includes(norm)))
      return template(phrase);
  }
  return null;
}

function duplicateCase(source: QuoteSource, recipe: Recipe): QuoteCase | null {
  const dup = recipe.duplicate;
  if (!dup || source.repeated.length === 0) return null;
  const passage = source.repeated[recipe.proof % source.repeated.length];
  const text = source.proofs[passage.proof];
  const at = passage.at[dup.which % passage.at.length];
  let truth = truthOf(text, at, at + passage.text.length);
  let context = dup.context;
  let issue: string | null = null;
  if (context === 'neighbours') {
    const widened = widenToUnique(source, passage.proof, truth, dup.pick % 2 === 0);
    if (widened) truth = widened;
    else context = 'lines';
  } else if (context === 'issue') {
    issue = issueNear(text, passage, truth, dup.pick);
    if (!issue) context = 'lines';
  }
  // Rewording the very words that tell the places apart would leave nothing to decide by.
  const edits = recipe.edits.filter((e) => context !== 'neighbours' || e.name !== 'paraphrase');
  const { quote, applied } = applyEdits(text.slice(truth.start, truth.end), edits, false);
  return {
    proof: passage.proof,
    quote,
    lines: context === 'lines' ? truth.lines : null,
    context: issue,
    truth,
    edits: applied,
    duplicate: context,
  };
}

const MIN_QUOTE_NORMALIZED = 12;
const tooBare = (quote: string) =>
  normalizeWithMap(quote).text.trim().length < MIN_QUOTE_NORMALIZED;

/** The case a recipe describes; always one, so fast-check never has to discard. */
export function buildCase(source: QuoteSource, recipe: Recipe): QuoteCase {
  const repeated = duplicateCase(source, recipe);
  if (repeated) return repeated;
  const proof = recipe.proof % source.proofs.length;
  const text = source.proofs[proof];
  let truth = spanNear(text, recipe.at % text.length, recipe.length);
  // A stretch of bare markup (`$$`, `---`) is nothing a verifier would quote: move on.
  for (let step = 1; step < 20 && tooBare(text.slice(truth.start, truth.end)); step++) {
    truth = spanNear(text, (recipe.at + step * recipe.length) % text.length, recipe.length);
  }
  const { quote, applied } = applyEdits(text.slice(truth.start, truth.end), recipe.edits, true);
  return {
    proof,
    quote,
    lines: recipe.cite ? truth.lines : null,
    context: null,
    truth,
    edits: applied,
    duplicate: null,
  };
}

export const caseArbitrary = (source: QuoteSource) =>
  recipeArbitrary.map((recipe) => buildCase(source, recipe));

/** The same `count` cases for the same seed, on every run and machine. */
export function sampleCases(source: QuoteSource, count: number, seed: number): QuoteCase[] {
  return fc.sample(caseArbitrary(source), { numRuns: count, seed });
}
