/**
 * Whether a new document key should replace the editor's text. The key is computed while
 * rendering, from the state before any keystroke that arrives between that render and the
 * effect that applies it; on a busy machine that gap is tens of milliseconds, and a person
 * (or a test) types into it. Replacing the text then would drop those keys and throw the
 * cursor to the top. So within one round, text typed and not yet saved wins: the save it
 * scheduled carries it, and the stored text catches up.
 */
export function shouldReplaceText(p: {
  previousRoundId: string | null;
  roundId: string | null;
  /**
   * Rounds the new round's text continues: a save of the person's edits to one of them
   * landed in it (the first edit of a verified round makes a new round). Going from one of
   * them to it is staying in the same document.
   */
  continues?: readonly string[];
  /** The person typed since the last save (a save is waiting for its debounce). */
  typedUnsaved: boolean;
  editorText: string;
  newText: string;
}): boolean {
  if (p.editorText === p.newText) return false;
  const sameDocument =
    p.roundId !== null &&
    (p.roundId === p.previousRoundId ||
      (p.previousRoundId !== null && !!p.continues?.includes(p.previousRoundId)));
  return !(sameDocument && p.typedUnsaved);
}
