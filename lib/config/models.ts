import 'server-only';
import { z } from 'zod';
import { detectProvider, PROVIDER_IDS, type ProviderId } from '@/lib/model/providers';
import type { DroppedParam } from '@/lib/model/request-body';
import { buildChatRequest } from '@/lib/model/request-body';
import type { ModelRole, RoleConfig } from '@/lib/model/types';
import type { PublicRoleConfig } from '@/lib/schemas/settings';

const ROLE_PREFIX: Record<ModelRole, string> = {
  generator: 'PROOFDESK_GENERATOR',
  verifier: 'PROOFDESK_VERIFIER',
  'meta-verifier': 'PROOFDESK_META_VERIFIER',
  grader: 'PROOFDESK_GRADER',
};

export const MODEL_ROLES = Object.keys(ROLE_PREFIX) as ModelRole[];

const optionalNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number().min(min).max(max).optional(),
  );

const roleEnvSchema = z.object({
  baseURL: z.url({ protocol: /^https?$/ }),
  apiKey: z.string(),
  model: z.string().min(1),
  temperature: optionalNumber(0, 2),
  topP: optionalNumber(0, 1),
  maxTokens: z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : Number(v)),
    z.number().int().positive().optional(),
  ),
  reasoningEffort: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']).optional(),
  ),
  provider: z.preprocess(
    (v) => (v === undefined || v === '' ? 'auto' : String(v).toLowerCase()),
    z.enum(['auto', ...PROVIDER_IDS]),
  ),
});

export class ModelConfigError extends Error {}

/**
 * A role's endpoint from the server's environment (and `.env.local`, which Next loads):
 * per-role `PROOFDESK_<ROLE>_*` overrides the shared `OPENAI_BASE_URL`, `OPENAI_API_KEY`,
 * `PROOFDESK_MODEL`. Nothing here can come from a request.
 */
export function roleConfig(role: ModelRole, env: NodeJS.ProcessEnv = process.env): RoleConfig {
  const p = ROLE_PREFIX[role];
  const pick = (suffix: string, shared?: string) =>
    env[`${p}_${suffix}`] ?? (shared ? env[shared] : undefined);
  const endpointVar = env[`${p}_BASE_URL`] !== undefined ? `${p}_BASE_URL` : 'OPENAI_BASE_URL';
  const parsed = roleEnvSchema.safeParse({
    baseURL: pick('BASE_URL', 'OPENAI_BASE_URL'),
    apiKey: pick('API_KEY', 'OPENAI_API_KEY') ?? 'not-needed',
    model: pick('MODEL', 'PROOFDESK_MODEL'),
    temperature: pick('TEMPERATURE', 'PROOFDESK_TEMPERATURE'),
    topP: pick('TOP_P', 'PROOFDESK_TOP_P'),
    maxTokens: pick('MAX_TOKENS', 'PROOFDESK_MAX_TOKENS'),
    reasoningEffort: pick('REASONING_EFFORT', 'PROOFDESK_REASONING_EFFORT'),
    provider: pick('PROVIDER', 'PROOFDESK_PROVIDER'),
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new ModelConfigError(
      `The ${role} model is not configured (${fields}): set OPENAI_BASE_URL and PROOFDESK_MODEL, or ${p}_BASE_URL and ${p}_MODEL, in the server's environment or .env.local.`,
    );
  }
  const { provider, ...rest } = parsed.data;
  // `auto`: the base URL's host names the public APIs; anything else is openai-compatible.
  const resolved: ProviderId = provider === 'auto' ? detectProvider(rest.baseURL) : provider;
  return {
    role,
    ...rest,
    provider: resolved,
    providerSource: provider === 'auto' ? 'auto' : 'set',
    endpointVar,
  };
}

/** What the settings page may show (its shape: lib/schemas/settings): never the key. */
export type { PublicRoleConfig };

export function publicRoleConfig(role: ModelRole): PublicRoleConfig {
  try {
    const c = roleConfig(role);
    return {
      role,
      configured: true,
      endpointVar: c.endpointVar ?? null,
      model: c.model,
      temperature: c.temperature ?? null,
      topP: c.topP ?? null,
      maxTokens: c.maxTokens ?? null,
      reasoningEffort: c.reasoningEffort ?? null,
      hasKey: c.apiKey !== 'not-needed' && c.apiKey.length > 0,
      provider: c.provider ?? null,
      providerSource: c.providerSource ?? null,
      ...sentAndDropped(c),
      error: null,
    };
  } catch (err) {
    return {
      role,
      configured: false,
      endpointVar: null,
      model: null,
      temperature: null,
      topP: null,
      maxTokens: null,
      reasoningEffort: null,
      hasKey: false,
      provider: null,
      providerSource: null,
      sent: {},
      dropped: [],
      error: (err as Error).message,
    };
  }
}

/** The request fields beyond model/messages that a run of this role sends, and the dropped ones. */
function sentAndDropped(c: RoleConfig): { sent: Record<string, unknown>; dropped: DroppedParam[] } {
  const { body, dropped } = buildChatRequest(c, [], true);
  const { model: _m, messages: _msgs, ...sent } = body;
  return { sent, dropped };
}
