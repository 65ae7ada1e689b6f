import 'server-only';
import type { NewFinding } from '@/lib/db';
import { addFindings, getRoundRow, listActionableFindings } from '@/lib/db';
import { anchorContext, carryAnchor } from '@/lib/findings/anchor';
import { stampAnchor } from '@/lib/findings/anchor-status';
import type { Anchor } from '@/lib/schemas';

/**
 * A refined round inherits the previous round's findings that are still open (accepted or
 * undecided) when their text survives into the new proof — mapped through a line diff and
 * re-checked by quote search. Findings whose text is gone are resolved and stay behind;
 * overridden ones were judged by the person and are not raised again.
 */
export async function carryFindingsForward(
  parent: { id: string; proof: string },
  newRoundId: string,
  options: {
    keepDecisions?: boolean;
    /**
     * Findings the person had in front of them when their edit forked the round (the editor
     * drew them; it sends where each one is). They are carried even where the edit took their
     * text away: the editor already shows them outdated, with "Re-anchor", and a finding
     * must not vanish because the first save came after the deletion rather than before it.
     */
    shown?: ReadonlySet<string>;
  } = {},
): Promise<void> {
  const round = await getRoundRow(newRoundId);
  if (!round?.proof) return;
  // A person's edit (keepDecisions) is the same review going on: every decision and note
  // stays, overrides included. A refinement starts a new review of what is still open.
  const open = (await listActionableFindings(parent.id)).filter(
    (f) => options.keepDecisions || f.decision === 'accepted' || f.decision === 'pending',
  );
  const carried: NewFinding[] = [];
  for (const f of open) {
    // The checker rereads every round itself, taking over decisions on unchanged formulas.
    if (f.source === 'checker') continue;
    if (!f.anchor || f.anchor.confidence === 'orphan' || !f.quote.trim()) continue;
    const ctx = anchorContext(parent.proof, f.anchor, f.quote);
    const { anchor, status } = carryAnchor(parent.proof, round.proof, ctx, f.citedLines);
    if (!anchor) continue;
    const shownOutdated = status === 'outdated' && !!options.shown?.has(f.id);
    if (status === 'outdated' && !shownOutdated) continue;
    carried.push({
      severity: f.severity,
      quote: f.quote,
      lines: f.citedLines,
      description: f.description,
      suggestion: f.suggestion,
      category: f.category ?? undefined,
      anchor: shownOutdated
        ? keptOutdated(f.anchor, f.quote, anchor)
        : stampAnchor(round.proof, anchor),
      carriedFromId: f.id,
      source: f.source,
      ...(options.keepDecisions ? { decision: f.decision, note: f.note } : {}),
    });
  }
  if (carried.length) await addFindings(newRoundId, null, carried);
}

/**
 * A finding the editor shows outdated (its passage deleted before the fork's first save)
 * keeps the confidence and the text of its place: it is outdated, not lost. As a "quote not
 * found" orphan, the editor would treat its place as a guess and offer no "Re-anchor". The
 * lines stand in until the same save stores where the editor draws it.
 */
function keptOutdated(was: Anchor, quote: string, at: Anchor): Anchor {
  return {
    ...at,
    confidence: was.confidence,
    similarity: was.similarity,
    text: was.text ?? quote,
    status: 'outdated',
  };
}
