import { MOCK_PORT, TEST_API_KEY } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test('settings show each role’s model and host, never the key, and test the connection', async ({
  page,
}) => {
  await mock.reset();
  await page.goto('/settings');
  const generator = page.getByTestId('role-generator');
  await expect(generator).toContainText('mock');
  await expect(generator).toContainText(`127.0.0.1:${MOCK_PORT}`);
  await expect(generator).toContainText('key set');
  expect(await page.content()).not.toContain(TEST_API_KEY);
  await generator.getByTestId('test-connection').click();
  await expect(generator.getByTestId('test-result')).toContainText(/OK · \d+ ms/);
});

test('a failing endpoint shows the server’s error in the connection test', async ({ page }) => {
  await mock.reset();
  await mock.scenario('500');
  await page.goto('/settings');
  const verifier = page.getByTestId('role-verifier');
  await verifier.getByTestId('test-connection').click();
  await expect(verifier.getByTestId('test-result')).toContainText(/Failed after \d+ ms: .*500/);
});
