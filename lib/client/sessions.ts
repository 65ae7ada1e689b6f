import type {
  CreatedSession,
  CreateFindingInput,
  CreateReplyInput,
  CreateSessionInput,
  DecisionPatch,
  ExportFormat,
  Finding,
  FindingPatch,
  FindingReply,
  LivePlacement,
  PromptText,
  SavedProof,
  SessionDetail,
  SessionList,
  SessionListQuery,
  SessionUsage,
  UpdateSessionInput,
  VerificationSettings,
  VerificationSettingsPatch,
} from '@/lib/schemas';
import { enc, queryString, type ReadOptions, type Send } from './request';

/** Sessions: Home's list, one session in full, its problem, rounds, findings and usage. */
export const sessionsApi = (send: Send) => ({
  list: (query: Partial<SessionListQuery> = {}, o: ReadOptions = {}) =>
    send<SessionList>(`/api/sessions${queryString(query)}`, o),
  create: (input: CreateSessionInput) => send<CreatedSession>('/api/sessions', { json: input }),
  /** A session exported as JSON (by this or another Proofdesk) → a new, identical session. */
  importJson: (json: string) =>
    send<CreatedSession>('/api/sessions/import', {
      text: { body: json, type: 'application/json' },
    }),
  get: (id: string, o: ReadOptions = {}) => send<SessionDetail>(`/api/sessions/${enc(id)}`, o),
  update: (id: string, patch: UpdateSessionInput) =>
    send<SessionDetail>(`/api/sessions/${enc(id)}`, { method: 'PATCH', json: patch }),
  /** The session and everything in it; refused (409) while one of its runs is going. */
  remove: (id: string) => send<null>(`/api/sessions/${enc(id)}`, { method: 'DELETE' }),
  /** Samples per Verify, automatic meta-verification, and k of the verdict rule. */
  updateVerificationSettings: (id: string, patch: VerificationSettingsPatch) =>
    send<VerificationSettings>(`/api/sessions/${enc(id)}/verification-settings`, {
      method: 'PATCH',
      json: patch,
    }),
  /** A download link (md, tex, json), or for `pdf` the print-ready page. */
  exportUrl: (id: string, format: ExportFormat) =>
    `/api/sessions/${enc(id)}/export${queryString({ format })}`,
  /** The exact messages a run of the session sent, by their hash. */
  promptText: (id: string, hash: string, o: ReadOptions = {}) =>
    send<PromptText>(`/api/sessions/${enc(id)}/prompts/${enc(hash)}`, o),
  usage: (id: string, o: ReadOptions = {}) =>
    send<SessionUsage>(`/api/sessions/${enc(id)}/usage`, o),
  /**
   * Saves a person's edit; the answer's `roundId` is where it landed (a new round when the
   * edited one was verified). `keepalive` lets the request outlive the page (on `pagehide`).
   */
  /** `base`: the fingerprint of the text the edit was typed over (see updateRoundSchema). */
  saveProof: (
    roundId: string,
    proof: string,
    placements?: LivePlacement[],
    keepalive = false,
    base?: string,
  ) =>
    send<SavedProof>(`/api/rounds/${enc(roundId)}`, {
      method: 'PATCH',
      json: { proof, placements, base },
      keepalive,
    }),
  /** The person's own first draft of a session with no round yet, stored as its next round. */
  writeRound: (sessionId: string, proof: string, keepalive = false) =>
    send<SavedProof>(`/api/sessions/${enc(sessionId)}/rounds`, { json: { proof }, keepalive }),
  /** A person's decision on a finding (accept, override with a note, dismiss, undecide). */
  decide: (findingId: string, patch: DecisionPatch) =>
    send<Finding>(`/api/findings/${enc(findingId)}`, { method: 'PATCH', json: patch }),
  /** A person's own finding on lines of a round's proof (issue 15). */
  addFinding: (roundId: string, input: CreateFindingInput) =>
    send<Finding>(`/api/rounds/${enc(roundId)}/findings`, { json: input }),
  /** New wording (and/or a decision) for a person's finding. */
  editFinding: (findingId: string, patch: FindingPatch) =>
    send<Finding>(`/api/findings/${enc(findingId)}`, { method: 'PATCH', json: patch }),
  deleteFinding: (findingId: string) =>
    send<null>(`/api/findings/${enc(findingId)}`, { method: 'DELETE' }),
  reply: (findingId: string, input: CreateReplyInput) =>
    send<FindingReply>(`/api/findings/${enc(findingId)}/replies`, { json: input }),
});
