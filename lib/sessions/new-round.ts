/**
 * The editor's document in a session with no round yet. The person writes or pastes a first
 * draft into it; its first save makes a round of it (`POST /api/sessions/:id/rounds`), as the
 * first save of an edit to a verified round makes a new round, and the edits go on in that
 * round. Never a stored round's id: those are 22 characters of base64url (lib/db/ids.ts).
 */
export const NEW_ROUND = 'new-round';
