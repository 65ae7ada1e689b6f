import type { ProviderProfile } from './types';
import { reasoningTopLevel } from './usage-readers';

export const sglang: ProviderProfile = {
  id: 'sglang',
  label: 'SGLang',
  hosts: [],
  tokenLimitField: 'max_tokens',
  dropped: () => ({}),
  streamOptions: true,
  reasoningFields: ['reasoning_content'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningTopLevel,
  notes:
    'Reasoning in reasoning_content; usage has a top-level reasoning_tokens; flat error bodies.',
};
