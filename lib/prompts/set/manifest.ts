import { z } from 'zod';
import { PURPOSE_NAMES } from '../purposes';

/** The file that makes a directory a prompt set. */
export const MANIFEST_FILE = 'prompt-set.json';

/**
 * `prompt-set.json`: the set's name, the parser that reads its verifier's answers, and
 * optionally other file names for templates and other names for placeholders
 * (`{"question": "problem"}` lets a template imported from elsewhere keep its own words).
 */
export const manifestSchema = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-" (at most 64)'),
    description: z.string().max(2000).optional(),
    parser: z.string(),
    templates: z
      .partialRecord(z.enum(PURPOSE_NAMES as [string, ...string[]]), z.string())
      .optional(),
    placeholders: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;

/** The 1-based line where `"key"` first appears in the manifest's text (1 if nowhere). */
export function lineOfKey(text: string, key: string): number {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
