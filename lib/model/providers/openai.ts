import type { ProviderProfile } from './types';
import { reasoningInsideCompletion } from './usage-readers';

/** GPT-5.x and the o-series reason; they answer 400 to temperature/top_p other than 1. */
const REASONING_MODEL = /^(gpt-5|o\d)/i;

export const openai: ProviderProfile = {
  id: 'openai',
  label: 'OpenAI',
  hosts: ['api.openai.com'],
  // GPT-5.x and o-series answer 400 unsupported_parameter to max_tokens.
  tokenLimitField: 'max_completion_tokens',
  dropped: (model) =>
    REASONING_MODEL.test(model)
      ? {
          temperature: `${model} is a reasoning model: it accepts only the default temperature`,
          top_p: `${model} is a reasoning model: it accepts only the default top_p`,
          presence_penalty: `${model} is a reasoning model`,
          frequency_penalty: `${model} is a reasoning model`,
        }
      : { reasoning_effort: `${model} is not a reasoning model` },
  streamOptions: true,
  // No reasoning text is streamed on chat completions; only reasoning_tokens in usage.
  reasoningFields: [],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningInsideCompletion,
  notes:
    'No reasoning text over chat completions; reasoning_tokens are counted inside completion_tokens.',
};
