import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import katex from 'katex';
import { katexOptions } from '../lib/math/katex-options';
import { CheckerPanel } from './pages/checker';
import { WorkbenchPage } from './pages/workbench';
import { expect, test } from './support/fixtures';
import { mock } from './support/mock';
import { twoRoundSession } from './support/rounds';

const hasPdflatex = spawnSync('pdflatex', ['--version']).status === 0;

test.beforeEach(async () => {
  await mock.reset();
  await mock.scenario('default', { tps: 0 });
});

/** Every formula of a .tex document: $…$, \[…\] and amsmath display environments. */
function texFormulas(tex: string): { tex: string; display: boolean }[] {
  const body = tex.slice(tex.indexOf('\\begin{document}'));
  const out: { tex: string; display: boolean }[] = [];
  const display =
    /\\\[([\s\S]*?)\\\]|(\\begin\{(align|alignat|gather|multline|equation)\*?\}[\s\S]*?\\end\{\3\*?\})/g;
  const rest = body.replace(display, (_m, inner?: string, env?: string) => {
    out.push({ tex: (inner ?? env ?? '').trim(), display: true });
    return ' ';
  });
  for (const m of rest.matchAll(/(?<!\\)\$((?:\\\$|[^$])+?)(?<!\\)\$/g))
    out.push({ tex: m[1], display: false });
  return out;
}

/** Export and import ids differ; everything else must not. */
function withoutIds(data: Record<string, unknown>, ids: Set<string>): unknown {
  const seen = new Map<string, string>();
  return JSON.parse(JSON.stringify(data), (_k, v) => {
    if (typeof v === 'string' && ids.has(v)) {
      if (!seen.has(v)) seen.set(v, `#${seen.size + 1}`);
      return seen.get(v);
    }
    return v;
  });
}

function idsOf(data: {
  session: { id: string };
  rounds: { id: string; findings: { id: string }[] }[];
  runs: { id: string }[];
}): Set<string> {
  return new Set([
    data.session.id,
    ...data.rounds.flatMap((r) => [r.id, ...r.findings.map((f) => f.id)]),
    ...data.runs.map((r) => r.id),
  ]);
}

test('export a two-round session as Markdown, LaTeX, PDF and JSON; JSON imports back identical', async ({
  page,
  request,
}) => {
  const { id, session } = await twoRoundSession(request);

  // Markdown: the final proof with its findings as footnotes, decisions, earlier rounds.
  const md = await request.get(`/api/sessions/${id}/export?format=md`);
  expect(md.headers()['content-type']).toContain('text/markdown');
  expect(md.headers()['content-disposition']).toMatch(/attachment; filename=".+\.md"/);
  const mdText = await md.text();
  expect(mdText).toContain('## Proof (round 2; verifier score 1)');
  // What stands behind the score, never "correct".
  expect(mdText).toMatch(/\*Verifier score 1: no issues found by (1 sample|all \d+ samples)\.\*/);
  expect(mdText).toContain('### Findings on round 1');
  expect(mdText).toMatch(/\(line \d+; accepted\)/);
  expect(mdText).toContain('overridden): ');
  expect(mdText).toContain('note: This step is fine: the bound holds termwise after the shift.');
  expect(mdText).toContain('dismissed');
  const r2Findings = session.rounds[1].findings.length;
  for (let n = 1; n <= r2Findings; n++) expect(mdText).toContain(`[^${n}]: `);

  // LaTeX: standalone, every formula parses with KaTeX, compiles when pdflatex is here.
  const tex = await (await request.get(`/api/sessions/${id}/export?format=tex`)).text();
  expect(tex).toMatch(/^\\documentclass/);
  expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
  const formulas = texFormulas(tex);
  expect(formulas.length).toBeGreaterThan(3);
  for (const f of formulas) {
    expect(() => katex.renderToString(f.tex, katexOptions(f.display)), f.tex).not.toThrow();
  }
  if (hasPdflatex) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proofdesk-e2e-tex-'));
    fs.writeFileSync(path.join(dir, 'session.tex'), tex);
    const run = spawnSync(
      'pdflatex',
      ['-interaction=nonstopmode', '-halt-on-error', 'session.tex'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(
      run.status,
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('!'))
        .join('\n'),
    ).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'session.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    fs.rmSync(dir, { recursive: true, force: true });
  } else {
    test.info().annotations.push({
      type: 'skipped',
      description: 'pdflatex not installed: .tex not compiled',
    });
  }

  // PDF: the endpoint answers with the print-ready page; the browser prints it.
  const pdfRes = await request.get(`/api/sessions/${id}/export?format=pdf`, { maxRedirects: 0 });
  expect(pdfRes.status()).toBe(303);
  expect(pdfRes.headers().location).toBe(`/sessions/${id}/print`);
  await page.goto(`/api/sessions/${id}/export?format=pdf`);
  await expect(page).toHaveURL(new RegExp(`/sessions/${id}/print$`));
  await expect(page.getByTestId('read-only-session')).toBeVisible();
  await expect(page.getByTestId('topbar')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-button')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);

  // JSON: the whole session; importing it gives an identical session.
  const jsonRes = await request.get(`/api/sessions/${id}/export?format=json`);
  expect(jsonRes.headers()['content-type']).toContain('application/json');
  const exported = await jsonRes.json();
  expect(exported.format).toBe('proofdesk.session');
  expect(exported.rounds).toHaveLength(2);
  expect(exported.runs.map((r: { kind: string }) => r.kind)).toEqual([
    'generate',
    'verify',
    'refine',
    'verify',
  ]);
  expect(exported.runs[0].text.length).toBeGreaterThan(100);
  const imported = await request.post('/api/sessions/import', { data: exported });
  expect(imported.status()).toBe(201);
  const copyId = (await imported.json()).id;
  expect(copyId).not.toBe(id);
  const again = await (await request.get(`/api/sessions/${copyId}/export?format=json`)).json();
  expect(withoutIds(again, idsOf(again))).toEqual(withoutIds(exported, idsOf(exported)));

  // The copy opens in the workbench with its rounds, findings and decisions.
  const wb = new WorkbenchPage(page);
  await page.emulateMedia({ media: 'screen' });
  await wb.goto(copyId);
  await expect(wb.roundTab(2)).toBeVisible();
  await wb.roundTab(1).click();
  const r1 = session.rounds[0].findings;
  await expect(wb.findings).toHaveCount(r1.filter((f) => f.source !== 'checker').length);
  await expect(new CheckerPanel(page).findings).toHaveCount(
    r1.filter((f) => f.source === 'checker').length,
  );
  await expect(wb.finding('gap')).toHaveAttribute('data-decision', 'overridden');
});

test('export menu downloads files; bad formats and unknown sessions are refused', async ({
  page,
  request,
}) => {
  const { id } = await twoRoundSession(request);
  await page.goto(`/sessions/${id}`);
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-md').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const file = await download.path();
  expect(fs.readFileSync(file, 'utf8')).toContain('## Problem');
  expect((await request.get(`/api/sessions/${id}/export?format=docx`)).status()).toBe(400);
  expect((await request.get('/api/sessions/missing/export?format=md')).status()).toBe(404);
  expect(
    (await request.get('/api/sessions/missing/export?format=pdf', { maxRedirects: 0 })).status(),
  ).toBe(404);
  const bad = await request.post('/api/sessions/import', {
    data: { format: 'proofdesk.session', version: 1 },
  });
  expect(bad.status()).toBe(400);
  const notJson = await request.post('/api/sessions/import', {
    headers: { 'Content-Type': 'application/json' },
    data: '{oops',
  });
  expect(notJson.status()).toBe(400);
});
