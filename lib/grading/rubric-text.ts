import { type Rubric, type RubricInput, rubricSchema } from '@/lib/schemas';

/**
 * A rubric as text, the form a grader model drafts and a problem set's CSV column may hold:
 *
 *   ## Checkpoints
 *   - [C1] (2 points) Proves the lemma. Alternatively (route B): shows … (same 2 points).
 *   ## Zero credit
 *   - Stating the answer without proof.
 *   ## Deductions
 *   - [D1] (-1 point) An arithmetic slip in the final count.
 *
 * Read leniently: any heading level or a bold/colon heading, any bullet or numbering, the
 * id optional (`[C1]`, `**C1**`, `C1:`), points in brackets before or after the text, and
 * lines without a bullet continuing the previous item. A text that starts with `{` is read
 * as the JSON shape instead.
 */
type Section = 'checkpoints' | 'zeroCredit' | 'deductions';

const HEADING = /^\s*(?:#{1,6}\s*|\*\*)?\s*([A-Za-z][A-Za-z -]*?)\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$/;
const SECTION_NAMES: [RegExp, Section][] = [
  [/^(checkpoints?|points?|scheme|marking scheme|grading scheme|rubric)$/i, 'checkpoints'],
  [
    /^(zero[ -]credit|no credit|earns? nothing|these earn nothing|zero[ -]credit notes)$/i,
    'zeroCredit',
  ],
  [/^(deductions?|penalt(y|ies))$/i, 'deductions'],
];
const BULLET = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;
const ID =
  /^(?:\[([A-Za-z][\w.-]{0,39})\]|\*\*([A-Za-z]{1,4}\d{1,3})\*\*|([A-Za-z]{1,4}\d{1,3})\s*[:.)])\s*/;
const POINTS = /[([]\s*([-−–+]?)\s*(\d{1,2})\s*(?:points?|pts?\.?|p)?\s*[)\]]/i;

function sectionOf(line: string): Section | null {
  const m = HEADING.exec(line);
  if (!m) return null;
  for (const [re, section] of SECTION_NAMES) if (re.test(m[1].trim())) return section;
  return null;
}

type Item = { id: string | null; text: string; points: number | null };

function readItem(line: string): Item {
  let rest = line.replace(BULLET, '').trim();
  const idMatch = ID.exec(rest);
  const id = idMatch ? (idMatch[1] ?? idMatch[2] ?? idMatch[3]) : null;
  if (idMatch) rest = rest.slice(idMatch[0].length);
  const p = POINTS.exec(rest);
  let points: number | null = null;
  if (p) {
    points = Number(p[2]);
    rest = `${rest.slice(0, p.index)} ${rest.slice(p.index + p[0].length)}`;
  }
  return {
    id,
    points,
    text: rest
      .replace(/^\s*[:.—–-]\s*/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

function collect(text: string): Record<Section, Item[]> {
  const out: Record<Section, Item[]> = { checkpoints: [], zeroCredit: [], deductions: [] };
  let section: Section = 'checkpoints';
  let last: Item | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      last = null;
      continue;
    }
    const heading = sectionOf(line);
    if (heading) {
      section = heading;
      last = null;
      continue;
    }
    if (BULLET.test(line) || !last) {
      last = readItem(line);
      out[section].push(last);
    } else {
      last.text = `${last.text} ${line.trim()}`.trim();
    }
  }
  return out;
}

/** Ids for items written without one: C1, C2, … and D1, D2, …, skipping ids in use. */
function withIds(items: Item[], prefix: string, used: Set<string>) {
  let n = 0;
  return items.map((it) => {
    let id = it.id;
    if (!id || used.has(id)) {
      do id = `${prefix}${++n}`;
      while (used.has(id));
    }
    used.add(id);
    return { id, text: it.text, points: it.points ?? 0 };
  });
}

/** The problems zod found, in words a person can act on. */
function describeIssues(err: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return err.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export type ParsedRubric = { rubric: Rubric; error: null } | { rubric: null; error: string };

/** A JSON value (`{checkpoints, zeroCredit, deductions}`) checked as a rubric. */
export function rubricFromValue(value: unknown): ParsedRubric {
  const r = rubricSchema.safeParse(value);
  return r.success
    ? { rubric: r.data, error: null }
    : { rubric: null, error: describeIssues(r.error) };
}

/** Text (the format above, or JSON) → a rubric whose checkpoints add up to at most 7. */
export function parseRubricText(text: string): ParsedRubric {
  const trimmed = text.trim();
  if (!trimmed) return { rubric: null, error: 'the rubric is empty' };
  if (trimmed.startsWith('{')) {
    try {
      return rubricFromValue(JSON.parse(trimmed));
    } catch (err) {
      return { rubric: null, error: `not valid JSON (${(err as Error).message})` };
    }
  }
  const items = collect(trimmed);
  const unpointed = items.checkpoints.filter((c) => c.points === null);
  if (unpointed.length) {
    return {
      rubric: null,
      error: `a checkpoint has no points, e.g. "(2 points)": "${unpointed[0].text.slice(0, 80)}"`,
    };
  }
  const used = new Set<string>();
  const input: RubricInput = {
    checkpoints: withIds(items.checkpoints, 'C', used),
    zeroCredit: items.zeroCredit.map((z) => z.text).filter(Boolean),
    deductions: withIds(items.deductions, 'D', used).map((d) => ({
      ...d,
      points: Math.abs(d.points),
    })),
  };
  return rubricFromValue(input);
}

/** The rubric written out in the text format (for prompts and the editor's copy). */
export function rubricToText(r: Rubric): string {
  const lines = ['## Checkpoints'];
  for (const c of r.checkpoints)
    lines.push(`- [${c.id}] (${c.points} ${c.points === 1 ? 'point' : 'points'}) ${c.text}`);
  if (r.zeroCredit.length) {
    lines.push('', '## Zero credit');
    for (const z of r.zeroCredit) lines.push(`- ${z}`);
  }
  if (r.deductions.length) {
    lines.push('', '## Deductions');
    for (const d of r.deductions)
      lines.push(`- [${d.id}] (-${d.points} ${d.points === 1 ? 'point' : 'points'}) ${d.text}`);
  }
  return lines.join('\n');
}
