import type { Route } from '@playwright/test';
import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { WorkbenchPage } from './pages/workbench';
import { createSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

test.beforeEach(async () => {
  await mock.reset();
});

test("a verifier's findings appear from the run's own events, while every refetch of the session is held", async ({
  page,
  request,
}) => {
  await mock.scenario('default', { tps: 0 });
  const id = await createSession(request, MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.goto(id);
  await wb.run('generate');
  await expect.poll(() => wb.editorText()).toContain('holds termwise');

  // From the Verify click on, the page cannot learn anything by refetching the session.
  const held: Route[] = [];
  let holding = true;
  await page.route(`**/api/sessions/${id}`, (route) =>
    holding && route.request().method() === 'GET' ? void held.push(route) : route.continue(),
  );
  await wb.button('verify').click();

  const critical = wb.finding('critical');
  await expect(critical).toContainText('termwise');
  await expect(critical.getByTestId('finding-accept')).toBeInViewport();
  await expect(wb.finding('gap')).toBeVisible();
  // The run ended, and the stored findings show as decidable cards, not the live report.
  await expect(page.getByTestId('live-report')).toHaveCount(0);
  holding = false;
  for (const route of held) await route.continue();

  // Deciding works on what the event brought (the ids are the stored ones).
  await critical.getByTestId('finding-accept').click();
  await expect(critical).toHaveAttribute('data-decision', 'accepted');
});
