import { z } from 'zod';
// Imported directly as well as through the index: zod is configured for the browser first.
import './zod-config';

/**
 * The settings page's shapes: each model role as the server configured it (never a key or a
 * full URL), and what a connection test found. Models are configured on the server only.
 */
export const modelRoleSchema = z.enum(['generator', 'verifier', 'meta-verifier', 'grader']);
export type ModelRole = z.infer<typeof modelRoleSchema>;

/** Provider profiles (lib/model/providers): how each server speaks chat completions. */
export const PROVIDER_IDS = [
  'openai',
  'deepseek',
  'gemini',
  'xai',
  'vllm',
  'sglang',
  'llamacpp',
  'ollama',
  'lmstudio',
  'openai-compatible',
] as const;
export const providerIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof providerIdSchema>;

/** A configured request parameter the profile does not send, and why. */
export const droppedParamSchema = z.object({
  param: z.string(),
  value: z.unknown(),
  reason: z.string(),
});
export type DroppedParam = z.infer<typeof droppedParamSchema>;

/** One role's model as the settings page may show it: never the key. */
export const publicRoleConfigSchema = z.object({
  role: modelRoleSchema,
  configured: z.boolean(),
  /** The server variable that sets the role's endpoint; never the endpoint itself. */
  endpointVar: z.string().nullable(),
  model: z.string().nullable(),
  temperature: z.number().nullable(),
  topP: z.number().nullable(),
  maxTokens: z.number().nullable(),
  reasoningEffort: z.string().nullable(),
  hasKey: z.boolean(),
  /** The provider profile and whether `auto` chose it from the base URL. */
  provider: providerIdSchema.nullable(),
  providerSource: z.enum(['auto', 'set']).nullable(),
  /** The configured parameters as the profile sends them (its field names), and what it drops. */
  sent: z.record(z.string(), z.unknown()),
  dropped: z.array(droppedParamSchema),
  error: z.string().nullable(),
});
export type PublicRoleConfig = z.infer<typeof publicRoleConfigSchema>;

/** `GET /api/settings`. */
export const modelSettingsSchema = z.object({ roles: z.array(publicRoleConfigSchema) });
export type ModelSettings = z.infer<typeof modelSettingsSchema>;

/** `POST /api/settings/test`: the request names a role, never a URL. */
export const connectionTestRequestSchema = z.object({ role: modelRoleSchema }).strict();
export type ConnectionTestRequest = z.infer<typeof connectionTestRequestSchema>;

const connectionCommon = {
  latencyMs: z.number(),
  provider: providerIdSchema,
  providerLabel: z.string(),
  /** Parameters sent (profile field names) and dropped, exactly as a run would. */
  sent: z.record(z.string(), z.unknown()),
  dropped: z.array(droppedParamSchema),
};

/** What one minimal request shaped like a run of the role brought back. */
export const connectionReportSchema = z.discriminatedUnion('ok', [
  z.object({
    ...connectionCommon,
    ok: z.literal(true),
    model: z.string(),
    answer: z.string(),
    reasoningArrived: z.boolean(),
    reasoningTokens: z.number().nullable(),
    finishReason: z.string().nullable(),
  }),
  z.object({ ...connectionCommon, ok: z.literal(false), error: z.string() }),
]);
export type ConnectionReport = z.infer<typeof connectionReportSchema>;
