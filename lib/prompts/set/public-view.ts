import 'server-only';
import type { PromptSettings, RolePromptSet } from '@/lib/schemas/prompts';
import { purposesOf } from '../purposes';
import { describeProblemPublicly, PromptSetError } from './load';
import { PROMPT_ROLES, promptSetFor, setSourceFor } from './select';

/**
 * What the settings page shows of each role's set: the name, parser, hashes and the text of
 * the templates the role uses. The directory is the server's business and is left out.
 */
export function promptSettings(): PromptSettings {
  return {
    roles: PROMPT_ROLES.map((role): RolePromptSet => {
      const { variable } = setSourceFor(role);
      try {
        const set = promptSetFor(role);
        return {
          role,
          variable,
          set: {
            name: set.name,
            description: set.description,
            parser: set.parser,
            hash: set.hash,
            templates: purposesOf(role).flatMap((purpose) => {
              const t = set.templates[purpose];
              return t ? [{ purpose, hash: t.hash, text: t.source }] : [];
            }),
          },
          error: null,
        };
      } catch (err) {
        if (!(err instanceof PromptSetError)) throw err;
        return {
          role,
          variable,
          set: null,
          error: err.problems.map(describeProblemPublicly).join('; '),
        };
      }
    }),
  };
}
