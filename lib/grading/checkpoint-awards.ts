import { parsePoints } from '@/lib/parse/points';
import type { GradeAwards, Rubric } from '@/lib/schemas';
import { cappedTotal } from './rubric-total';

/**
 * A grader's answer against a rubric. It awards each checkpoint in a tag,
 *   <award checkpoint="C1" points="2">reason</award>
 * names the deductions that apply,
 *   <deduction id="D1">reason</deduction>
 * and still ends with `<points>N out of 7</points>`. Attributes may come in any order, with
 * or without quotes; when a checkpoint is awarded twice (the grader revised itself), the last
 * award counts. The grade is the awards' capped sum; the stated N is kept beside it, so a
 * disagreement can be shown.
 */
export type ParsedAwards = {
  points: number;
  awards: GradeAwards;
  reasons: string;
};

const AWARD = /<award\b([^>]*)>([\s\S]*?)<\/award>/gi;
const DEDUCTION = /<deduction\b([^>]*)>([\s\S]*?)<\/deduction>/gi;

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]).trim() : null;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads the awards; null when the answer has neither an award tag nor a points line. */
export function parseCheckpointAwards(text: string, rubric: Rubric): ParsedAwards | null {
  const stated = parsePoints(text);
  const notes: string[] = [];
  const given = new Map<string, { points: number; reason: string }>();
  for (const m of text.matchAll(AWARD)) {
    const id = attr(m[1], 'checkpoint') ?? attr(m[1], 'id');
    const points = Number(attr(m[1], 'points'));
    if (!id) continue;
    if (!rubric.checkpoints.some((c) => c.id === id)) {
      notes.push(`The grader awarded "${id}", which is not a checkpoint of the rubric; ignored.`);
      continue;
    }
    if (!Number.isFinite(points) || points < 0) {
      notes.push(`The award for ${id} has no readable points; counted as 0.`);
      given.set(id, { points: 0, reason: oneLine(m[2]) });
      continue;
    }
    given.set(id, { points, reason: oneLine(m[2]) });
  }
  const applied = new Map<string, string>();
  for (const m of text.matchAll(DEDUCTION)) {
    const id = attr(m[1], 'id') ?? attr(m[1], 'deduction');
    if (!id) continue;
    if (rubric.deductions.some((d) => d.id === id)) applied.set(id, oneLine(m[2]));
    else notes.push(`The grader applied "${id}", which is not a deduction of the rubric; ignored.`);
  }
  if (!given.size && !stated) return null;
  const checkpoints = rubric.checkpoints.map((c) => {
    const g = given.get(c.id);
    if (!g) {
      if (given.size) notes.push(`No award for ${c.id}; counted as 0.`);
      return { id: c.id, points: 0, reason: '' };
    }
    if (g.points > c.points) {
      notes.push(
        `${c.id} was awarded ${g.points}, more than its ${c.points}; counted as ${c.points}.`,
      );
      return { id: c.id, points: c.points, reason: g.reason };
    }
    return { id: c.id, points: g.points, reason: g.reason };
  });
  const deductions = rubric.deductions.filter((d) => applied.has(d.id));
  // Without any award the grader ignored the rubric: its stated total is all there is.
  const points = given.size
    ? cappedTotal(
        checkpoints.map((c) => c.points),
        deductions.map((d) => d.points),
      )
    : (stated?.points ?? 0);
  if (!given.size) notes.push('The grader gave no checkpoint awards; its stated total is used.');
  const reasonsEnd = [
    text.search(/<award\b/i),
    text.search(/<deduction\b/i),
    stated ? text.lastIndexOf('<points>') : -1,
  ].filter((i) => i >= 0);
  const reasons = text.slice(0, reasonsEnd.length ? Math.min(...reasonsEnd) : text.length).trim();
  return {
    points,
    reasons: reasons || stated?.reasons || '',
    awards: {
      checkpoints,
      deductions: deductions.map((d) => ({ id: d.id, reason: applied.get(d.id) ?? '' })),
      statedPoints: stated?.points ?? null,
      notes,
      rubric,
    },
  };
}
