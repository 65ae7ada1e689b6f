import type { Decision, Finding } from '@/lib/schemas';

/**
 * What a person can do to findings beyond deciding (issue 15): answer in a finding's thread,
 * and reword or delete their own findings until the next Refine.
 */
export type PersonControls = {
  /** False once the open round was refined: its person's findings are then fixed. */
  editable: boolean;
  reply: (id: string, text: string, decision?: Decision) => Promise<boolean>;
  replyBusy: boolean;
  replyError: string | null;
  edit: (f: Finding) => void;
  remove: (f: Finding) => void;
};
