import type { ProviderProfile } from './types';
import { reasoningInsideCompletion } from './usage-readers';

export const deepseek: ProviderProfile = {
  id: 'deepseek',
  label: 'DeepSeek API',
  hosts: ['api.deepseek.com'],
  // max_completion_tokens is silently ignored by DeepSeek.
  tokenLimitField: 'max_tokens',
  dropped: (model) => ({
    reasoning_effort: 'the DeepSeek API has no reasoning_effort',
    ...(/reasoner/i.test(model)
      ? {
          temperature: `${model} ignores temperature`,
          top_p: `${model} ignores top_p`,
          presence_penalty: `${model} ignores presence_penalty`,
          frequency_penalty: `${model} ignores frequency_penalty`,
        }
      : {}),
  }),
  streamOptions: true,
  reasoningFields: ['reasoning_content'],
  contentTags: { open: '<think>', close: '</think>' },
  // Usage rides on the finish_reason chunk; cache hits are prompt_cache_hit_tokens.
  readUsage: reasoningInsideCompletion,
  notes:
    'Reasoning in reasoning_content; usage on the finish chunk with prompt_cache_hit_tokens; 402 = insufficient balance.',
};
