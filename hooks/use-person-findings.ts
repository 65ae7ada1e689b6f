'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type {
  CreateFindingInput,
  CreateReplyInput,
  Finding,
  FindingPatch,
  SessionDetail,
} from '@/lib/schemas';
import { queryKeys } from './query-keys';
import { useSessionCache } from './use-session';

const inRounds = (s: SessionDetail, fn: (r: SessionDetail['rounds'][number]) => Finding[]) => ({
  ...s,
  rounds: s.rounds.map((r) => ({ ...r, findings: fn(r) })),
});

/**
 * A person's own findings and the threads under any finding (issue 15): each write puts the
 * server's answer into the cached session at once, then reads the session again.
 */
export function usePersonFindings(sessionId: string) {
  const qc = useQueryClient();
  const cache = useSessionCache(sessionId);
  const settled = () => {
    void qc.invalidateQueries({ queryKey: queryKeys.reviewQueues });
    return cache.refresh();
  };
  const add = useMutation({
    mutationFn: (v: { roundId: string; input: CreateFindingInput }) =>
      api.sessions.addFinding(v.roundId, v.input),
    onSuccess: (f) =>
      cache.patch((s) =>
        inRounds(s, (r) =>
          r.id === f.roundId ? [...r.findings.filter((x) => x.id !== f.id), f] : r.findings,
        ),
      ),
    onSettled: settled,
  });
  const edit = useMutation({
    mutationFn: (v: { id: string; patch: FindingPatch }) => api.sessions.editFinding(v.id, v.patch),
    onSuccess: (f) =>
      cache.patch((s) =>
        inRounds(s, (r) =>
          r.findings.map((x) => (x.id === f.id ? { ...f, support: x.support } : x)),
        ),
      ),
    onSettled: settled,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.sessions.deleteFinding(id).then(() => id),
    onSuccess: (id) =>
      cache.patch((s) => inRounds(s, (r) => r.findings.filter((x) => x.id !== id))),
    onSettled: settled,
  });
  const reply = useMutation({
    mutationFn: (v: { id: string; input: CreateReplyInput }) =>
      api.sessions.reply(v.id, v.input).then((r) => ({ id: v.id, reply: r })),
    onSuccess: ({ id, reply: r }) =>
      cache.patch((s) =>
        inRounds(s, (round) =>
          round.findings.map((x) =>
            x.id === id
              ? {
                  ...x,
                  replies: [...x.replies, r],
                  decision: r.decision ?? x.decision,
                  note: r.decision === 'overridden' ? r.text : x.note,
                }
              : x,
          ),
        ),
      ),
    onSettled: settled,
  });
  return { add, edit, remove, reply };
}
