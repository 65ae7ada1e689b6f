import 'server-only';
import { Agent, Response as UndiciResponse, fetch as undiciFetch } from 'undici';
import { ProviderHttpError, readErrorBody } from './error-body';

/**
 * One connection pool for every model request. Its own header and body timeouts are off:
 * undici's defaults kill a response after 300 s of silence, and reasoning models are often
 * silent longer than that. Our idle timeout and deadline (see watchdog.ts) replace them.
 */
export const modelAgent = new Agent({ headersTimeout: 0, bodyTimeout: 0 });

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

function asksForStream(init?: RequestInit): boolean {
  if (typeof init?.body !== 'string') return false;
  try {
    return (JSON.parse(init.body) as { stream?: unknown }).stream === true;
  } catch {
    return false;
  }
}

/**
 * A fetch for the OpenAI SDK that calls `onActivity` whenever bytes arrive (headers or any
 * body chunk, SSE comments included), so the idle timeout measures real silence on the wire.
 * It reads error bodies itself, because the SDK reduces any shape but `{"error": {…}}` to
 * "no body" and ends a stream request silently when the answer is a 200 JSON body: both
 * become a ProviderHttpError with the provider's own message.
 */
export function createModelFetch(onActivity: () => void): FetchLike {
  return async (input, init) => {
    const response = await undiciFetch(input as string, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: modelAgent,
    });
    onActivity();
    const type = response.headers.get('content-type') ?? '';
    const jsonForStream = response.ok && asksForStream(init) && type.includes('application/json');
    if (!response.ok || jsonForStream) {
      const text = await response.text().catch(() => '');
      const info = readErrorBody(text) ?? {
        message: response.ok ? 'an empty JSON body instead of a stream' : 'no error message',
      };
      if (jsonForStream && !/error/i.test(text)) {
        info.message = `answered a stream request with a JSON body instead of a stream (${text.slice(0, 200)})`;
      }
      throw new ProviderHttpError(
        response.status,
        info,
        response.headers as unknown as Headers,
        jsonForStream,
      );
    }
    if (!response.body) return response as unknown as Response;
    const tap = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onActivity();
        controller.enqueue(chunk);
      },
    });
    // undici's stream types differ nominally from the DOM lib's; the objects are the same.
    const source = response.body as unknown as ReadableStream<Uint8Array>;
    const body = source.pipeThrough(tap) as unknown as ConstructorParameters<
      typeof UndiciResponse
    >[0];
    return new UndiciResponse(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    }) as unknown as Response;
  };
}
