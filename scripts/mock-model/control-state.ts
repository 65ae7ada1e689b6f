import type { RequestKind } from './classify';
import { parseModelName } from './model-name';
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

  /** Applies a control body `{scenario?, ...options}`; returns an error message or null. */
  set(body: Record<string, unknown>): string | null {
    const { scenario, ...rest } = body;
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
    this.rateLimitedSoFar = 0;
    this.counters = { verifications: 0, proofs: 0, failedSamples: 0 };
    return null;
  }

  reset(): void {
    this.override = { scenario: null, options: {} };
    this.rateLimitedSoFar = 0;
    this.counters = { verifications: 0, proofs: 0, failedSamples: 0 };
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

  current(): Override & { rateLimitedSoFar: number } {
    return { ...this.override, rateLimitedSoFar: this.rateLimitedSoFar };
  }
}
