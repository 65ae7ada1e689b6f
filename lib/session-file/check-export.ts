import { byteLength, MAX_PROBLEM_BYTES, MAX_PROOF_BYTES, type SessionExport } from '@/lib/schemas';

const kB = (n: number) => `${Math.round(n / 1000)} kB`;

/** Every `[id, where]` whose id was already seen, as "… appears twice (A and B)". */
function repeats(kind: string, items: [string, string][]): string[] {
  const first = new Map<string, string>();
  const out: string[] = [];
  for (const [id, where] of items) {
    const seen = first.get(id);
    if (seen) out.push(`${where}: its ${kind} id "${id}" is already used by ${seen}`);
    else first.set(id, where);
  }
  return out;
}

/**
 * What a session file must satisfy beyond its schema before anything is stored, each problem
 * naming its record: the sizes a form would refuse, one round per index, ids used once (a
 * repeated id would store two rows under one new id), one grade of each kind. Empty = valid.
 */
export function checkSessionExport(data: SessionExport): string[] {
  const out: string[] = [];
  if (byteLength(data.session.problem) > MAX_PROBLEM_BYTES)
    out.push(`The problem is larger than ${kB(MAX_PROBLEM_BYTES)}`);
  const indexes = new Set<number>();
  for (const r of data.rounds) {
    if (byteLength(r.proof) > MAX_PROOF_BYTES)
      out.push(`Round ${r.index}'s proof is larger than ${kB(MAX_PROOF_BYTES)}`);
    if (indexes.has(r.index)) out.push(`Round ${r.index} appears twice`);
    indexes.add(r.index);
  }
  out.push(
    ...repeats(
      'round',
      data.rounds.map((r, i) => [r.id, `rounds[${i}] (round ${r.index})`]),
    ),
  );
  out.push(
    ...repeats(
      'run',
      data.runs.map((r, i) => [r.id, `runs[${i}] (${r.kind})`]),
    ),
  );
  out.push(
    ...repeats(
      'finding',
      data.rounds.flatMap((r) =>
        r.findings.map((f, i): [string, string] => [f.id, `round ${r.index}'s finding ${i + 1}`]),
      ),
    ),
  );
  for (const kind of ['auto', 'human'] as const) {
    if (data.grades.filter((g) => g.kind === kind).length > 1)
      out.push(`There is more than one ${kind} grade`);
  }
  return out;
}
