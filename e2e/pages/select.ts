import { expect, type Page } from '@playwright/test';

/** Picks `value` in a styled (Radix) select, as a person does: open it, click the option. */
export async function choose(page: Page, testId: string, value: string) {
  const trigger = page.getByTestId(testId);
  await trigger.click();
  await page.getByTestId(`${testId}-${value || '-'}`).click();
  await expect(trigger).toHaveAttribute('data-value', value);
}
