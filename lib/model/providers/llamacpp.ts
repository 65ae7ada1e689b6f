import type { ProviderProfile } from './types';
import { reasoningInsideCompletion } from './usage-readers';

export const llamacpp: ProviderProfile = {
  id: 'llamacpp',
  label: 'llama.cpp server',
  hosts: [],
  tokenLimitField: 'max_tokens',
  dropped: () => ({ reasoning_effort: 'llama.cpp server has no reasoning_effort' }),
  streamOptions: true,
  reasoningFields: ['reasoning_content'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningInsideCompletion,
  notes: 'Reasoning in reasoning_content; context overflow is exceed_context_size_error.',
};
