import 'server-only';
import { Agent, Response as UndiciResponse, fetch as undiciFetch } from 'undici';

/**
 * One connection pool for every model request. Its own header and body timeouts are off:
 * undici's defaults kill a response after 300 s of silence, and reasoning models are often
 * silent longer than that. Our idle timeout and deadline (see watchdog.ts) replace them.
 */
const agent = new Agent({ headersTimeout: 0, bodyTimeout: 0 });

type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * A fetch for the OpenAI SDK that calls `onActivity` whenever bytes arrive (headers or any
 * body chunk, SSE comments included), so the idle timeout measures real silence on the wire.
 */
export function createModelFetch(onActivity: () => void): FetchLike {
  return async (input, init) => {
    const response = await undiciFetch(input as string, {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    });
    onActivity();
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
