import { expect } from '@playwright/test';

/**
 * What `read` returns once two reads a beat apart agree (a scroll or a re-layout has
 * finished): what a person sees when the screen stops moving.
 */
export async function settled(read: () => Promise<string>): Promise<string> {
  let last = await read();
  await expect
    .poll(async () => {
      const now = await read();
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}
