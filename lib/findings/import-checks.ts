import 'server-only';
import { serverQuiet } from '@/lib/async/server-activity';
import {
  lastRoundRowid,
  noBulkTransaction,
  readRoundChecks,
  uncheckedImportRounds,
  yieldToEventLoop,
} from '@/lib/db';
import { checkRoundQuietly } from './check-round';

/**
 * The deterministic checker on imported proofs, after the import. A bulk import stores the
 * proofs and their reports' findings only (the checker was over half of a record's time);
 * the checker's findings (source `checker`, the same module and findings as for any round)
 * come from here: in the background, walking the rounds table after every web import, at
 * server start and every half minute (which also finds `proofdesk import`'s rounds), and,
 * for a session opened before its turn, when it is opened (`checkImportedRoundsOf`).
 */

/** Rowids per look-up: each is a short index walk, whatever the table's size. */
const WINDOW = 2_000;
const EVERY_MS = 30_000;
/** After each proof, rest this many times as long as it took (a 25% duty cycle). */
const REST_PER_WORK = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const key = Symbol.for('proofdesk.importChecks');
type State = {
  cursor: number;
  running: Promise<void> | null;
  again: boolean;
  timer?: NodeJS.Timeout;
};
type G = typeof globalThis & { [key]?: State };

function state(): State {
  const g = globalThis as G;
  g[key] ??= { cursor: 0, running: null, again: false };
  return g[key];
}

async function sweep(s: State): Promise<void> {
  do {
    s.again = false;
    for (;;) {
      // Never inside an import's open transaction: its rows may yet roll back, and checking
      // would slow it down. The reads below follow at once, so they see committed rows.
      await noBulkTransaction();
      const end = await lastRoundRowid();
      if (s.cursor >= end) break;
      const upTo = Math.min(end, s.cursor + WINDOW);
      for (const { id } of await uncheckedImportRounds(s.cursor, upTo)) {
        // Only in the server's quiet moments: people's requests first (server-activity.ts).
        await serverQuiet();
        await noBulkTransaction();
        const started = performance.now();
        await checkRoundQuietly(id);
        // A quarter of a core at most: the browser and the model streams share the machine.
        await sleep((performance.now() - started) * REST_PER_WORK);
      }
      s.cursor = upTo;
      await yieldToEventLoop();
    }
  } while (s.again);
}

/**
 * Checks every imported round not checked yet, in the background; one sweep at a time.
 * `after`: the rounds table's last rowid before an import (`lastRoundRowid`), so the sweep
 * also covers its rounds when they reuse the rowids of rounds deleted since the last sweep.
 */
export function scheduleImportChecks(after?: number): Promise<void> {
  const s = state();
  if (after !== undefined) s.cursor = Math.min(s.cursor, after);
  if (s.running) {
    s.again = true;
    return s.running;
  }
  s.running = sweep(s)
    .catch((err) => console.error('[proofdesk] checking imported rounds failed:', err))
    .finally(() => {
      s.running = null;
    });
  return s.running;
}

/** At server start: a first sweep (rounds imported before a restart), then one every 30 s. */
export function startImportChecks(): void {
  const s = state();
  if (s.timer) return;
  s.timer = setInterval(() => void scheduleImportChecks(), EVERY_MS);
  s.timer.unref();
  void scheduleImportChecks();
}

/**
 * Checks the imported rounds of a session that the background has not reached yet, so a
 * person opening it sees the checker's findings (tens of milliseconds per proof). True when
 * it checked any.
 */
export async function checkImportedRoundsOf(
  rounds: { id: string; origin: string }[],
): Promise<boolean> {
  const imported = rounds.filter((r) => r.origin === 'import');
  if (!imported.length) return false;
  const checked = await readRoundChecks(imported.map((r) => r.id));
  const unchecked = imported.filter((r) => !checked.has(r.id));
  for (const r of unchecked) await checkRoundQuietly(r.id);
  return unchecked.length > 0;
}
