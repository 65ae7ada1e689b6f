import type { AnchorInput } from '@/lib/findings/anchor';
import type { Anchor } from '@/lib/schemas';

export type AnchorRequest = { id: number; proof: string; inputs: AnchorInput[] };
export type AnchorResponse = { id: number; anchors?: (Anchor | null)[]; error?: string };
