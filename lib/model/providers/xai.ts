import type { ProviderProfile } from './types';
import { reasoningBesideCompletion } from './usage-readers';

/** Grok 4.x and grok-3-mini reason, and refuse penalties and stop. */
const REASONING_MODEL = /^grok-(4|3-mini)/i;
/** Only grok-3-mini takes reasoning_effort; Grok 4 answers 400 to it. */
const TAKES_EFFORT = /^grok-3-mini/i;

export const xai: ProviderProfile = {
  id: 'xai',
  label: 'xAI Grok',
  hosts: ['api.x.ai'],
  tokenLimitField: 'max_completion_tokens',
  dropped: (model) => ({
    ...(REASONING_MODEL.test(model) && !/non-reasoning/i.test(model)
      ? {
          presence_penalty: `${model} is a reasoning model and refuses presence_penalty`,
          frequency_penalty: `${model} is a reasoning model and refuses frequency_penalty`,
          stop: `${model} is a reasoning model and refuses stop`,
        }
      : {}),
    ...(TAKES_EFFORT.test(model)
      ? {}
      : { reasoning_effort: `${model} refuses reasoning_effort (only grok-3-mini takes it)` }),
  }),
  streamOptions: true,
  // Only some models (grok-3-mini) stream it.
  reasoningFields: ['reasoning_content'],
  contentTags: { open: '<think>', close: '</think>' },
  readUsage: reasoningBesideCompletion,
  notes:
    'completion_tokens excludes reasoning_tokens; errors are {code, error}; a stream request may get a 200 JSON error.',
};
