/**
 * A short, fast fingerprint of a text (its length and FNV-1a over its UTF-16 code units).
 * The editor keys its documents by it, and a hand edit's save names the text it was typed
 * over by it (`base`), so the server can tell when another tab changed the round meanwhile.
 * Shared by the browser and the server: both must compute the same value.
 */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}.${(h >>> 0).toString(36)}`;
}
