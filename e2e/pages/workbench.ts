import { expect, type Locator, type Page } from '@playwright/test';

type Placed = { id: string; startLine: number; endLine: number; status?: string };

/** The session workbench, in the words a user would use. */
export class WorkbenchPage {
  readonly editor: Locator;
  readonly status: Locator;
  readonly reasoning: Locator;
  /**
   * The verifier's and the person's findings. The checker's are counted apart (CheckerPanel):
   * the scripted draft's termwise bound is false, so every generated draft carries them.
   */
  readonly findings: Locator;
  /** What the findings tab says when the open round has none. */
  readonly findingsEmpty: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('proof-editor');
    this.status = page.getByTestId('run-status');
    this.reasoning = page.getByTestId('reasoning-panel');
    this.findings = page.locator('[data-testid="finding"]:not([data-source="checker"])');
    this.findingsEmpty = page.getByTestId('findings-empty');
  }

  async goto(sessionId: string) {
    await this.page.goto(`/sessions/${sessionId}`);
    await expect(this.editor).toHaveAttribute('data-ready', 'true');
  }

  /** The drawer's choice between the generator's and the verifier's reasoning (a verified round). */
  reasoningOf(whose: 'generator' | 'verifier') {
    return this.page.getByTestId(`reasoning-${whose}`);
  }

  /**
   * Where a streamed text (the drawer's reasoning or output) ends, against the box it scrolls
   * in: whether it is longer than the box, and whether its last line is inside what the box shows.
   */
  textEnd(text: Locator): Promise<{ overflows: boolean; endInView: boolean }> {
    return text.evaluate((el) => {
      let box = el.parentElement;
      while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
      if (!box) return { overflows: false, endInView: true };
      const shown = box.getBoundingClientRect();
      const own = el.getBoundingClientRect();
      return {
        overflows: own.height > shown.height,
        endInView: own.bottom <= shown.bottom + 1 && own.bottom > shown.top,
      };
    });
  }

  /** The same for the drawer's reasoning. */
  reasoningEnd() {
    return this.textEnd(this.reasoning.locator('pre'));
  }

  button(name: 'generate' | 'verify' | 'refine' | 'stop') {
    return this.page.getByTestId(`${name}-button`);
  }

  /** Clicks a run button and waits until that new run reaches `status`. */
  async run(name: 'generate' | 'verify' | 'refine', status = 'succeeded', timeout = 120_000) {
    const before = (await this.status.getAttribute('data-run-id')) ?? '';
    await this.button(name).click();
    await expect(this.status).not.toHaveAttribute('data-run-id', before, { timeout });
    await this.waitForStatus(status, timeout);
  }

  /** Refine, answering its question about undecided findings. */
  async refine(choice: 'accept-all' | 'leave-out', status = 'succeeded') {
    const before = (await this.status.getAttribute('data-run-id')) ?? '';
    await this.button('refine').click();
    await this.page.getByTestId(`refine-${choice}`).click();
    await expect(this.status).not.toHaveAttribute('data-run-id', before);
    await this.waitForStatus(status);
  }

  async waitForStatus(status: string, timeout = 120_000) {
    await expect(this.status).toHaveAttribute('data-status', status, { timeout });
  }

  /** The text Monaco shows (every line is rendered for short proofs). */
  async editorText(): Promise<string> {
    // In the order a person sees the lines, not the DOM's: Monaco places each line by its
    // `top`, and a line that scrolls into view at the top is appended at the DOM's end.
    const lines = await this.editor.locator('.view-lines > .view-line').evaluateAll((els) =>
      (els as HTMLElement[]).map((el) => ({
        top: Number.parseFloat(el.style.top) || 0,
        text: el.innerText,
      })),
    );
    lines.sort((a, b) => a.top - b.top);
    // Monaco draws spaces as NBSP.
    return lines
      .map((line) => line.text)
      .join('\n')
      .replace(/\u00a0/g, ' ');
  }

  /**
   * Whether the inline comment box is seen whole inside the editor's visible area (Monaco
   * clips what is scrolled out of its box, so the page viewport alone does not say it).
   */
  async inlineBoxSeenWhole(): Promise<boolean> {
    const box = await this.page.getByTestId('inline-finding').boundingBox();
    const view = await this.editor.locator('.monaco-scrollable-element').first().boundingBox();
    if (!box || !view) return false;
    return box.y >= view.y - 1 && box.y + box.height <= view.y + view.height + 1;
  }

  /** The editor's visible text with whitespace collapsed (Monaco wraps long lines). */
  async editorWords(): Promise<string> {
    return collapse(await this.editorText());
  }

  /** Types at the end of the proof, as a person would (keyboard, not the API). */
  async typeAtEnd(text: string) {
    // After a run, the editor takes input once the session shows the stored round, a refetch
    // after the status says so: keys typed into a read-only Monaco are dropped.
    await expect(this.editor.locator('textarea')).toBeEditable();
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /**
   * Pastes `text` at the cursor through the system clipboard, as a person does (Ctrl+V): the
   * spec's context must grant `clipboard-read` and `clipboard-write`.
   */
  async pasteIntoEditor(text: string) {
    await expect(this.editor.locator('textarea')).toBeEditable();
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+V');
  }

  roundTab(index: number) {
    return this.page.locator(`[data-testid="round-tab"][data-round-index="${index}"]`);
  }

  scoreBadge() {
    return this.page.getByTestId('score-badge');
  }

  /** The verifier's (or the person's) finding of this severity; the checker's are apart. */
  finding(severity: string) {
    return this.page.locator(
      `[data-testid="finding"][data-severity="${severity}"]:not([data-source="checker"])`,
    );
  }

  /** Where the editor currently draws each finding (Monaco-tracked ranges). */
  async placedDecorations(): Promise<Placed[]> {
    return JSON.parse((await this.editor.getAttribute('data-decorations')) ?? '[]');
  }

  async override(severity: string, note: string) {
    const card = this.finding(severity);
    await card.getByTestId('finding-override').click();
    await card.getByTestId('override-note').fill(note);
    await card.getByTestId('override-save').click();
    await expect(card).toHaveAttribute('data-decision', 'overridden');
  }

  /**
   * Puts the cursor in the editor. Clicks the editor's visible viewport, not a line element:
   * Monaco keeps scrolled-away lines in the DOM, where a click cannot reach them.
   */
  async focusEditor() {
    await this.editor.locator('.monaco-scrollable-element.editor-scrollable').click({
      position: { x: 120, y: 12 },
    });
  }

  /** The rendered proof: a side tab beside the findings. */
  async openPreview() {
    await this.page.getByTestId('side-tab-preview').click();
    return this.page.getByTestId('proof-preview');
  }

  /** The preview's chunks; with `severity`, those whose worst finding has it. */
  previewChunks(severity?: string) {
    const preview = this.page.getByTestId('proof-preview');
    return severity
      ? preview.locator(`[data-testid="preview-chunk"][data-severity="${severity}"]`)
      : preview.getByTestId('preview-chunk');
  }

  /** The preview's text a reader sees now: the chunks inside its scroll box. */
  async previewVisibleText(): Promise<string> {
    return this.page.getByTestId('proof-preview').evaluate((preview) => {
      const box = preview.closest('[data-testid="side-body-preview"]') ?? preview;
      const { top, bottom } = box.getBoundingClientRect();
      return [...preview.querySelectorAll<HTMLElement>('[data-testid="preview-chunk"]')]
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > top && r.top < bottom;
        })
        .map((c) => c.innerText)
        .join('\n');
    });
  }

  async openOutput() {
    await this.page.getByTestId('side-tab-output').click();
    return this.page.getByTestId('run-output');
  }
}

/** Whitespace collapsed: compares what Monaco shows (wrapped) with stored text. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
