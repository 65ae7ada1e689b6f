import { expect, type Locator, type Page } from '@playwright/test';

/** The Outline tab beside the editor: the proof's tree, its reference notes and its graph. */
export class OutlinePane {
  readonly panel: Locator;
  readonly dangling: Locator;
  readonly graph: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('outline-panel');
    this.dangling = page.getByTestId('outline-dangling');
    this.graph = page.getByTestId('dependency-graph');
  }

  async open() {
    await this.page.getByTestId('side-tab-outline').click();
    await expect(this.panel).toBeVisible();
  }

  /** A node's clickable name in the tree, by its label exactly ("Lemma 2", "1."). */
  node(label: string): Locator {
    return this.panel.getByTestId('outline-node-name').filter({ has: this.label(label) });
  }

  /** The status chip on the row of the node labelled `label`. */
  status(label: string): Locator {
    return this.panel
      .getByTestId('outline-node-row')
      .filter({ has: this.label(label) })
      .getByTestId('outline-node-status');
  }

  /** The node's story across rounds, under its row ("gaps in R1, unverified in R2"). */
  history(label: string): Locator {
    return this.panel
      .getByTestId('outline-node')
      .filter({ has: this.page.getByTestId('outline-node-row').filter({ has: this.label(label) }) })
      .last()
      .getByTestId('outline-node-history')
      .first();
  }

  /** The part score beside the node's status, once the part was verified on its own. */
  partScore(label: string): Locator {
    return this.panel
      .getByTestId('outline-node-row')
      .filter({ has: this.label(label) })
      .getByTestId('outline-part-score');
  }

  /** "Verify this part": selects the node, then starts its verification. */
  verifyPart(label: string) {
    return this.partAction(label, 'outline-verify-part');
  }

  /** "Rewrite this part": selects the node, then starts its rewrite. */
  rewritePart(label: string) {
    return this.partAction(label, 'outline-rewrite-part');
  }

  private async partAction(label: string, testId: string) {
    await this.node(label).click();
    const button = this.panel.getByTestId(testId);
    await expect(button).toBeVisible();
    await expect(button).toBeEnabled();
    await button.click();
  }

  /** The part rewrite's pane: the replacement streaming, then the new round or why none. */
  get rewrite(): Locator {
    return this.panel.getByTestId('part-rewrite');
  }

  private label(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.()]/g, '\\$&')}$`);
    return this.page.getByTestId('outline-node-label').filter({ hasText: exact });
  }

  async showGraph() {
    await this.page.getByTestId('outline-view-graph').click();
    await expect(this.graph).toBeVisible();
  }

  graphNode(label: string): Locator {
    return this.graph.getByTestId('dependency-node').filter({ hasText: label });
  }

  edge(from: string, to: string): Locator {
    return this.graph.locator(
      `[data-testid="dependency-edge"][data-from="${from}"][data-to="${to}"]`,
    );
  }
}

/** What the editor shows as selected: the vertical extent of Monaco's selection highlight. */
export async function selectionExtent(page: Page): Promise<{ top: number; bottom: number } | null> {
  const boxes = await page
    .getByTestId('proof-editor')
    .locator('.view-overlays .selected-text')
    .evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    );
  if (!boxes.length) return null;
  return {
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** The editor's rendered line whose text contains `text`, as a person sees it. */
export function editorLine(page: Page, text: string): Locator {
  return page.getByTestId('proof-editor').locator('.view-line').filter({ hasText: text });
}

/** The editor's fold control on the gutter row of `line` (Monaco shows it on hover). */
export async function foldControlAt(page: Page, line: Locator): Promise<Locator | null> {
  const row = (await line.boundingBox()) as { y: number; height: number };
  const controls = page
    .getByTestId('proof-editor')
    .locator(
      '.margin-view-overlays .cldr.codicon-folding-expanded, .margin-view-overlays .cldr.codicon-folding-collapsed',
    );
  for (const c of await controls.all()) {
    const box = await c.boundingBox();
    if (box && Math.abs(box.y + box.height / 2 - (row.y + row.height / 2)) < row.height / 2)
      return c;
  }
  return null;
}
