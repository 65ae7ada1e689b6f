/**
 * How many characters open a stream: they go out delta by delta, each as it arrives, and
 * the model's socket is read packet by packet until they have (read-pacer.ts). After
 * them a delta waits for the process tick (at most 40 ms). A draft's text opens with a
 * heading ("## Solution") that the editor never shows, and the proof's first word, a few
 * milliseconds behind it, would otherwise wait for the next tick.
 */
export const OPENING_CHARS = 256;
