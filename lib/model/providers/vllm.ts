import type { ProviderProfile } from './types';
import { reasoningInsideCompletion } from './usage-readers';

export const vllm: ProviderProfile = {
  id: 'vllm',
  label: 'vLLM',
  hosts: [],
  tokenLimitField: 'max_tokens',
  dropped: () => ({}),
  streamOptions: true,
  // `reasoning` from v0.11, `reasoning_content` before.
  reasoningFields: ['reasoning', 'reasoning_content'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningInsideCompletion,
  notes:
    'Reasoning in reasoning (≥0.11) or reasoning_content; no reasoning token count; mid-stream errors as data: {"error": …}.',
};
