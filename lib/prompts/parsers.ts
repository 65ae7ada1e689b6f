import type { ReportFormat } from '@/lib/schemas/findings';

/**
 * The output parsers a prompt set can name in its manifest, and the report format each
 * reads first. `auto` keeps Proofdesk's usual order (most specific first).
 */
export const SET_PARSERS = {
  auto: null,
  proofdesk: 'proofdesk',
  imo25: 'imo25',
  json: 'json',
  'deepseek-prose': 'deepseek',
} as const satisfies Record<string, Exclude<ReportFormat, 'unknown'> | null>;

export type SetParser = keyof typeof SET_PARSERS;

export const SET_PARSER_NAMES = Object.keys(SET_PARSERS) as SetParser[];

export function isSetParser(name: unknown): name is SetParser {
  return typeof name === 'string' && Object.hasOwn(SET_PARSERS, name);
}
