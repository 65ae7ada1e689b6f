import { describe, expect, it } from 'vitest';
import { readErrorBody } from './error-body';
import { errorHint } from './error-hints';

describe('readErrorBody: every shape providers send', () => {
  it.each([
    [
      'OpenAI object',
      '{"error":{"message":"Unsupported parameter: \'max_tokens\'","type":"invalid_request_error","param":"max_tokens","code":"unsupported_parameter"}}',
      { message: "Unsupported parameter: 'max_tokens'", code: 'unsupported_parameter' },
    ],
    [
      'Gemini array-wrapped',
      '[{"error":{"code":400,"message":"Invalid JSON payload received. Unknown name \\"top_k\\": Cannot find field.","status":"INVALID_ARGUMENT"}}]',
      {
        message: 'Invalid JSON payload received. Unknown name "top_k": Cannot find field.',
        code: '400',
      },
    ],
    [
      'vLLM <0.10.1 / SGLang flat',
      '{"object":"error","message":"This model\'s maximum context length is 4096 tokens.","type":"BadRequestError","param":null,"code":400}',
      { message: "This model's maximum context length is 4096 tokens.", type: 'BadRequestError' },
    ],
    [
      'xAI {code, error}',
      '{"code":"Client specified an invalid argument","error":"Model grok-4 does not support parameter reasoningEffort."}',
      {
        message: 'Model grok-4 does not support parameter reasoningEffort.',
        code: 'Client specified an invalid argument',
      },
    ],
    [
      'llama.cpp context overflow',
      '{"error":{"code":400,"message":"the request exceeds the available context size","type":"exceed_context_size_error","n_prompt_tokens":9000,"n_ctx":8192}}',
      {
        message: 'the request exceeds the available context size',
        type: 'exceed_context_size_error',
      },
    ],
    ['plain text', 'Bad Gateway\n', { message: 'Bad Gateway' }],
  ])('%s', (_name, body, expected) => {
    expect(readErrorBody(body)).toMatchObject(expected);
  });

  it('an empty body is no message', () => {
    expect(readErrorBody('  ')).toBeNull();
  });
});

describe('errorHint', () => {
  it('402 says insufficient balance', () => {
    expect(errorHint(402, { message: 'Insufficient Balance' })).toMatch(/top up/);
  });
  it('a context overflow suggests a lower PROOFDESK_MAX_TOKENS, naming the current one', () => {
    const hint = errorHint(400, { message: '', type: 'exceed_context_size_error' }, 32000);
    expect(hint).toMatch(/lower PROOFDESK_MAX_TOKENS \(now 32000\)/);
  });
  it('an unknown field points at PROOFDESK_PROVIDER', () => {
    expect(errorHint(400, { message: 'Invalid JSON payload received. Unknown name "x"' })).toMatch(
      /PROOFDESK_PROVIDER/,
    );
  });
});
