import type { ProviderProfile } from './types';
import { reasoningInsideCompletion } from './usage-readers';

export const lmstudio: ProviderProfile = {
  id: 'lmstudio',
  label: 'LM Studio',
  hosts: [],
  tokenLimitField: 'max_tokens',
  dropped: () => ({}),
  streamOptions: true,
  // Opt-in in LM Studio's developer settings; otherwise <think> stays inside content.
  reasoningFields: ['reasoning_content', 'reasoning'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningInsideCompletion,
  notes:
    'reasoning_content only when "separate reasoning_content" is switched on; otherwise <think> in content.',
};
