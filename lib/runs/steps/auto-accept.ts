import 'server-only';
import { listRoundFindings, setDecision, verificationsForRounds } from '@/lib/db';
import { assembleVerification } from '@/lib/verification/assemble';

/**
 * Run-through autopilot decides for the person: every undecided finding that
 * meta-verification confirmed is accepted (every undecided finding, when it is off).
 * Decisions the person already made are left alone.
 */
export async function autoAccept(roundId: string, metaOn: boolean): Promise<number> {
  const pending = (await listRoundFindings(roundId)).filter((f) => f.decision === 'pending');
  if (!pending.length) return 0;
  let confirmed = new Set<string>();
  if (metaOn) {
    const [latest] = await verificationsForRounds([roundId]);
    if (latest) {
      const { supportByFinding } = assembleVerification(
        latest.verification,
        latest.samples,
        latest.wordings,
        latest.support,
        1,
      );
      confirmed = new Set(
        [...supportByFinding].filter(([, s]) => s.meta === 'confirmed').map(([id]) => id),
      );
    }
  }
  const chosen = metaOn ? pending.filter((f) => confirmed.has(f.id)) : pending;
  for (const f of chosen) await setDecision(f.id, 'accepted');
  return chosen.length;
}
