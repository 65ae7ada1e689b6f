import { WorkbenchPage } from './pages/workbench';
import { createSession, getSession } from './support/api';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { runAndWait } from './support/rounds';
import { shotsAt } from './support/screenshots';

test.beforeEach(async () => {
  await mock.reset();
});

test('a session is deleted from its page after a question; refused, with the reason, while its run is going', async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const keep = await createSession(request, `Kept problem ${stamp}: prove that $2 + 2 = 4$.`);
  const gone = await createSession(request, `Doomed problem ${stamp}: prove that $3 > 2$.`);
  await mock.scenario('default', { tps: 0 });
  expect((await runAndWait(request, gone, 'generate')).status).toBe('succeeded');

  const wb = new WorkbenchPage(page);
  await wb.goto(gone);
  // A slow draft is going: deleting now is refused, and the page says why.
  await mock.scenario('slow', { tps: 20 });
  await wb.button('generate').click();
  await wb.waitForStatus('running');
  page.once('dialog', (d) => d.accept());
  await page.getByTestId('delete-session').click();
  await expect(page.getByTestId('delete-session-error')).toContainText(
    'A run of this session is still going: stop it, then delete.',
  );
  await expect(page).toHaveURL(new RegExp(`/sessions/${gone}$`));
  await shotsAt(page, 'delete-refused');

  // Stopped, then deleted: the question first (dismissed, nothing happens), then for real.
  await wb.button('stop').click();
  await wb.waitForStatus('stopped');
  page.once('dialog', (d) => d.dismiss());
  await page.getByTestId('delete-session').click();
  expect((await request.get(`/api/sessions/${gone}`)).status()).toBe(200);
  page.once('dialog', (d) => {
    expect(d.message()).toContain('cannot be undone');
    void d.accept();
  });
  await page.getByTestId('delete-session').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(`Kept problem ${stamp}`)).toBeVisible();
  await expect(page.getByText(`Doomed problem ${stamp}`)).toHaveCount(0);
  expect((await request.get(`/api/sessions/${gone}`)).status()).toBe(404);
  expect((await getSession(request, keep)).id).toBe(keep);
});
