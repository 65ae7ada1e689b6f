/** Longest chunk, in characters: small enough that tags like `</think>` split across chunks. */
const MAX_CHUNK_CHARS = 6;

/**
 * Splits text into stream chunks the way a tokenizer roughly would: one word with its
 * trailing whitespace, long words cut into pieces of at most 6 characters. Deterministic,
 * so a test can predict chunk counts; joining the chunks gives back the text exactly.
 */
export function chunkText(text: string, maxChars = MAX_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  const size = Math.max(1, Math.floor(maxChars));
  for (const token of text.match(/\S+\s*|\s+/g) ?? []) {
    // Larger chunks (`chunkChars`, for benchmarks) carry several words each.
    const last = chunks.length - 1;
    if (size > MAX_CHUNK_CHARS && last >= 0 && chunks[last].length + token.length <= size) {
      chunks[last] += token;
      continue;
    }
    const chars = Array.from(token);
    for (let i = 0; i < chars.length; i += size) {
      chunks.push(chars.slice(i, i + size).join(''));
    }
  }
  return chunks;
}
