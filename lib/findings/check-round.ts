import 'server-only';
import { oneAtATime } from '@/lib/async/one-at-a-time';
import { runCheckerInSlices } from '@/lib/checker';
import { checkerKey, getRoundRow, listRoundFindings, readRoundChecks, storeCheck } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { lineStartsOf, spanOfLines } from '@/lib/findings/anchor/lines';
import type { CheckerFinding, RoundCheckResult, RoundRelations } from '@/lib/schemas';

function toStored(proof: string, lineStarts: readonly number[], f: CheckerFinding) {
  const span = spanOfLines(proof, lineStarts, { start: f.startLine, end: f.endLine });
  return {
    key: checkerKey(f.check === 'relations' ? `\\(${f.text}\\)` : f.text, f.category),
    severity: f.severity,
    category: f.category,
    // A relation is shown as the formula it is; broken TeX as the source it is.
    quote: f.check === 'relations' ? `\\(${f.text}\\)` : f.text,
    description: f.description,
    anchor: {
      startLine: f.startLine,
      endLine: f.endLine,
      ...span,
      confidence: 'exact' as const,
      similarity: 1,
      status: 'current' as const,
      text: proof.slice(span.startOffset, span.endOffset),
    },
  };
}

/** Decisions on the checker's findings of the round this one came from (an edit, a refinement). */
async function parentDecisions(parentId: string | null) {
  const out = new Map<string, { decision: string; note: string }>();
  if (!parentId) return out;
  for (const f of await listRoundFindings(parentId))
    if (f.source === 'checker' && f.decision !== 'pending')
      out.set(checkerKey(f.quote, f.category ?? ''), { decision: f.decision, note: f.note });
  return out;
}

/**
 * Runs the deterministic checker on a round's proof and stores what it found: its findings
 * (source `checker`, a decision kept while its formula is unchanged) and its counts.
 * Cheap (tens of milliseconds for a typical proof, ~0.4 s for one of 200 kB), so it runs
 * whenever the proof settles: a draft finished, a hand edit saved, an import; in slices, so
 * the streams and requests the server is serving meanwhile are not held up. One check at a
 * time: 20 drafts of a class finishing together once ran 20 checks' slices back to back in
 * each turn of the event loop, holding every stream and page for ~150 ms a turn.
 */
export function checkRound(roundId: string): Promise<RoundCheckResult> {
  return oneAtATime('checker', () => checkNow(roundId));
}

async function checkNow(roundId: string): Promise<RoundCheckResult> {
  const round = await getRoundRow(roundId);
  if (!round) throw notFound('Round');
  const stored = (await readRoundChecks([roundId])).get(roundId);
  if (!stored || stored.proof !== round.proof) {
    const result = await runCheckerInSlices(round.proof);
    const lineStarts = lineStartsOf(round.proof);
    await storeCheck(
      roundId,
      {
        stats: result.stats,
        relations: result.relations,
        proof: round.proof,
        checkedAt: Date.now(),
      },
      result.findings.map((f) => toStored(round.proof, lineStarts, f)),
      await parentDecisions(round.parentRoundId),
    );
  }
  const check = (await readRoundChecks([roundId])).get(roundId);
  const findings = (await listRoundFindings(roundId)).filter((f) => f.source === 'checker');
  return { findings, stats: check?.stats ?? { relations: 0, holds: 0, false: 0, skipped: 0 } };
}

/**
 * Checks a round without failing its caller: a draft or an edit is saved whatever the checker
 * does. A round deleted while its check waited in the queue (or ran) is no failure: there is
 * nothing left to check, so nothing is logged.
 */
export async function checkRoundQuietly(roundId: string): Promise<void> {
  try {
    await checkRound(roundId);
  } catch (err) {
    if (!(await getRoundRow(roundId).catch(() => true))) return;
    console.error(`checker failed on round ${roundId}:`, err);
  }
}

/** The round's last check with every relation it read, as stored; 404 if never checked. */
export async function storedRelations(roundId: string): Promise<RoundRelations> {
  if (!(await getRoundRow(roundId))) throw notFound('Round');
  const check = (await readRoundChecks([roundId])).get(roundId);
  if (!check) throw notFound('Check');
  return { stats: check.stats, relations: check.relations, checkedAt: check.checkedAt };
}
