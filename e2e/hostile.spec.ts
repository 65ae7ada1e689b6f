import type { Page } from '@playwright/test';
import { MOCK_PROOF } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { APP_URL } from './support/env';
import { expect, test } from './support/fixtures';
import { expectResponsive, expectSafe, watchPage } from './support/hostile-guard';
import { HOSTILE_LINE, HOSTILE_MARKDOWN } from './support/hostile-payloads';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';

/**
 * Hostile problems, drafts and reports go in through the real paths — the sessions API, the
 * scripted model's answers streamed by the run engine, a session import — and render on every
 * page a reader meets them. Nothing may run, load from elsewhere or hang.
 */
// The scripted proof first: the scripted verifier reports findings on its planted flaws.
const DRAFT = `## Solution\n\n${MOCK_PROOF}\n\n${HOSTILE_MARKDOWN}\n\n## Self Evaluation\n\n${HOSTILE_MARKDOWN}\n\nBased on my evaluation, the final overall score should be: \\boxed{1}`;

test.beforeEach(async () => {
  await mock.reset();
});

/** The workbench's side tabs still switch within a second, and the page is still safe. */
async function checkWorkbench(page: Page, watch: ReturnType<typeof watchPage>, where: string) {
  await expectResponsive(
    () => page.getByTestId('side-tab-output').click(),
    () => expect(page.getByTestId('run-output')).toBeVisible(),
  );
  await expectSafe(page, watch, `${where} (output)`);
  await expectResponsive(
    () => page.getByTestId('side-tab-self').click(),
    () => expect(page.getByRole('tabpanel', { name: 'Self-evaluation' })).toBeVisible(),
  );
  await expectSafe(page, watch, `${where} (self-evaluation)`);
  await expectResponsive(
    () => page.getByTestId('side-tab-preview').click(),
    () => expect(page.getByTestId('proof-preview')).toBeVisible(),
  );
  await expectSafe(page, watch, `${where} (preview)`);
}

test('a hostile problem, streamed draft and verifier report render inert', async ({
  page,
  request,
}) => {
  await mock.scenario('default', { tps: 0, content: DRAFT });
  const id = await createSession(request, HOSTILE_MARKDOWN);
  const watch = watchPage(page, APP_URL);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await expect(page.getByTestId('problem-rendered')).toContainText('The end:');
  await expectSafe(page, watch, 'problem');

  // The normal expectation budget: rendering a hostile draft is no slower than any other.
  await wb.run('generate', 'succeeded', 30_000);
  const preview = await wb.openPreview();
  await expect(preview).toContainText('The end:');
  // Blocked formulas show their source as text, marked; the honest ones are typeset.
  await expect(preview.locator('.math-error').first()).toBeVisible();
  await expect(preview.locator('.katex').first()).toBeVisible();
  await checkWorkbench(page, watch, 'after the draft');

  // The scripted verifier quotes the draft's lines in its findings.
  await wb.run('verify', 'succeeded', 30_000);
  await page.getByTestId('side-tab-findings').click();
  await expect(wb.findings.first()).toBeVisible();
  await checkWorkbench(page, watch, 'after the report');
  expect((await getSession(request, id)).rounds[0].findings.length).toBeGreaterThan(0);
});

test('an imported report with hostile findings and title renders inert everywhere', async ({
  page,
  request,
}) => {
  await mock.scenario('default', { tps: 0 });
  const source = await createSession(request, 'Prove that $1 + 1 = 2$.');
  expect((await runAndWait(request, source, 'generate')).status).toBe('succeeded');
  expect((await runAndWait(request, source, 'verify')).status).toBe('succeeded');
  const exported = await (await request.get(`/api/sessions/${source}/export?format=json`)).json();
  exported.session.title = HOSTILE_LINE;
  exported.session.problem = HOSTILE_MARKDOWN;
  for (const round of exported.rounds) {
    round.proof = HOSTILE_MARKDOWN;
    round.selfEvaluation = HOSTILE_MARKDOWN;
    for (const f of round.findings) {
      f.quote = HOSTILE_LINE;
      f.description = HOSTILE_MARKDOWN;
      f.suggestion = HOSTILE_MARKDOWN;
    }
  }
  const res = await request.post('/api/sessions/import', { data: exported });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = await res.json();

  const watch = watchPage(page, APP_URL);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await expect(wb.findings.first()).toContainText('The end:');
  await expectSafe(page, watch, 'imported workbench');
  await checkWorkbench(page, watch, 'imported workbench');

  // The session list (titles), the read-only/print view (the HTML export) and the home page.
  for (const path of [`/sessions/${id}/print`, '/']) {
    await page.goto(path);
    await expect(page.locator('main, article').first()).toBeVisible();
    await expectSafe(page, watch, path);
    await expectResponsive(
      async () => {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      },
      async () => {
        expect(await page.evaluate(() => document.readyState)).toBe('complete');
      },
    );
  }
  await expect(page.getByTestId('session-row').first()).toBeVisible();
  await expectSafe(page, watch, 'session list');
});
