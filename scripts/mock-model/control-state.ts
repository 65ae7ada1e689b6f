import { messageText, REQUEST_KINDS, type RequestKind, type WireMessage } from './classify';
import { parseModelName } from './model-name';
import { isWireProfile, WIRE_PROFILES, type WireProfileId } from './profiles/wire-profiles';
import {
  isScenarioName,
  parseOption,
  type Scenario,
  type ScenarioName,
  type ScenarioOptions,
  scenarioDefaults,
} from './scenario';
import type { Counters } from './variation';

type Override = { scenario: ScenarioName | null; options: Partial<ScenarioOptions> };

/**
 * What POST /__control set, layered over the model name's choice until POST /__reset, so a
 * test can switch faults without restarting the app. Also counts 429s served.
 */
export class ControlState {
  private override: Override = { scenario: null, options: {} };
  rateLimitedSoFar = 0;
  /** Per-request variation counters (variation.ts); reset with the scenario. */
  counters: Counters = { verifications: 0, proofs: 0, failedSamples: 0 };
  /** The provider whose wire shape is served (`--profile`, or `profile` in a control body). */
  profile: WireProfileId | null;
  /**
   * `classify` in a control body: `{text: kind}` tells requests apart by words of the test's
   * own prompt set, whose wording the built-in markers do not know.
   */
  private classifyRules: [string, RequestKind][] = [];

  constructor(private readonly startupProfile: WireProfileId | null = null) {
    this.profile = startupProfile;
  }

  /** Applies a control body `{scenario?, ...options}`; returns an error message or null. */
  set(body: Record<string, unknown>): string | null {
    const { scenario, profile, classify, ...rest } = body;
    if (classify !== undefined) {
      const rules = Object.entries((classify ?? {}) as Record<string, unknown>);
      const bad = rules.find(([, kind]) => !REQUEST_KINDS.includes(kind as RequestKind));
      if (bad) return `classify: "${String(bad[1])}" is not one of ${REQUEST_KINDS.join(', ')}`;
      this.classifyRules = rules as [string, RequestKind][];
    }
    if (profile !== undefined && profile !== null && !isWireProfile(profile)) {
      return `unknown profile "${String(profile)}" (one of ${WIRE_PROFILES.join(', ')})`;
    }
    if (scenario !== undefined && scenario !== null && !isScenarioName(scenario)) {
      return `unknown scenario "${String(scenario)}"`;
    }
    let options: Partial<ScenarioOptions> = {};
    for (const [key, raw] of Object.entries(rest)) {
      const parsed = parseOption(key, raw);
      if (!parsed.ok) return parsed.error;
      options = { ...options, ...parsed.value };
    }
    this.override = { scenario: (scenario as ScenarioName | undefined) ?? null, options };
    if (profile !== undefined)
      this.profile = (profile as WireProfileId | null) ?? this.startupProfile;
    this.rateLimitedSoFar = 0;
    this.counters = { verifications: 0, proofs: 0, failedSamples: 0 };
    return null;
  }

  reset(): void {
    this.override = { scenario: null, options: {} };
    this.classifyRules = [];
    this.profile = this.startupProfile;
    this.rateLimitedSoFar = 0;
    this.counters = { verifications: 0, proofs: 0, failedSamples: 0 };
  }

  /** The kind a `classify` rule gives a request (first rule whose text it contains), or null. */
  classify(messages: WireMessage[]): RequestKind | null {
    const all = messages.map(messageText).join('\n\n');
    return this.classifyRules.find(([text]) => all.includes(text))?.[1] ?? null;
  }

  /** The scenario for one request: defaults < model-name options < control options. */
  resolve(model: string, kind: RequestKind): Scenario | { error: string } {
    const chosen = parseModelName(model);
    if ('error' in chosen) return chosen;
    const name = this.override.scenario ?? chosen.scenario;
    const options = { ...chosen.options, ...this.override.options };
    const only = options.only ?? null;
    const effective = only && only !== kind ? 'default' : name;
    return { ...scenarioDefaults(effective), ...options, name: effective };
  }

  current(): Override & { profile: WireProfileId | null; rateLimitedSoFar: number } {
    return { ...this.override, profile: this.profile, rateLimitedSoFar: this.rateLimitedSoFar };
  }
}
