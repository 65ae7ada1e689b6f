/** Input size limits shared by the forms (to warn early) and the API (to refuse with 413). */
export const MAX_PROBLEM_BYTES = 200_000;
export const MAX_PROOF_BYTES = 200_000;
export const MAX_TITLE_CHARS = 300;
/** Any JSON body; bigger bodies are refused before parsing. */
export const MAX_BODY_BYTES = 1_000_000;

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
