import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { SessionDetail } from '@/lib/schemas';
import { MOCK_FLAWED_LINE, MOCK_PROBLEM } from '../scripts/mock-model/proof-texts';
import { PromptsPage } from './pages/prompts';
import { WorkbenchPage } from './pages/workbench';
import { AppProcess } from './support/app-process';
import { APP_PORT, appEnv, E2E_DATA } from './support/env';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';

/**
 * A second prompt set, written here: other wording, and a verifier asked for the IMO25
 * agent's report (Summary, Location/Issue findings) instead of Proofdesk's numbered block,
 * read with the `imo25` parser. The proof goes to the verifier without line numbers.
 */
const REFEREE: Record<string, string> = {
  'prompt-set.json': `${JSON.stringify(
    { name: 'referee', description: 'A second set, written by the e2e test.', parser: 'imo25' },
    null,
    2,
  )}\n`,
  'generate.md':
    'REFEREE-SET generation.\nWrite a complete proof for the task below. Put it under "## Solution", then assess it under "## Self Evaluation", ending with \\boxed{{0}}, \\boxed{{0.5}} or \\boxed{{1}}.\n\nTask:\n{problem}\n',
  'refine.md':
    'REFEREE-SET refinement.\nTask:\n{problem}\n\nPrevious proof:\n{proof}\n\nWhat the reviewer kept:\n{evaluations}{^evaluations}(nothing){/evaluations}\n\nWrite a better proof in the same format.\n',
  'refine-search.md':
    'REFEREE-SET search refinement.\nTask:\n{problem}\n\n{candidates}\n\nImprove on the {candidate_solutions}.\n',
  'verify.md':
    '=== system ===\nREFEREE-SET verification.\nYou are a referee. Reply with **Summary**, **Final Verdict:** and **List of Findings:**, each finding with **Location:** (a verbatim quote) and **Issue:** (Critical Error or Justification Gap), then a **Detailed Verification Log**.\n\n=== user ===\nTask:\n{problem}\n\nProof under review:\n{proof}\n',
  'meta-verify.md':
    'REFEREE-SET meta-verification.\nTask: {problem}\nProof: {proof}\nReport: {evaluation}\nRate the report with \\boxed{{1}}, \\boxed{{0.5}} or \\boxed{{0}}.\n',
  'grade.md':
    'REFEREE-SET grading.\nTask: {problem}\nReference: {solution}\nGuidelines: {guidelines}\nProof: {proof}\nEnd with <points>N out of 7</points>.\n',
  'grade-no-rubric.md':
    'REFEREE-SET grading.\nTask: {problem}\nProof: {proof}\nEnd with <points>N out of 7</points>.\n',
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const short = (file: string) => `${sha256(REFEREE[file]).slice(0, 8)}…`;
/** The template with its placeholders filled, as the test reads the syntax (no sections used). */
const filled = (file: string, values: Record<string, string>) =>
  Object.entries(values)
    .reduce((t, [k, v]) => t.replaceAll(`{${k}}`, () => v), REFEREE[file])
    .replaceAll('{{', '{')
    .replaceAll('}}', '}');

function writeSet(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-set-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

async function api<T>(app: AppProcess, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${app.url}${url}`, {
    method: body ? 'POST' : 'GET',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** With PROOFDESK_SHOTS=DIR set: screenshots at both sizes people use, for a person to look at. */
async function shots(page: Page, name: string, scrollToSets = false) {
  const dir = process.env.PROOFDESK_SHOTS;
  if (!dir) return;
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    if (scrollToSets) await page.getByTestId('prompt-sets').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.beforeEach(async () => {
  await mock.reset();
});

test('a set with an unknown placeholder is refused at start-up, naming the file and line', async () => {
  const dir = writeSet({
    ...REFEREE,
    'verify.md': 'Check this.\n\n{proof}\n{numbered_proof_v2}\n',
  });
  const app = new AppProcess(APP_PORT + 31, {
    ...appEnv(path.join(E2E_DATA, 'prompt-refused.db')),
    PROOFDESK_PROMPTS: dir,
  });
  const started = app.start().then(
    () => null,
    (err: Error) => err.message,
  );
  const refusal = await started;
  await app.kill();
  expect(refusal).toContain(
    `${path.join(dir, 'verify.md')}:4: unknown placeholder {numbered_proof_v2}`,
  );
});

test('another prompt set: generate → verify → refine send its exact text, its parser reads the report, every run records it', async ({
  page,
}) => {
  const dir = writeSet(REFEREE);
  const dbFile = path.join(E2E_DATA, 'prompt-sets.db');
  let app = new AppProcess(APP_PORT + 31, { ...appEnv(dbFile), PROOFDESK_PROMPTS: dir });
  await app.start();
  try {
    await mock.scenario('default', {
      format: 'imo25',
      classify: {
        'REFEREE-SET verification': 'verification',
        'REFEREE-SET refinement': 'refinement',
        'REFEREE-SET meta-verification': 'meta-verification',
      },
    });
    const { id } = await api<{ id: string }>(app, '/api/sessions', { problem: MOCK_PROBLEM });
    const wb = new WorkbenchPage(page);
    await page.goto(`${app.url}/sessions/${id}`);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');

    await wb.run('generate');
    await wb.run('verify');
    // The IMO25-style report, read by the set's parser: the critical error is found and,
    // without any line numbers, anchored on the flawed line by its quote.
    await expect(wb.finding('critical')).toHaveCount(1);
    const session = await api<SessionDetail>(app, `/api/sessions/${id}`);
    const proof = session.rounds[0].proof;
    const flawed = proof.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;
    await expect(wb.finding('critical')).toHaveAttribute('data-start-line', String(flawed));
    const critical = session.rounds[0].findings.find((f) => f.severity === 'critical');
    expect(critical?.citedLines ?? null).toBeNull();
    await wb.finding('critical').getByTestId('finding-accept').click();
    await expect(wb.finding('critical')).toHaveAttribute('data-decision', 'accepted');
    await wb.refine('leave-out');
    await expect(wb.roundTab(2)).toBeVisible();

    // The scripted server received the set's exact text.
    const log = await mock.log();
    const kinds = log.map((r) => r.kind);
    expect(kinds).toEqual(['generation', 'verification', 'refinement']);
    expect(log[0].messages).toEqual([
      { role: 'user', content: filled('generate.md', { problem: MOCK_PROBLEM }).trimEnd() },
    ]);
    const [system, user] = REFEREE['verify.md'].split('=== user ===\n');
    expect(log[1].messages).toEqual([
      { role: 'system', content: system.replace('=== system ===\n', '').trimEnd() },
      {
        role: 'user',
        content: user
          .replace('{problem}', () => MOCK_PROBLEM)
          .replace('{proof}', () => proof)
          .trimEnd(),
      },
    ]);
    const refinement = log[2].messages[0].content;
    expect(
      refinement.startsWith(
        `REFEREE-SET refinement.\nTask:\n${MOCK_PROBLEM}\n\nPrevious proof:\n${proof}\n\nWhat the reviewer kept:\n`,
      ),
    ).toBe(true);
    expect(refinement).toContain(critical?.description);
    expect(refinement.endsWith('\n\nWrite a better proof in the same format.')).toBe(true);

    // Each run records the set and the hash of the template it used.
    const after = await api<SessionDetail>(app, `/api/sessions/${id}`);
    const byKind = Object.fromEntries(after.runs.map((r) => [r.kind, r.prompts ?? []]));
    for (const [kind, purpose, file] of [
      ['generate', 'generate', 'generate.md'],
      ['verify', 'verify', 'verify.md'],
      ['refine', 'refine', 'refine.md'],
    ]) {
      expect(byKind[kind]).toEqual([
        expect.objectContaining({ purpose, set: 'referee', templateHash: sha256(REFEREE[file]) }),
      ]);
    }

    // The run view names the prompt, with the full text on demand.
    const prompts = new PromptsPage(page);
    await expect(prompts.line).toHaveText(`prompt: referee@${short('refine.md')}`);
    await expect(prompts.line).toBeInViewport();
    await shots(page, 'run-prompt-line');
    const text = await prompts.showFullText();
    await shots(page, 'run-prompt-text');
    await expect(text).toContainText('REFEREE-SET refinement.');
    await expect(text).toContainText('Write a better proof in the same format.');

    // The settings page shows the set in use per role, its templates read-only, no path.
    await page.goto(`${app.url}/settings`);
    for (const role of ['generator', 'verifier', 'meta-verifier', 'grader']) {
      await expect(prompts.settingsRow(role).getByTestId('prompt-set-name')).toContainText(
        'referee',
      );
    }
    await expect(prompts.settingsRow('verifier')).toContainText('PROOFDESK_PROMPTS');
    const template = await prompts.openTemplate('verifier', 'verify');
    await shots(page, 'settings-prompt-sets', true);
    await expect(template).toContainText('REFEREE-SET verification.');
    expect(await page.content()).not.toContain(dir);

    // A round made after switching back to Proofdesk's own set is marked in the Rounds view.
    await app.kill();
    app = new AppProcess(APP_PORT + 31, appEnv(dbFile));
    await app.start();
    await mock.reset();
    await page.goto(`${app.url}/sessions/${id}`);
    await expect(wb.editor).toHaveAttribute('data-ready', 'true');
    await wb.run('generate');
    await expect(wb.roundTab(3)).toBeVisible();
    await page.getByTestId('side-tab-rounds').click();
    const r3 = page.locator('[data-testid="round-prompt"][data-round="3"]');
    await expect(r3).toContainText('proofdesk@');
    await expect(r3.getByTestId('round-prompt-changed')).toBeVisible();
    await shots(page, 'rounds-prompts');
    await expect(
      page
        .locator('[data-testid="round-prompt"][data-round="2"]')
        .getByTestId('round-prompt-changed'),
    ).toHaveCount(0);
  } finally {
    await app.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
