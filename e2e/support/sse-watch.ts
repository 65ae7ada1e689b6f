import type { Page } from '@playwright/test';

export type SseChunk = { at: number; bytes: number };

/**
 * Watches, through the DevTools protocol, the bytes the page's own run-event streams
 * (`/api/runs/:id/events`) receive: heartbeats are SSE comments, which EventSource never
 * hands to the page's script, so the network layer is where they can be seen arriving.
 */
export async function watchRunStreams(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Set<string>();
  const chunks: SseChunk[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/\/api\/runs\/[^/]+\/events/.test(e.request.url)) requests.add(e.requestId);
  });
  cdp.on('Network.dataReceived', (e) => {
    if (requests.has(e.requestId)) chunks.push({ at: Date.now(), bytes: e.dataLength });
  });
  return {
    /** How many event-stream connections the page opened (1 = it never had to reconnect). */
    connections: () => requests.size,
    /** Bytes received so far on every run stream: grows while a run streams. */
    bytes: () => chunks.reduce((sum, c) => sum + c.bytes, 0),
    /** Chunks received between two moments. */
    between: (from: number, to: number) => chunks.filter((c) => c.at >= from && c.at <= to),
  };
}
