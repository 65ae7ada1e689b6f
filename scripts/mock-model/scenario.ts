import { REQUEST_KINDS, type RequestKind } from './classify';
import { REPORT_FORMATS, type ReportFormat } from './report-formats';
import { parseContentOption } from './verbatim';

export const SCENARIOS = [
  'default',
  'slow',
  '429',
  '500',
  '401',
  'cut',
  'silent',
  'garbage',
  'length',
  'reasoning-field',
  'think-tags',
  'think-unopened',
  'long',
  'no-finish',
  'json-200',
  'midstream-error',
  '402',
  'overflow',
  /** A generation answers with a proof in lemmas (structured-proof.ts), for the outline. */
  'structured',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export type ScenarioOptions = {
  /** Chunks per second (one chunk ≈ one token); 0 = as fast as the socket takes them. */
  tps: number;
  /** `silent`: quiet time after the headers, before the first chunk. */
  silenceMs: number;
  /** `silent`: send an SSE comment this often while quiet; 0 = no keepalives. */
  keepaliveMs: number;
  /** Delay before the response headers, plus a random 0…latencyJitter ms. */
  latencyMs: number;
  latencyJitter: number;
  /** Verification report convention. */
  format: ReportFormat;
  /** `long`: size of the proof in tokens (chunks). */
  words: number;
  /**
   * A generation's reasoning of about this many characters, and a verification's scripted
   * reasoning followed by this many more, for a verifier that thinks long before its report
   * (0 = the short scripted ones).
   */
  reasoningChars: number;
  /** The first n verification requests get HTTP 400 (a failed sample; not retried). */
  failSamples: number;
  /** `429`: how many requests get 429 before normal service resumes. */
  failures: number;
  /** `429`: the Retry-After value, in seconds. */
  retryAfter: number;
  /** `cut` / `garbage` / `length`: where in the content (0…1) the fault strikes. */
  cutAt: number;
  /**
   * Where in the content (0…1) a stream holds still until the client goes away; 0 = never.
   * Makes "mid-stream" a fixed, repeatable screen for visual snapshots.
   */
  holdAt: number;
  /** Apply the scenario to this request kind only; other kinds get normal service. */
  only: RequestKind | null;
  /** Per-request variation (see variation.ts); all 0 = the fixed behaviour. */
  vary: number;
  slowEvery: number;
  slowFactor: number;
  refineFixes: number;
  /** Longest stream chunk in characters (default 6 ≈ one token; larger = less client CPU). */
  chunkChars: number;
  /** A generation's answer, sent verbatim instead of the scripted proof (verbatim.ts). */
  content: string | null;
};

export type Scenario = ScenarioOptions & { name: ScenarioName };

const BASE: ScenarioOptions = {
  tps: 400,
  silenceMs: 0,
  keepaliveMs: 0,
  latencyMs: 0,
  latencyJitter: 0,
  format: 'ours',
  words: 20_000,
  reasoningChars: 0,
  failSamples: 0,
  failures: 2,
  retryAfter: 1,
  cutAt: 0.5,
  holdAt: 0,
  only: null,
  vary: 0,
  slowEvery: 0,
  slowFactor: 4,
  refineFixes: 1,
  chunkChars: 6,
  content: null,
};

/** What a scenario changes about the defaults (`slow` streams for ~20 s, `silent` waits 3 s). */
const SCENARIO_DEFAULTS: Partial<Record<ScenarioName, Partial<ScenarioOptions>>> = {
  slow: { tps: 25 },
  silent: { silenceMs: 3_000 },
  garbage: { format: 'unreadable' },
  long: { tps: 1_000 },
};

export function scenarioDefaults(name: ScenarioName): Scenario {
  return { ...BASE, ...SCENARIO_DEFAULTS[name], name };
}

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

/** Validates one option from text (model name) or JSON (control endpoint). */
export function parseOption(
  key: string,
  raw: unknown,
): { ok: true; value: Partial<ScenarioOptions> } | { ok: false; error: string } {
  if (key === 'format') {
    return REPORT_FORMATS.includes(raw as ReportFormat)
      ? { ok: true, value: { format: raw as ReportFormat } }
      : { ok: false, error: `format must be one of ${REPORT_FORMATS.join(', ')}` };
  }
  if (key === 'content') return parseContentOption(raw);
  if (key === 'only') {
    if (raw === null || raw === '') return { ok: true, value: { only: null } };
    return REQUEST_KINDS.includes(raw as RequestKind)
      ? { ok: true, value: { only: raw as RequestKind } }
      : { ok: false, error: `only must be one of ${REQUEST_KINDS.join(', ')}` };
  }
  if (!(key in BASE)) return { ok: false, error: `unknown option "${key}"` };
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n) || n < 0) return { ok: false, error: `${key} must be a number ≥ 0` };
  return { ok: true, value: { [key]: n } };
}
