import type { ProviderProfile } from './types';
import { reasoningTopLevel } from './usage-readers';

/** Any other OpenAI-style server: send what was configured, accept every known dialect. */
export const openaiCompatible: ProviderProfile = {
  id: 'openai-compatible',
  label: 'OpenAI-compatible server',
  hosts: [],
  tokenLimitField: 'max_tokens',
  dropped: () => ({}),
  streamOptions: true,
  reasoningFields: ['reasoning_content', 'reasoning'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningTopLevel,
  notes: 'Reasoning in reasoning_content or reasoning, or <think> in content.',
};
