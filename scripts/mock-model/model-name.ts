import { isScenarioName, parseOption, type ScenarioName, type ScenarioOptions } from './scenario';

export type ModelNameChoice = {
  scenario: ScenarioName;
  options: Partial<ScenarioOptions>;
};

/**
 * Reads a scenario from a model name: `mock`, `mock-<scenario>`, optionally followed by
 * `:key=value,key=value`, e.g. `mock-slow:tps=200`, `mock:format=imo25,latencyMs=50`.
 * Names not starting with `mock` get the default scenario (so any configured name works);
 * a `mock…` name that does not parse is an error, so typos show up as a 404.
 */
export function parseModelName(model: string): ModelNameChoice | { error: string } {
  if (!/^mock\b/i.test(model)) return { scenario: 'default', options: {} };
  const m = /^mock(?:-([a-z0-9-]+))?(?::(.*))?$/i.exec(model);
  if (!m) return { error: `cannot read scenario from model name "${model}"` };
  const scenario = (m[1] ?? 'default').toLowerCase();
  if (!isScenarioName(scenario)) return { error: `unknown scenario "${scenario}"` };
  let options: Partial<ScenarioOptions> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const [key, ...rest] = pair.split('=');
    const parsed = parseOption(key.trim(), rest.join('=').trim());
    if (!parsed.ok) return { error: `model name "${model}": ${parsed.error}` };
    options = { ...options, ...parsed.value };
  }
  return { scenario, options };
}
