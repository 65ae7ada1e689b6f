import path from 'node:path';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA, MOCK_PORT, TEST_API_KEY } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

test('settings show each role’s model and the variable of its endpoint, never the key or the address, and test the connection', async ({
  page,
}) => {
  await mock.reset();
  await page.goto('/settings');
  const generator = page.getByTestId('role-generator');
  await expect(generator).toContainText('mock');
  await expect(generator.getByTestId('role-provider')).toContainText('endpoint: OPENAI_BASE_URL');
  await expect(generator).toContainText('key set');
  const html = await page.content();
  expect(html).not.toContain(TEST_API_KEY);
  expect(html).not.toContain(`127.0.0.1:${MOCK_PORT}`);
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

test('settings show the provider profile, the parameters sent and dropped, and what Test connection got', async ({
  page,
}) => {
  const app = new AppProcess(
    APP_PORT + 21,
    appEnv(path.join(E2E_DATA, 'settings-profiles.db'), {
      PROOFDESK_PROVIDER: 'openai',
      PROOFDESK_MODEL: 'gpt-5.2',
      PROOFDESK_MAX_TOKENS: '60000',
      PROOFDESK_TEMPERATURE: '0.7',
      PROOFDESK_REASONING_EFFORT: 'high',
      PROOFDESK_VERIFIER_PROVIDER: 'gemini',
      PROOFDESK_VERIFIER_MODEL: 'gemini-2.5-pro',
    }),
  );
  await mock.reset();
  await mock.scenario('default', { tps: 0, profile: 'openai' });
  await app.start();
  try {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.goto(`${app.url}/settings`);
      const generator = page.getByTestId('role-generator');
      await expect(generator.getByTestId('role-provider')).toContainText('openai');
      await expect(generator.getByTestId('role-params')).toContainText(
        'max_completion_tokens: 60000',
      );
      await expect(generator.getByTestId('role-params')).toContainText('reasoning_effort: high');
      await expect(generator.getByTestId('role-dropped')).toContainText(
        'temperature: 0.7 not sent: gpt-5.2 is a reasoning model',
      );
      await expect(generator.getByTestId('role-dropped')).toBeInViewport();
      const verifier = page.getByTestId('role-verifier');
      await expect(verifier.getByTestId('role-params')).toContainText('max_tokens: 60000');
      await expect(verifier.getByTestId('role-params')).toContainText('extra_body');
      await generator.getByTestId('test-connection').click();
      const result = generator.getByTestId('test-result');
      await expect(result).toContainText(/OK · \d+ ms · OpenAI/);
      await expect(result).toContainText(/answer: “## Solution .+”/);
      await expect(result).toContainText(/no reasoning text \(\d+ reasoning tokens counted\)/);
      await expect(result).toContainText('dropped: temperature');
      await expect(result).toBeInViewport();
      if (process.env.SCREENSHOT_DIR) {
        await page.screenshot({
          path: path.join(process.env.SCREENSHOT_DIR, `settings-${size.width}.png`),
          fullPage: true,
        });
      }
    }
  } finally {
    await app.kill();
  }
});
