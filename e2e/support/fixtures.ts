import { test as base, expect } from '@playwright/test';
import { APP_URL } from './env';

/**
 * `test` with the app of this worker's slot as its base URL (e2e/support/env.ts), and one
 * extra guarantee: an uncaught error in the page fails the test, with the error's message,
 * instead of surfacing later as a missing element.
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  baseURL: APP_URL,
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (e) => errors.push(e));
      await use(errors);
      expect(errors.map((e) => `${e.message}\n${e.stack ?? ''}`)).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
