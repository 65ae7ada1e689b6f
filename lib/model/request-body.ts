import type { DroppedParam } from '@/lib/schemas/settings';
import { providerProfile } from './providers';
import type { SamplingParam } from './providers/types';
import type { ChatMessage, RoleConfig } from './types';

export type { DroppedParam };

/** The request a role's profile makes of its configuration: what goes out, what does not. */
export type ChatRequest = {
  body: Record<string, unknown>;
  /** Configured parameters as they are sent (under the profile's field names). */
  sent: Record<string, unknown>;
  dropped: DroppedParam[];
};

/** The user's settings under their OpenAI names, before the profile has its say. */
function configuredParams(config: RoleConfig): [SamplingParam | 'max_tokens', unknown][] {
  const out: [SamplingParam | 'max_tokens', unknown][] = [];
  if (config.temperature !== undefined) out.push(['temperature', config.temperature]);
  if (config.topP !== undefined) out.push(['top_p', config.topP]);
  if (config.reasoningEffort !== undefined) out.push(['reasoning_effort', config.reasoningEffort]);
  if (config.maxTokens !== undefined) out.push(['max_tokens', config.maxTokens]);
  return out;
}

/**
 * Maps a role's configuration to a chat-completions body through its provider profile:
 * the token limit goes under the field the provider honours, parameters the model refuses
 * or ignores are dropped (and reported), and the profile's reasoning request is added.
 */
export function buildChatRequest(
  config: RoleConfig,
  messages: ChatMessage[],
  stream = true,
): ChatRequest {
  const profile = providerProfile(config.provider);
  const refusals = profile.dropped(config.model);
  const sent: Record<string, unknown> = {};
  const dropped: DroppedParam[] = [];
  for (const [param, value] of configuredParams(config)) {
    const reason = param === 'max_tokens' ? undefined : refusals[param];
    if (reason) dropped.push({ param, value, reason });
    else sent[param === 'max_tokens' ? profile.tokenLimitField : param] = value;
  }
  const body: Record<string, unknown> = {
    model: config.model,
    messages,
    stream,
    ...(stream && profile.streamOptions ? { stream_options: { include_usage: true } } : {}),
    ...sent,
    ...(profile.reasoningRequest?.(config.model) ?? {}),
  };
  return { body, sent, dropped };
}
