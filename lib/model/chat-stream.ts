import 'server-only';
import { finished } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { Dispatcher } from 'undici';
import { ProviderHttpError, readErrorBody, StreamErrorEvent } from './error-body';
import { paceReads } from './read-pacer';
import { giveBack, type StreamConnection, takeConnection } from './stream-connections';

/** A body that holds one byte before undici stops parsing, so a paused stream stops early. */
const ONE_BYTE = 1;

/** `<baseURL>/chat/completions`, joined as the OpenAI SDK joins it. */
function completionsUrl(baseURL: string): string {
  return baseURL.endsWith('/') ? `${baseURL}chat/completions` : `${baseURL}/chat/completions`;
}

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** One SSE message's chunk object, or null for `[DONE]`; throws for error events. */
function chunkOf(message: EventSourceMessage): unknown {
  if (message.data.startsWith('[DONE]')) return null;
  const data = JSON.parse(message.data) as { error?: unknown; message?: unknown } | null;
  if (message.event === 'error') throw new StreamErrorEvent(data?.error ?? data?.message ?? data);
  if (data && typeof data === 'object' && data.error) throw new StreamErrorEvent(data.error);
  return data;
}

/**
 * One streamed chat-completions request, read with a single SSE decoder straight off the
 * socket: each body chunk (a Node stream, no web-stream layers) goes through one
 * eventsource-parser, and every chunk object reaches `onChunk` synchronously, in the same
 * turn it arrived. Resolves when the server ends the stream or sends `[DONE]`. An error
 * answer (or a JSON body where a stream was asked for) becomes a ProviderHttpError with the
 * provider's own message; an error event mid-stream a StreamErrorEvent; unparsable JSON a
 * SyntaxError; an abort or a broken connection rejects with undici's error.
 */
export async function streamChatChunks(args: {
  baseURL: string;
  apiKey: string;
  body: Record<string, unknown>;
  signal: AbortSignal;
  /** Bytes arrived (headers or any body chunk, SSE comments included): the idle watch. */
  onActivity: () => void;
  /** Read as packets arrive this long at most, then on the tick (read-pacer.ts)… */
  eagerReadMs?: number;
  /** …or until this says the stream's opening characters are in. */
  openingRead?: () => boolean;
  onChunk: (chunk: unknown) => void;
}): Promise<void> {
  const url = new URL(completionsUrl(args.baseURL));
  const connection = takeConnection(url.origin);
  let res: Dispatcher.ResponseData;
  try {
    res = await requestOn(connection, url, args);
  } catch (err) {
    giveBack(connection);
    throw err;
  }
  // The connection serves the next request once this body is over, read or destroyed.
  finished(res.body, () => giveBack(connection));
  await readStream(res, connection, args);
}

type StreamArgs = Parameters<typeof streamChatChunks>[0];

function requestOn(
  connection: StreamConnection,
  url: URL,
  args: StreamArgs,
): Promise<Dispatcher.ResponseData> {
  return connection.client.request({
    path: `${url.pathname}${url.search}`,
    method: 'POST',
    highWaterMark: ONE_BYTE,
    signal: args.signal,
    headers: {
      // Local servers (vLLM, Ollama, llama.cpp) often need no key; send a placeholder anyway.
      authorization: `Bearer ${args.apiKey || 'EMPTY'}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify(args.body),
  });
}

async function readStream(
  res: Dispatcher.ResponseData,
  connection: StreamConnection,
  args: StreamArgs,
): Promise<void> {
  args.onActivity();
  const type = String(res.headers['content-type'] ?? '');
  const ok = res.statusCode >= 200 && res.statusCode < 300;
  const jsonForStream = ok && type.includes('application/json');
  if (!ok || jsonForStream) {
    const text = await res.body.text().catch(() => '');
    const info = readErrorBody(text) ?? {
      message: ok ? 'an empty JSON body instead of a stream' : 'no error message',
    };
    if (jsonForStream && !/error/i.test(text)) {
      info.message = `answered a stream request with a JSON body instead of a stream (${text.slice(0, 200)})`;
    }
    throw new ProviderHttpError(res.statusCode, info, headersOf(res.headers), jsonForStream);
  }
  const body = res.body;
  const unpace = paceReads(body, connection.socket, {
    eagerMs: args.eagerReadMs,
    openingRead: args.openingRead,
  });
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (err?: unknown) => {
      if (settled) return;
      settled = true;
      unpace();
      if (err === undefined) resolve();
      else {
        body.destroy();
        reject(err);
      }
    };
    const parser = createParser({
      onEvent(message) {
        if (settled) return;
        const chunk = chunkOf(message);
        if (chunk === null) settle();
        else args.onChunk(chunk);
      },
    });
    // A character split across two packets is held until its last byte arrives.
    const utf8 = new StringDecoder('utf8');
    body.on('data', (bytes: Buffer) => {
      args.onActivity();
      if (settled) return;
      try {
        parser.feed(utf8.write(bytes));
      } catch (err) {
        settle(err);
      }
    });
    body.on('end', () => settle());
    body.on('error', (err) => settle(err));
    body.on('close', () => settle(settled ? undefined : new Error('other side closed')));
  });
}
