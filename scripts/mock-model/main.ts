/**
 * Scripted OpenAI-compatible model server for tests and for trying Proofdesk without a model.
 *
 *   npm run mock-model -- --port 4010 [--host 127.0.0.1]
 *   then OPENAI_BASE_URL=http://127.0.0.1:4010/v1 PROOFDESK_MODEL=mock
 *
 * It recognises generation, verification, refinement (and, loosely, meta-verification and
 * grading) prompts and answers each plausibly: a proof with a planted flaw, a report whose
 * findings quote the flawed line, a refined proof that then verifies at 1. Reasoning
 * streams before content.
 *
 * Scenario = the model name: `mock[-<scenario>][:key=value,key=value]`, e.g.
 *   mock                      normal service (400 chunks/s)
 *   mock-slow                 25 chunks/s, for Stop / reload tests
 *   mock-429                  first `failures` (2) requests get 429 + Retry-After: `retryAfter` (1 s)
 *   mock-500                  always 500 with {error:{message}}
 *   mock-401                  always 401 (bad key)
 *   mock-cut                  streams up to `cutAt` (0.5) of the content, then destroys the socket
 *   mock-silent               headers, then `silenceMs` (3000) of nothing (or `keepaliveMs` comments), then normal
 *   mock-garbage              a malformed chunk at `cutAt`; verifications get the `unreadable` format instead
 *   mock-length               stops at `cutAt` with finish_reason "length"
 *   mock-reasoning-field      reasoning in delta.reasoning instead of delta.reasoning_content
 *   mock-think-tags           reasoning as <think>…</think> inside content
 *   mock-think-unopened       reasoning…</think> inside content, with no opening tag
 *   mock-long                 a generation of `words` (20000) tokens at 1000 chunks/s, for benchmarks
 *   mock-slow:tps=200,silenceMs=2000   options after a colon
 * Options: tps (chunks/s, 0 = unthrottled), silenceMs, keepaliveMs, latencyMs (before
 * headers), latencyJitter (extra random 0…n ms), format (ours|imo25|deepseek|json|unreadable),
 * words, failures, retryAfter, cutAt (0…1), only (apply to one request kind),
 * vary (1 = verifications differ per sample, meta-verification disputes some),
 * slowEvery / slowFactor (every k-th proof's requests take slowFactor × latencyMs),
 * refineFixes (0 = refinement keeps the flaw). See variation.ts.
 * chunkChars (longest stream chunk in characters, default 6; larger = several words each),
 * reasoningChars (a generation's reasoning of about that many characters, a verification's
 *   scripted reasoning followed by that many more; 0 = the short ones),
 * failSamples (the first n verification requests get HTTP 400: failed samples).
 * content (POST /__control only): a generation's answer, sent verbatim (verbatim.ts).
 * classify (POST /__control only): {"words of a prompt": "verification", …} tells the kinds of
 * a test's own prompt set apart (the built-in markers know Proofdesk's wording only).
 * Any model name not starting with `mock` gets normal service. `max_tokens` is honoured.
 *
 * Faults: mock-no-finish (ends with [DONE] but no finish_reason), mock-json-200 (a 200 JSON
 * error body answering a stream request), mock-midstream-error (`data: {"error": …}` at
 * `cutAt`), mock-402 (insufficient balance), mock-overflow (400 context length exceeded).
 *
 * Provider profiles: `--profile NAME` (or `{"profile": NAME}` in POST /__control) serves
 * that provider's stream shape (where reasoning and usage arrive, chunk extras, keep-alive
 * comments) and refuses what it refuses, with its own error body (profiles/wire-profiles.ts):
 * openai, deepseek, gemini, xai, vllm, sglang, llamacpp, ollama, lmstudio, openai-compatible.
 *
 * Control, same port:
 *   POST /__control {"scenario":"cut","tps":50,"profile":"gemini",...}   overrides the model name until reset
 *   POST /__reset                                      clears the override, 429 count and log, and restarts the in-flight peak
 *   GET  /__log      [{id,time,kind,model,scenario,stream,messages,status,closedByClient,closedAt,completed}]
 *   GET  /__sends    {requestId: [[piecesSentSoFar, epochMs], ...]}, one pair per socket write
 *   GET  /__control  the current override
 *   GET  /__stats    {inFlight,maxInFlight,total}: chat requests open now, the most at once since reset
 *   GET  /__tap[?match=text]  (benchmarks) stays open, then receives byte for byte, at the same
 *                    moment, the body of the next chat response whose prompt contains `text` (tap.ts)
 */
import { isWireProfile, WIRE_PROFILES } from './profiles/wire-profiles';
import { startMockModelServer } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

const port = Number(arg('port') ?? process.env.MOCK_MODEL_PORT ?? 4010);
const host = arg('host') ?? '127.0.0.1';
const profile = arg('profile') ?? null;
if (profile !== null && !isWireProfile(profile)) {
  console.error(`unknown --profile "${profile}": one of ${WIRE_PROFILES.join(', ')}`);
  process.exit(2);
}

startMockModelServer({ port, host, profile }).then(
  (server) => {
    console.log(`mock model server listening on ${server.url}`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (err: unknown) => {
    console.error(`mock model server could not start: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
