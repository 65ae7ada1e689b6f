/**
 * A case, sub-case or hypothesis the text opens at the start of a line ("**Case 1.**",
 * "*Case \\(m=2\\).*", "Subcase", "If n is odd, …", "Suppose …"), or anywhere in a line
 * "for even k = 2l" and "for odd k = 2l + 1": Grok-4's P1 drafts put both in one line, and
 * the odd case's "2l + 1 \\ge 3" was confirmed from the even case's "2l \\ge 2".
 */
const OPENS_CASE =
  /(^|\n)[ \t>#*_+-]*(\(?[\divx]+[.):][ \t]*)?[*_]*[ \t]*((sub-?)?case\b|if\b|suppose\b|assume\b|when\b)|\bfor (even|odd)\b/i;
/** Where cases end: a heading, or the text joining them ("in both cases", "combining"). */
const CLOSES_CASES =
  /(^|\n)[ \t]*#{1,6}[ \t]|\b(in (all|both|each|every|either|any) (of the )?(\w+ )?cases?|combining|in all|both cases)\b/i;

/** Whether this prose opens a case, closes the cases, or neither. */
export function caseBoundary(prose: string): 'opens' | 'closes' | null {
  if (OPENS_CASE.test(prose)) return 'opens';
  return CLOSES_CASES.test(prose) ? 'closes' : null;
}

/**
 * Keeps a definition made inside a case ("Case 1: … let x = 2") from reaching the next
 * case or the text after the cases: it is forgotten when a case opens or cases close. A
 * definition made outside every case holds for the rest of the proof.
 */
export class CaseScope {
  private inCase = false;
  private readonly madeInCase = new Set<string>();

  /**
   * After the prose since the last formula read, which `caseBoundary` says opens a case,
   * closes the cases or neither: the definitions now out of scope.
   */
  advance(boundary: 'opens' | 'closes' | null): string[] {
    if (!boundary) return [];
    const gone = [...this.madeInCase];
    this.madeInCase.clear();
    this.inCase = boundary === 'opens';
    return gone;
  }

  /** A definition made here: it is scoped to the case when inside one. */
  defined(name: string): void {
    if (this.inCase) this.madeInCase.add(name);
  }
}
