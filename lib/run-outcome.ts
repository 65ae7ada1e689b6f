import type { RunEnd, RunStatus } from '@/lib/schemas';

/**
 * How a run's state is shown, decided here only (footer, progress line, home list): a tone
 * for its colour and icon, a label, a short form for lists, and the reason in words.
 *
 * Only a real success is green: a single request that finished, a verification every sample
 * answered, an autopilot or search that passed. An autopilot that stopped for any other
 * reason — verification incomplete, the round limit or the token budget reached without
 * passing, a refinement that did not finish — finished its job without failing, yet is not a
 * success: it is a warning, with its reason.
 */
export type OutcomeTone = 'success' | 'warning' | 'danger' | 'active' | 'neutral';

export type RunOutcomeView = {
  tone: OutcomeTone;
  /** What the footer says after the run's kind ("autopilot: Verification incomplete"). */
  label: string;
  /** The same in a few lower-case words, for lists ("verification incomplete"). */
  short: string;
  /** Why, in a sentence, when there is one (the run's outcome or error). */
  reason: string | null;
};

export type RunOutcomeInput = {
  status: RunStatus | null;
  /** Why a multi-step run ended, if it said (see `inferEnd` for runs that did not). */
  end?: RunEnd | null;
  /** The outcome in words (a multi-step run's), or null. */
  outcome?: string | null;
  error?: string | null;
};

type View = Omit<RunOutcomeView, 'reason'>;
const view = (tone: OutcomeTone, label: string, short: string): View => ({ tone, label, short });

const BY_STATUS: Record<RunStatus, View> = {
  queued: view('active', 'Queued', 'queued'),
  running: view('active', 'Streaming…', 'running'),
  succeeded: view('success', 'Done', 'done'),
  failed: view('danger', 'Failed', 'failed'),
  stopped: view('warning', 'Stopped — partial output kept', 'stopped'),
  interrupted: view('danger', 'Interrupted — partial output kept', 'interrupted'),
};

/** A run that finished its job (`succeeded`), by why it ended. */
const BY_END: Record<RunEnd, View> = {
  passed: view('success', 'Passed', 'passed'),
  done: view('success', 'Done', 'done'),
  paused: view('neutral', 'Paused for your decisions', 'paused'),
  'samples-failed': view('warning', 'Done — some samples failed', 'some samples failed'),
  'verification-incomplete': view('warning', 'Verification incomplete', 'verification incomplete'),
  'round-limit': view('warning', 'Round limit reached, not passed', 'round limit, not passed'),
  budget: view('warning', 'Token budget spent, not passed', 'budget spent, not passed'),
  'refine-unfinished': view('warning', 'Refinement did not finish', 'refinement unfinished'),
  exhausted: view('warning', 'No proof passed', 'no proof passed'),
  'model-failed': view('danger', 'Every model request failed', 'every request failed'),
  stopped: BY_STATUS.stopped,
  cancelled: view('neutral', 'Cancelled', 'cancelled'),
};

/**
 * Why a run ended, read from its outcome in words: for runs recorded before `end` existed,
 * so that an old autopilot that stopped on a failed verification does not turn green.
 */
export function inferEnd(outcome: string | null | undefined): RunEnd | null {
  if (!outcome) return null;
  const rules: [RegExp, RunEnd][] = [
    [/verification incomplete/i, 'verification-incomplete'],
    [/^Passed in R|^A proof passed/, 'passed'],
    [/round limit/i, 'round-limit'],
    [/token budget spent/i, 'budget'],
    [/^Paused/, 'paused'],
    [/did not finish/, 'refine-unfinished'],
    [/no proof passed/i, 'exhausted'],
    [/request failed|search failed/i, 'model-failed'],
    [/^Cancelled/, 'cancelled'],
    [/^Stopped/, 'stopped'],
  ];
  return rules.find(([re]) => re.test(outcome))?.[1] ?? null;
}

export function runOutcome(input: RunOutcomeInput): RunOutcomeView {
  const { status } = input;
  if (!status) return { tone: 'neutral', label: 'Idle', short: 'never run', reason: null };
  const reason = input.outcome ?? input.error ?? null;
  if (status !== 'succeeded') return { ...BY_STATUS[status], reason: input.error ?? reason };
  const end = input.end ?? inferEnd(input.outcome);
  return { ...(end ? BY_END[end] : BY_STATUS.succeeded), reason };
}
