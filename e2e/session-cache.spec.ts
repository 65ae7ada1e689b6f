import { MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { HomePage } from './pages/home';
import { WorkbenchPage } from './pages/workbench';
import { getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

/**
 * The session JSON is sent with an ETag and answered from the server's cache while nothing
 * was written (issue 21): a page opened again must still show every change made meanwhile,
 * from this tab or from anywhere else.
 */

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

test('a session opened again shows what changed elsewhere; unchanged, the browser revalidates it', async ({
  page,
  request,
}) => {
  const id = await new HomePage(page).createSession(MOCK_PROBLEM);
  const wb = new WorkbenchPage(page);
  await wb.run('generate');
  await wb.run('verify');
  await expect(wb.findings).toHaveCount(3);

  // Opened again with nothing changed: the browser asks with the tag it holds, gets 304.
  const sessionUrl = new RegExp(`/api/sessions/${id}$`);
  const asked = page.waitForRequest(sessionUrl);
  await wb.goto(id);
  const revalidation = await asked;
  const held = (await revalidation.allHeaders())['if-none-match'];
  expect(held).toMatch(/^W\/".+"$/);
  // Chromium shows a revalidated answer as its stored 200; the 304 shows as no body sent.
  const answer = await revalidation.response();
  expect((await answer?.allHeaders())?.etag).toBe(held);
  expect((await revalidation.sizes()).responseBodySize).toBe(0);
  await expect(wb.findings).toHaveCount(3);

  // Changed by someone else (another tab, another person): the next open shows it.
  const minor = (await getSession(request, id)).rounds[0].findings.find(
    (f) => f.severity === 'minor',
  );
  const dismissed = await request.patch(`/api/findings/${minor?.id}`, {
    data: { decision: 'dismissed' },
  });
  expect(dismissed.ok()).toBe(true);
  const renamed = await request.patch(`/api/sessions/${id}`, {
    data: { title: 'Renamed in another tab' },
  });
  expect(renamed.ok()).toBe(true);
  await wb.goto(id);
  await expect(page.getByTestId('session-title')).toHaveText('Renamed in another tab');
  await expect(page.getByTestId('session-title')).toBeInViewport();
  await expect(wb.finding('minor')).toHaveAttribute('data-decision', 'dismissed');
  await expect(wb.finding('critical')).toHaveAttribute('data-decision', 'pending');
});
