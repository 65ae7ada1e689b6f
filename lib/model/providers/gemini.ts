import type { ProviderProfile } from './types';
import { reasoningOnlyInTotal } from './usage-readers';

export const gemini: ProviderProfile = {
  id: 'gemini',
  label: 'Gemini (OpenAI-compatible endpoint)',
  hosts: ['generativelanguage.googleapis.com'],
  tokenLimitField: 'max_tokens',
  // Any field Gemini does not know is a 400, so only documented fields are ever sent.
  dropped: () => ({}),
  // Thought summaries come only when asked for, wrapped in <thought> inside content.
  reasoningRequest: () => ({
    extra_body: { google: { thinking_config: { include_thoughts: true } } },
  }),
  streamOptions: true,
  reasoningFields: [],
  contentTags: { open: '<thought>', close: '</thought>' },
  readUsage: reasoningOnlyInTotal,
  notes:
    'Thought summaries inside content as <thought>…</thought>; thought tokens only in total_tokens; error bodies are arrays.',
};
