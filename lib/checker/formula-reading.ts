import { ChainHeads } from './chain-heads';
import { conditionChains } from './condition-chains';
import { exactBefore } from './congruence-cut';
import { statesNoFact } from './fact-cues';
import type { ProofFormula } from './formulas';
import { FormulaSpans, type TexNode } from './katex-tree';
import { writtenText } from './placed-relation';
import type { ProofSoFar } from './proof-so-far';
import { BINDING_CUE, GOAL_BEFORE, NEXT_ITEM, sentenceBefore } from './prose-cues';
import { formulaSides, type Sides } from './read-sides';
import type { RelationShape } from './relations';
import type { QuantifiedDomains, StatedDomain } from './stated-domain';

/**
 * One formula's relations as the relation check reads them: their sides, what the prose
 * around the formula says of them, and where its exact part ends. What costs a search of
 * the text (its sentence, the domains stated for it) is read only when a relation asks.
 */
export class FormulaReading {
  readonly f: ProofFormula;
  readonly sides: Sides[];
  readonly expanded: Sides[];
  /** Chains of this formula that state conditions rather than rewrite one quantity. */
  readonly conditional: Set<number>;
  readonly spans: FormulaSpans;
  readonly heads = new ChainHeads();
  /** Where its relations stop being exact (its first congruence), or -1 / Infinity. */
  readonly congruenceAt: number;
  /** Whether the prose before it binds its symbols ("let", or the next item of such a list). */
  readonly binds: boolean;
  private sentence?: string;
  private goal?: boolean;
  private supposed?: boolean;
  private domains?: StatedDomain[];

  constructor(
    readonly proof: string,
    formulas: readonly ProofFormula[],
    readonly fi: number,
    readonly shapes: readonly RelationShape[],
    so: ProofSoFar,
    private readonly quantified: QuantifiedDomains,
  ) {
    this.f = formulas[fi];
    this.congruenceAt = exactBefore(this.f.tex);
    this.binds =
      BINDING_CUE.test(this.f.before) || (so.boundBy === fi - 1 && NEXT_ITEM.test(this.f.before));
    // "BF = d" earlier: d is a number in "d(e^2+1)", unless the text defined d(x).
    const numberBefore = (letter: string) =>
      !so.functions.has(letter) && so.letterUses.isNumber(letter);
    ({ sides: this.sides, expanded: this.expanded } = formulaSides(
      shapes,
      this.f.tex,
      so.functions,
      numberBefore,
    ));
    this.conditional = conditionChains(shapes, this.expanded);
    this.spans = new FormulaSpans(this.f.tex.length);
  }

  /** The LaTeX of some of its nodes as written. */
  texOf(nodes: TexNode[]): string {
    return writtenText(this.f.tex, this.spans.of(nodes));
  }

  /** Whether its relations are cut off by a congruence before `shape`'s right side ends. */
  afterCongruence(shape: RelationShape): boolean {
    return (
      this.congruenceAt < this.f.tex.length &&
      (this.spans.of(shape.rhs)?.end ?? this.f.tex.length) > this.congruenceAt
    );
  }

  /** Whether its sentence announces a goal ("we show that …"), not a fact. */
  announcesGoal(): boolean {
    this.goal ??= GOAL_BEFORE.test(this.ownSentence());
    return this.goal;
  }

  /** Whether its sentence supposes it, takes a special case, or the text refutes it. */
  notAFact(): boolean {
    this.supposed ??= statesNoFact(this.ownSentence(), this.f);
    return this.supposed;
  }

  /** The domains the text states for its symbols ("for every x \\in (0, 1)"). */
  statedDomains(): StatedDomain[] {
    this.domains ??= this.quantified.around(this.fi);
    return this.domains;
  }

  private ownSentence(): string {
    this.sentence ??= sentenceBefore(this.proof, this.f.texStart);
    return this.sentence;
  }
}
