/**
 * How many characters open a stream: they go out delta by delta, each as it arrives, and
 * the model's socket is read packet by packet until they have (read-pacer.ts). After them a
 * delta waits for the process tick (at most 40 ms). A draft's text opens with a heading
 * ("## Solution") that the editor never shows, and the proof's first words, a few
 * milliseconds behind it, would otherwise wait for the next tick. 64 characters cover the
 * heading and those words; 256 (until 2026-12-06) sent a class of 20 starting drafts
 * ~1,200 single-delta events in their first second, to every follower and reader, in the
 * very second the server is busiest (bench:load: p95 event delay 31–37 → 17–21 ms).
 */
export const OPENING_CHARS = 64;
