import type { ProviderErrorInfo } from './error-body';

const CONTEXT_OVERFLOW =
  /context[ _-]?(length|window|size)|maximum context|exceed_context_size|too many tokens|prompt is too long|max_model_len/i;
const UNKNOWN_PARAM =
  /unsupported_parameter|unsupported parameter|unknown name|unrecognized|not supported|does not support/i;

/** What to do about a provider's error, in words; '' when its own message says enough. */
export function errorHint(status: number, info: ProviderErrorInfo, maxTokens?: number): string {
  const text = `${info.message} ${info.code ?? ''} ${info.type ?? ''}`;
  if (status === 402) {
    return 'Insufficient balance: top up the account at the provider, then run again (not retried).';
  }
  if (CONTEXT_OVERFLOW.test(text)) {
    const now = maxTokens === undefined ? '' : ` (now ${maxTokens})`;
    return `The prompt plus the output limit do not fit the model's context: set a lower PROOFDESK_MAX_TOKENS${now}.`;
  }
  if (status === 401 || status === 403) return 'Check the API key for this role.';
  if (status === 400 && UNKNOWN_PARAM.test(text)) {
    return 'The server refused a request field: check PROOFDESK_PROVIDER (the settings page shows what is sent).';
  }
  return '';
}
