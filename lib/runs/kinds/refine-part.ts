import 'server-only';
import { addFindings, createRound, getRound, type NewFinding } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { RefineFeedback } from '@/lib/prompts/refine';
import { partRefinementPrompt } from '@/lib/prompts/refine-part';
import type { Finding, Run } from '@/lib/schemas';
import { buildOutline } from '@/lib/structure/outline';
import { readReplacement, splicePart } from '@/lib/structure/splice-part';
import { JobFailure } from '../engine/execute-job';
import { startJob } from '../engine/start-job';
import { roundToWorkOn } from '../steps/rounds';

type Lines = { startLine: number; endLine: number };

const overlaps = (f: Finding, part: Lines) =>
  !!f.anchor && f.anchor.endLine >= part.startLine && f.anchor.startLine <= part.endLine;

function feedbackOf(f: Finding): RefineFeedback {
  const a = f.anchor;
  return {
    severity: f.severity,
    quote: f.quote,
    lines: a
      ? a.startLine === a.endLine
        ? `L${a.startLine}`
        : `L${a.startLine}-L${a.endLine}`
      : null,
    description: f.description,
    suggestion: f.suggestion,
    decision: f.decision as RefineFeedback['decision'],
    note: f.note,
    source: f.source,
    category: f.category,
    replies: f.replies.map((r) => r.text),
  };
}

/**
 * "Rewrite this part" (issue 17): the generator gets the whole proof for context, the part,
 * and the part's open, accepted and overridden findings with the person's notes; it answers
 * with the part's replacement between markers. The new round is the old proof with the part
 * spliced in (every byte outside it unchanged) and the findings outside the part carried over
 * unchanged, decisions and notes included. An answer without a replacement creates no round:
 * the run fails saying why, and its output keeps the raw answer.
 */
export function startRefinePart(
  sessionId: string,
  input: { roundId?: string; nodeId: string },
): Promise<Run> {
  return startJob(sessionId, {
    kind: 'refine',
    params: { nodeId: input.nodeId },
    plan: async (session) => {
      const row = await roundToWorkOn(sessionId, input.roundId);
      const parent = await getRound(row.id);
      const node = buildOutline(row.proof).nodes.find((n) => n.id === input.nodeId);
      if (!parent || !node) throw notFound('Part');
      const lines = row.proof.split(/\r?\n/);
      const feedback = parent.findings
        .filter((f) => f.decision !== 'dismissed' && overlaps(f, node))
        .map(feedbackOf);
      const prompt = partRefinementPrompt({
        problem: session.problem,
        proof: row.proof,
        label: node.label || node.title,
        startLine: node.startLine,
        endLine: node.endLine,
        part: lines.slice(node.startLine - 1, node.endLine).join('\n'),
        feedback,
      });
      return {
        roundId: row.id,
        progress: false,
        job: async (run) => {
          const active = run.active;
          const out = await run.call({
            role: 'generator',
            messages: prompt.messages,
            prompt: prompt.use,
            purpose: 'refine-part',
            roundId: row.id,
            onDelta: (d) => active.push(d),
            onRetry: (r) => active.emit({ type: 'retry', ...r }),
            onReplace: (f) => active.emit({ type: 'replace', ...f }),
          });
          if (out.status === 'stopped') return null;
          if (out.status === 'failed')
            throw new JobFailure(out.error ?? 'The model request failed.', out.finishReason);
          const replacement = readReplacement(out.text);
          if (!replacement.ok)
            throw new JobFailure(
              `No round was created: the answer could not be spliced in (${replacement.reason}). The raw answer is in the run's output.`,
              out.finishReason,
            );
          const spliced = splicePart(row.proof, node, replacement.text);
          const round = await createRound({
            sessionId,
            origin: 'refine',
            proof: spliced.proof,
            parentRoundId: row.id,
            sourceRunId: run.runId,
          });
          await addFindings(
            round.id,
            null,
            carriedOutside(parent.findings, node, spliced, row.proof),
          );
          run.changed();
          return { outcome: null, finishReason: out.finishReason };
        },
      };
    },
  });
}

/** The parent's findings outside the part, unchanged; those after it move with the text. */
function carriedOutside(
  findings: Finding[],
  part: Lines,
  spliced: { proof: string; endLine: number },
  oldProof: string,
): NewFinding[] {
  const lineShift = spliced.endLine - part.endLine;
  const charShift = spliced.proof.length - oldProof.length;
  return findings
    .filter((f) => f.source !== 'checker' && !overlaps(f, part))
    .map((f) => {
      const after = !!f.anchor && f.anchor.startLine > part.endLine;
      const move = (n: number, by: number) => (after ? n + by : n);
      return {
        severity: f.severity,
        quote: f.quote,
        lines: f.citedLines && {
          start: move(f.citedLines.start, lineShift),
          end: move(f.citedLines.end, lineShift),
        },
        description: f.description,
        suggestion: f.suggestion,
        category: f.category ?? undefined,
        anchor: f.anchor && {
          ...f.anchor,
          startLine: move(f.anchor.startLine, lineShift),
          endLine: move(f.anchor.endLine, lineShift),
          startOffset: move(f.anchor.startOffset, charShift),
          endOffset: move(f.anchor.endOffset, charShift),
        },
        decision: f.decision,
        note: f.note,
        carriedFromId: f.id,
        source: f.source,
        nodeId: f.nodeId ?? null,
      };
    });
}
