import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './env';

/** `default-src 'self'; img-src …` → { 'default-src': ["'self'"], 'img-src': [...] }. */
export function parseCsp(header: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of header.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

/**
 * Every page route of the app (each `app/**\/page.tsx`), with its dynamic segments filled
 * in from `params`: a page added later is checked without anyone editing the test.
 */
export function appPages(params: Record<string, string>): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'api') walk(full);
      else if (entry.name === 'page.tsx') {
        const route = path.relative(path.join(ROOT, 'app'), dir).split(path.sep).filter(Boolean);
        const filled = route
          .filter((s) => !/^\(.*\)$/.test(s)) // route groups add no segment
          .map((s) =>
            s.replace(/^\[(\w+)\]$/, (_m, name: string) => params[name] ?? `missing-${name}`),
          );
        pages.push(`/${filled.join('/')}`);
      }
    }
  };
  walk(path.join(ROOT, 'app'));
  return pages.sort();
}
