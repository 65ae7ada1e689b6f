import { providerProfile } from './providers';
import type { ProviderId, WireUsage } from './providers/types';
import type { TokenUsage } from './types';

/** Reads a usage object the way the role's provider counts (reasoning in or beside output). */
export function mapUsage(
  usage: WireUsage | null | undefined,
  provider?: ProviderId,
): TokenUsage | null {
  if (!usage || typeof usage !== 'object') return null;
  return providerProfile(provider).readUsage(usage);
}
