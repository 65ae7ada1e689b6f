/** How each provider writes an error body (recorded from their docs; our own fixtures). */
export type ErrorShape = 'openai' | 'array' | 'flat' | 'code-error';

export function errorBody(
  shape: ErrorShape,
  status: number,
  message: string,
  code: string,
): string {
  switch (shape) {
    case 'array': // Gemini
      return JSON.stringify([{ error: { code: status, message, status: code } }]);
    case 'flat': // SGLang, vLLM < 0.10.1
      return JSON.stringify({ object: 'error', message, type: code, param: null, code: status });
    case 'code-error': // xAI
      return JSON.stringify({ code, error: message });
    default:
      return JSON.stringify({
        error: { message, type: 'invalid_request_error', param: null, code },
      });
  }
}
