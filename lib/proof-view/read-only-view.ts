import { promptLabel, type SessionExport } from '@/lib/schemas';

/**
 * What the read-only pages (share, print, replay) need of a session, and nothing more:
 * no run texts, no reasoning, no model names, no ids of other rows. It is what a shared
 * page sends to a browser, so keep it small.
 */
export type ReadOnlyFinding = {
  key: string;
  severity: string;
  quote: string;
  description: string;
  suggestion: string;
  decision: string;
  note: string;
  /** Lines in its round's proof, or null for a whole-proof comment. */
  lines: { start: number; end: number } | null;
  confidence: string | null;
  /** `verifier`, `person` or `checker` (issue 15). */
  source: string;
  category: string | null;
  /** The thread under it: text, time, author (when sign-in named one), decision it set. */
  replies: ReadOnlyReply[];
};

export type ReadOnlyReply = {
  text: string;
  createdAt: number;
  author: string | null;
  decision: string | null;
};

export type ReadOnlyRound = {
  index: number;
  origin: string;
  proof: string;
  score: number | null;
  /** What stands behind the score ("no issues found by 1 sample"), when it is known. */
  scoreNote?: string | null;
  selfScore: number | null;
  truncated: boolean;
  findings: ReadOnlyFinding[];
  /** The prompt set and template that wrote the draft: "proofdesk@3f2a91c0…" (issue 22). */
  prompt?: string | null;
};

export type ReadOnlyView = {
  title: string;
  problem: string;
  rounds: ReadOnlyRound[];
  grade: {
    auto: { points: number; reasons: string } | null;
    human: { points: number; rationale: string } | null;
  };
};

type AnchorLike = { startLine?: unknown; endLine?: unknown; confidence?: unknown };

function linesOf(f: SessionExport['rounds'][number]['findings'][number]) {
  const a = (f.anchor ?? null) as AnchorLike | null;
  if (a && typeof a.startLine === 'number' && typeof a.endLine === 'number') {
    return {
      lines: { start: a.startLine, end: a.endLine },
      confidence: String(a.confidence ?? ''),
    };
  }
  if (f.citedStart != null) {
    return { lines: { start: f.citedStart, end: f.citedEnd ?? f.citedStart }, confidence: null };
  }
  return { lines: null, confidence: null };
}

const DRAFT_PURPOSES = ['generate', 'refine', 'refine-search'];

/** The label of the prompt that wrote a round's draft, or null (by hand, imported, older). */
function draftPromptLabel(data: SessionExport, runId: string | null): string | null {
  const mine = (data.prompts ?? []).filter((p) => p.runId === runId);
  const p = mine.find((x) => DRAFT_PURPOSES.includes(x.purpose)) ?? mine[0];
  return p ? promptLabel({ set: p.setName, templateHash: p.templateHash }) : null;
}

export function toReadOnlyView(data: SessionExport, title: string): ReadOnlyView {
  const auto = data.grades.find((g) => g.kind === 'auto');
  const human = data.grades.find((g) => g.kind === 'human');
  return {
    title,
    problem: data.session.problem,
    rounds: data.rounds.map((r) => ({
      index: r.index,
      origin: r.origin,
      proof: r.proof,
      score: r.score,
      selfScore: r.selfScore,
      truncated: r.truncated,
      prompt: draftPromptLabel(data, r.sourceRunId),
      findings: r.findings.map((f, i) => ({
        key: `${r.index}-${i + 1}`,
        severity: f.severity,
        quote: f.quote,
        description: f.description,
        suggestion: f.suggestion,
        decision: f.decision,
        note: f.note,
        ...linesOf(f),
        source: f.source,
        category: f.category,
        replies: f.replies.map(({ text, createdAt, author, decision }) => ({
          text,
          createdAt,
          author,
          decision,
        })),
      })),
    })),
    grade: {
      auto: auto ? { points: auto.points, reasons: auto.text } : null,
      human: human ? { points: human.points, rationale: human.text } : null,
    },
  };
}
