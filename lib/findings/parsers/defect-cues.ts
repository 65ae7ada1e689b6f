import type { Severity } from '@/lib/schemas/findings';
import { withoutQuotedSpans } from './quoted-spans';

/*
 * Does a passage of a prose evaluation call a step wrong or incomplete, and how badly?
 * DeepSeekMath-V2's verifier is told to explain, for correct steps, "why you initially
 * doubted their correctness and why they are indeed correct", so doubt talk and
 * hypotheticals must not count, and neither must words that restate the proof's own maths
 * ("the solution shows the claim is false for n = 2"). Clauses are judged one at a time.
 */

const CLAUSE_BREAK =
  /(?<=[.!?])\s+|;\s*|\s+but\s+|,?\s+however,?\s+|,\s*(?:and|which|whereas|although|though|yet|so)\s+/i;

// Statements about the proof's quality that no restatement of its maths would contain.
const STRONG_GAP =
  /\b(?:not|never|isn't|aren't|wasn't)\s+(?:\w+ly\s+)?(?:justified|proven|proved|shown|established|explained|addressed|verified|demonstrated|rigorous|argued)\b|\b(?:unjustified|unproven|unproved|unexplained|unsubstantiated|hand-?wav\w*)\b|\bwithout\s+(?:any\s+)?(?:proof|justification|explanation|argument|derivation)\b|\bno\s+(?:proof|justification|explanation|argument|derivation)\s+(?:is|was)\s+(?:given|provided|offered)\b|\b(?:unclear|not clear)\b|\b(?:does|do|did)\s*(?:not|n't)\s+(?:justify|prove|show|explain|address|consider|handle|cover|establish|verify|check|rule out|treat)\b|\bfail(?:s|ed)?\s+to\s+(?:justify|prove|show|explain|address|consider|handle|cover|establish|verify|check|rule out|treat|mention)\b|\b(?:lacks?|lacking)\s+(?:rigou?r|justification|proof|detail)/i;
// Doubt and concession: the verifier is explaining why a step looked wrong but is not.
const DOUBT =
  /\b(?:doubt\w*|wonder\w*|initially|at first|worried|(?:was|were) concerned|seemed)\b/i;
// Hedges, restatements, references to defects named elsewhere, and clauses that open with a
// positive verdict ("This is correct: … insufficient for 3") use cue words about maths.
const HYPOTHETICAL = new RegExp(
  [
    /\b(?:might|could|would|may|assuming|despite|inherit\w*|subject to)\b/,
    /\b(?:shows?|proves?|proved|derives?|concludes?|deduces?|obtains?|notes?|observes?|claims?|states?|argues?|establish(?:es)?|assumes?|supposes?)\s+that\b/,
    /\b(?:by|for)\s+(?:the\s+sake\s+of\s+)?contradiction\b/,
    /\b(?:prior|previous|earlier|above|identified|noted|listed|aforementioned)\s+(?:gaps?|errors?|issues?)\b/,
    /\b(?:errors?,?\s+or\s+gaps?|gaps?,?\s+or\s+errors?)\b/,
    /^\W*(?:this|it|that|the\s+\w+(?:\s+\w+)?)\s+(?:is|are)\s+(?:\w+\s+)?(?:correct|valid|accurate|fine|sound|rigorous|justified)\b/,
  ]
    .map((re) => re.source)
    .join('|'),
  'i',
);

const MINOR =
  /\b(?:typos?|typographical)\b|\b(?:minor|small|slight|trivial|cosmetic)\s+(?:\w+\s+)?(?:issues?|errors?|slips?|gaps?|omissions?|oversights?|inaccurac\w+|imprecision|mistakes?|flaws?|problems?|details?|points?|inconsistenc\w+|lapses?|misstatements?|notation\w*)\b|\b(?:is|are|seems?)\s+(?:only\s+|rather\s+|quite\s+)?minor\b/i;
const CRITICAL =
  /\b(?:incorrect(?:ly)?|false|invalid(?:ates?)?|wrong(?:ly)?|fatal|fails?|failed|flawed|flaws?|erroneous(?:ly)?|errors?(?!\s+(?:terms?|bounds?|functions?))|mistakes?|mistaken|unsound|circular)\b|\b(?:does|do)\s*(?:not|n't)\s+hold\b|\bnot\s+(?:true|valid|correct)\b/i;
const GAP =
  /\b(?:missing|omit(?:s|ted|ting)?|omission|gaps?(?!\s+between)|incomplete|lacks?|lacking|skip(?:s|ped|ping)?|vague|sketchy|insufficient(?:ly)?\s+(?:justif\w+|detail\w*|rigou?r\w*|argu\w+|explain\w*|explanation|proof|proved|proven)|glosses\s+over|imprecise|ambiguous)\b|\bneeds?\s+(?:more\s+|further\s+|additional\s+)?(?:justification|proof|explanation|argument|detail)/i;
const NEGATORS = /\b(?:no|not|without|nothing|never|neither|nor|none)\b|n't\b|\bfree of\b/i;

/** A weak cue counts unless one of the three words before it negates it ("no gap", "not wrong"). */
function unnegated(clause: string, cue: RegExp): boolean {
  const match = cue.exec(clause);
  if (!match) return false;
  const before = clause.slice(0, match.index).trim().split(/\s+/).slice(-3).join(' ');
  return !NEGATORS.test(before);
}

function classifyClause(clause: string): Severity | null {
  if (DOUBT.test(clause)) return null;
  const strongGap = STRONG_GAP.test(clause);
  const hedged = HYPOTHETICAL.test(clause);
  if (hedged && !strongGap) return null;
  if (unnegated(clause, MINOR)) return 'minor'; // "a minor error: the sign is wrong" is minor
  // "fails to justify" is a gap, so strong gap phrases are taken out before looking for errors.
  const rest = clause.replace(new RegExp(STRONG_GAP.source, 'gi'), ' ');
  if (!hedged && unnegated(rest, CRITICAL)) return 'critical';
  return strongGap || unnegated(rest, GAP) ? 'gap' : null;
}

const RANK: Record<Severity, number> = { minor: 1, gap: 2, critical: 3 };

/** The worst defect a passage states, or null when it only praises or restates. */
export function classifyPassage(passage: string): Severity | null {
  let worst: Severity | null = null;
  for (const clause of withoutQuotedSpans(passage).split(CLAUSE_BREAK)) {
    const severity = classifyClause(clause);
    if (severity && (!worst || RANK[severity] > RANK[worst])) worst = severity;
  }
  return worst;
}
