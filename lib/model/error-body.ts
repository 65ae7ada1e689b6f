/** A provider's own error, read from whatever shape its body has. */
export type ProviderErrorInfo = { message: string; code?: string; type?: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

function fromObject(o: Obj): ProviderErrorInfo | null {
  const inner = o.error;
  // OpenAI, DeepSeek, vLLM ≥0.10.1, llama.cpp: {"error": {"message", "type", "code"}}
  if (isObj(inner)) {
    const message = str(inner.message) ?? str(inner.status) ?? JSON.stringify(inner).slice(0, 500);
    return { message, code: str(inner.code) ?? str(inner.status), type: str(inner.type) };
  }
  // xAI {"code": …, "error": "…"}; Ollama {"error": "…"}
  if (str(inner)) return { message: str(inner) as string, code: str(o.code) };
  // vLLM <0.10.1 and SGLang: flat {"object": "error", "message", "type", "code"}
  if (str(o.message))
    return { message: str(o.message) as string, code: str(o.code), type: str(o.type) };
  if (str(o.detail)) return { message: str(o.detail) as string };
  return null;
}

/**
 * Reads an error body in every shape servers send: the OpenAI object, Gemini's
 * array-wrapped `[{"error": {…}}]`, the flat `{"object": "error", …}`, xAI's
 * `{code, error}`, or plain text. Null when the body is empty.
 */
export function readErrorBody(text: string): ProviderErrorInfo | null {
  const raw = text.trim();
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { message: raw.slice(0, 500) };
  }
  const first = Array.isArray(parsed) ? parsed[0] : parsed;
  return (isObj(first) ? fromObject(first) : null) ?? { message: raw.slice(0, 500) };
}

/** An HTTP error answer (or a 200 JSON error answering a stream request), already read. */
export class ProviderHttpError extends Error {
  constructor(
    readonly status: number,
    readonly info: ProviderErrorInfo,
    readonly headers: Headers,
    /** True when a stream request got a JSON body with status 200. */
    readonly jsonInsteadOfStream = false,
  ) {
    super(info.message);
    this.name = 'ProviderHttpError';
  }
}

/** An `{"error": …}` event inside an otherwise healthy stream (vLLM sends these). */
export class StreamErrorEvent extends Error {
  constructor(readonly body: unknown) {
    super('the stream carried an error event');
    this.name = 'StreamErrorEvent';
  }
}
