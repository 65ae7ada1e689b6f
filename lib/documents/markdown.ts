import { normalizeTex } from '@/lib/math/normalize-tex';
import { blockForLine, splitProofBlocks } from '@/lib/proof-view/blocks';
import type { ReadOnlyFinding, ReadOnlyRound, ReadOnlyView } from '@/lib/proof-view/read-only-view';
import {
  DECISION_WORDS,
  linesLabel,
  originLabel,
  replyLabel,
  SEVERITY_WORDS,
  scoreLabel,
} from './labels';

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** "(lines 2–3; accepted; raised by a person; Missing edge case)" */
function headOf(f: ReadOnlyFinding): string {
  const origin = originLabel(f);
  return `${linesLabel(f.lines)}; ${DECISION_WORDS[f.decision] ?? f.decision}${origin ? `; ${origin}` : ''}`;
}

const thread = (f: ReadOnlyFinding) =>
  f.replies.length ? `*Replies:* ${f.replies.map(replyLabel).join('; ')}` : null;

function footnote(f: ReadOnlyFinding, n: number): string {
  const parts = [
    `**${SEVERITY_WORDS[f.severity] ?? f.severity}** (${headOf(f)}).`,
    oneLine(f.description),
  ];
  if (f.quote.trim()) parts.push(`Quoted: “${oneLine(f.quote)}”.`);
  if (f.suggestion.trim()) parts.push(`*Suggested fix:* ${oneLine(f.suggestion)}`);
  if (f.note.trim()) parts.push(`*Reviewer's note:* ${oneLine(f.note)}`);
  const replies = thread(f);
  if (replies) parts.push(replies);
  return `[^${n}]: ${parts.join(' ')}`;
}

/**
 * The proof with a footnote mark at the end of each finding's last line. Marks never go
 * inside a display formula or code block: those get theirs on the line after the block.
 */
function proofWithMarks(round: ReadOnlyRound): { proof: string; general: number[] } {
  const blocks = splitProofBlocks(round.proof);
  const marks = new Map<number, { refs: number[]; ownLine: boolean }>();
  const general: number[] = [];
  round.findings.forEach((f, i) => {
    if (!f.lines || blocks.length === 0) {
      general.push(i + 1);
      return;
    }
    const block = blocks[blockForLine(blocks, f.lines.end)];
    const line = block.display ? block.endLine : Math.min(f.lines.end, block.endLine);
    const mark = marks.get(line) ?? { refs: [], ownLine: block.display };
    mark.refs.push(i + 1);
    marks.set(line, mark);
  });
  const proof = round.proof
    .split(/\r?\n/)
    .map((text, i) => {
      const mark = marks.get(i + 1);
      if (!mark) return text;
      const refs = mark.refs.map((n) => `[^${n}]`).join('');
      return mark.ownLine ? `${text}\n${refs}` : `${text} ${refs}`;
    })
    .join('\n');
  return { proof, general };
}

function gradeLines(view: ReadOnlyView): string[] {
  const { auto, human } = view.grade;
  if (!auto && !human) return [];
  const out = ['## Grades', ''];
  if (auto) out.push(`- Automatic grade: **${auto.points} / 7**`, '', quoteBlock(auto.reasons), '');
  if (human)
    out.push(`- Human grade: **${human.points} / 7**`, '', quoteBlock(human.rationale), '');
  return out;
}

const quoteBlock = (s: string) =>
  s.trim()
    ? s
        .trim()
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')
    : '> (no reasons given)';

function roundsTable(view: ReadOnlyView): string[] {
  const rows = view.rounds.map((r) => {
    const decided = r.findings.filter((f) => f.decision !== 'pending').length;
    const prompt = r.prompt ? `\`${r.prompt}\`` : '—';
    return `| R${r.index} | ${r.origin}${r.truncated ? ' (incomplete)' : ''} | ${scoreLabel(r.score)}${r.scoreNote ? ` (${r.scoreNote})` : ''} | ${scoreLabel(r.selfScore)} | ${r.findings.length} (${decided} decided) | ${prompt} |`;
  });
  return [
    '## Rounds',
    '',
    '| Round | Origin | Verifier score | Self score | Findings | Prompt |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}

function earlierFindings(view: ReadOnlyView): string[] {
  const out: string[] = [];
  for (const r of view.rounds.slice(0, -1)) {
    if (!r.findings.length) continue;
    out.push(`### Findings on round ${r.index}`, '');
    for (const f of r.findings) {
      const note = f.note.trim() ? ` — note: ${oneLine(f.note)}` : '';
      const replies = thread(f);
      out.push(
        `- **${SEVERITY_WORDS[f.severity] ?? f.severity}** (${headOf(f)}): ${oneLine(f.description)}${note}${replies ? ` ${replies}` : ''}`,
      );
    }
    out.push('');
  }
  return out;
}

/**
 * A session as Markdown: the problem, the final proof with its findings as footnotes (with
 * the decision taken on each), grades, and the history of rounds. LaTeX is written in the
 * `$…$` / `$$…$$` dialect most Markdown readers understand.
 */
export function sessionMarkdown(view: ReadOnlyView): string {
  const final = view.rounds.at(-1);
  const out = [`# ${oneLine(view.title)}`, '', '## Problem', '', view.problem.trim(), ''];
  if (final) {
    const { proof, general } = proofWithMarks(final);
    const refs = general.map((n) => `[^${n}]`).join('');
    out.push(
      `## Proof (round ${final.index}; verifier score ${scoreLabel(final.score)})${refs ? ` ${refs}` : ''}`,
      '',
      ...(final.scoreNote
        ? [`*Verifier score ${scoreLabel(final.score)}: ${final.scoreNote}.*`, '']
        : []),
      proof.trim(),
      '',
    );
  } else {
    out.push('## Proof', '', '*No proof yet.*', '');
  }
  out.push(...gradeLines(view), ...roundsTable(view), ...earlierFindings(view));
  if (final?.findings.length) out.push(...final.findings.map((f, i) => footnote(f, i + 1)), '');
  return `${normalizeTex(out.join('\n')).trimEnd()}\n`;
}
