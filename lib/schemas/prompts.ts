import { z } from 'zod';
import { modelRoleSchema } from './settings';

/**
 * Prompt sets (issue 22): which set, template and exact messages each run sent, and the
 * sets the server uses per role. Only a set's name ever reaches a browser, never its path.
 */
export const chatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});

/** One prompt a run sent, as the run view shows it ("prompt: proofdesk@3f2a91c0…"). */
export const runPromptSchema = z.object({
  purpose: z.string(),
  set: z.string(),
  templateHash: z.string(),
  /** The parser the set names for the answers (`imo25`, `deepseek-prose`, …). */
  parser: z.string(),
  /** The messages of the first request made this way (the rest differ only in their inputs). */
  messagesHash: z.string(),
  /** How many distinct prompts the run sent from this template (a search sends many). */
  distinct: z.number().int().min(1),
});
export type RunPrompt = z.infer<typeof runPromptSchema>;

/** `GET /api/sessions/:id/prompts/:hash`: the exact messages sent. */
export const promptTextSchema = z.object({
  hash: z.string(),
  messages: z.array(chatMessageSchema),
});
export type PromptText = z.infer<typeof promptTextSchema>;

export const promptTemplateViewSchema = z.object({
  purpose: z.string(),
  hash: z.string(),
  text: z.string(),
});

/** One role's prompt set as the settings page shows it (templates read-only). */
export const rolePromptSetSchema = z.object({
  role: modelRoleSchema,
  /** The variable that chose it (`PROOFDESK_VERIFIER_PROMPTS`, …), or null for the built-in set. */
  variable: z.string().nullable(),
  set: z
    .object({
      name: z.string(),
      description: z.string(),
      parser: z.string(),
      hash: z.string(),
      templates: z.array(promptTemplateViewSchema),
    })
    .nullable(),
  error: z.string().nullable(),
});
export type RolePromptSet = z.infer<typeof rolePromptSetSchema>;

/** `GET /api/settings/prompts`. */
export const promptSettingsSchema = z.object({ roles: z.array(rolePromptSetSchema) });
export type PromptSettings = z.infer<typeof promptSettingsSchema>;

/** Short form of a hash for people: enough to tell versions apart. */
export const shortHash = (hash: string) => `${hash.slice(0, 8)}…`;

/** "proofdesk@3f2a91c0…". */
export const promptLabel = (p: { set: string; templateHash: string }) =>
  `${p.set}@${shortHash(p.templateHash)}`;
