import type { CheckerStats } from '../schemas/checker';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "checked 214 relations: 176 hold, 1 false, 37 skipped", as the UI and the CLI say it. */
export function summaryLine(s: CheckerStats): string {
  return `checked ${count(s.relations, 'relation', 'relations')}: ${count(s.holds, 'holds', 'hold')}, ${s.false} false, ${s.skipped} skipped`;
}
