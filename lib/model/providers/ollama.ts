import type { ProviderProfile } from './types';
import { reasoningInsideCompletion } from './usage-readers';

export const ollama: ProviderProfile = {
  id: 'ollama',
  label: 'Ollama (/v1)',
  hosts: [],
  // Ollama honours only max_tokens.
  tokenLimitField: 'max_tokens',
  dropped: () => ({}),
  streamOptions: true,
  reasoningFields: ['reasoning', 'reasoning_content'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningInsideCompletion,
  notes: 'Reasoning in reasoning; only max_tokens is honoured.',
};
