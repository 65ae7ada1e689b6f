import { buildLineMap, mapSpan } from '@/lib/findings/anchor/line-map';
import { anchorStatus } from '@/lib/findings/anchor-status';
import type { Anchor, LivePlacement } from '@/lib/schemas';
import { anchorRange, decorationOptions } from './decoration-options';
import type { Monaco } from './monaco';
import type { EditorFinding } from './types';

type CodeEditor = ReturnType<Monaco['editor']['create']>;
type Collection = ReturnType<CodeEditor['createDecorationsCollection']>;
type Range = NonNullable<ReturnType<Collection['getRange']>>;
type Position = Parameters<Range['containsPosition']>[0];
type Placed = { finding: EditorFinding; original: string };
type Tracked = { range: Range; original: string };

/** What the editor needs from the decorations: where each finding is now, and re-anchoring. */
export type DecorationsApi = {
  placements(): LivePlacement[];
  /** Puts one finding on a new anchor (after "re-anchor"). */
  moveFinding(id: string, anchor: Anchor): void;
};

export type FindingDecorationsEvents = {
  /** A click on a highlighted range or on its gutter icon. */
  onSelect(findingId: string): void;
  /** After findings are placed, moved, or the text is edited. */
  onPlacements(placements: LivePlacement[]): void;
};

/**
 * One decoration per anchored finding in one Monaco editor. Ranges are placed from the stored
 * anchors only when the set of anchors or the document changes; afterwards Monaco moves them
 * with edits, and style changes (selection, decisions) reuse the ranges Monaco tracked. After
 * each edit it reports where each finding now is and whether its text is current, modified or
 * outdated. A plain class, so that React only says when (`update`, `dispose`), and the
 * behaviour is tested against a real editor without React.
 */
export class FindingDecorations implements DecorationsApi {
  private readonly collection: Collection;
  private readonly subscriptions: { dispose(): void }[];
  private placed: Placed[] = [];
  private findings: EditorFinding[] = [];
  private selectedId: string | null = null;
  private placementKey: string | null = null;
  private flushed = true;

  constructor(
    private readonly editor: CodeEditor,
    private readonly monaco: Monaco,
    private readonly events: FindingDecorationsEvents,
  ) {
    this.collection = editor.createDecorationsCollection();
    this.subscriptions = [
      editor.onMouseDown((e) => {
        // A click inside the comment box under a finding (a view zone) belongs to the box:
        // Monaco still reports a text position for it, which must not move the selection.
        const types = monaco.editor.MouseTargetType;
        if (e.target.type === types.CONTENT_VIEW_ZONE || !e.target.position) return;
        const id = this.findingAt(e.target.position, e.target.type === types.GUTTER_GLYPH_MARGIN);
        if (id) this.events.onSelect(id);
      }),
      editor.onDidChangeModelContent((e) => {
        // The whole text was replaced (another round): Monaco's ranges mean nothing now.
        if (e.isFlush) this.flushed = true;
        this.report();
      }),
    ];
  }

  /**
   * Shows `findings` with `selectedId` highlighted. They are placed anew from their anchors
   * only when an anchor or `documentKey` changed; otherwise they are restyled where Monaco
   * tracked them. The selected finding is scrolled into view if it is outside it.
   *
   * `storedText` is the text the anchors were computed on (the round as stored; null while a
   * stream writes the document). While the person's latest edits are not stored yet, the
   * editor holds a newer text than that: a save's echo then brings anchors that are already
   * out of date, and placing them would throw findings onto the wrong lines. So when the
   * editor's text is not the stored one, a finding Monaco already tracks (by id, or the one
   * it was carried from when an edit forked the round) stays where Monaco moved it, and a new
   * one is mapped from the stored text into the editor's through a line diff.
   */
  update(
    findings: EditorFinding[],
    selectedId: string | null,
    documentKey: string,
    storedText: string | null,
  ): void {
    this.findings = findings;
    this.selectedId = selectedId;
    const anchors = findings.map((f) => `${f.id}:${f.anchor?.startOffset}:${f.anchor?.endOffset}`);
    const key = `${documentKey}|${anchors.join(',')}`;
    if (key !== this.placementKey) {
      this.placementKey = key;
      this.place(storedText);
    } else {
      this.restyle();
    }
    const range = selectedId ? this.rangeOf(selectedId) : null;
    if (range) this.editor.revealRangeInCenterIfOutsideViewport(range);
  }

  /** Where a finding is now, as Monaco tracked it through edits; null if it is not shown. */
  rangeOf(findingId: string): Range | null {
    const i = this.placed.findIndex((p) => p.finding.id === findingId);
    return i >= 0 ? (this.collection.getRanges()[i] ?? null) : null;
  }

  /** The finding under a text position, or on its line when the click was in the gutter. */
  findingAt(pos: Position, wholeLine: boolean): string | null {
    const hit = this.collection
      .getRanges()
      .findIndex((r) =>
        wholeLine
          ? r.startLineNumber <= pos.lineNumber && pos.lineNumber <= r.endLineNumber
          : r.containsPosition(pos),
      );
    return hit >= 0 ? this.placed[hit].finding.id : null;
  }

  placements(): LivePlacement[] {
    const model = this.editor.getModel();
    if (!model) return [];
    const ranges = this.collection.getRanges();
    return this.placed.map((p, i) => {
      const r = ranges[i];
      const orphan = p.finding.anchor?.confidence === 'orphan';
      return {
        findingId: p.finding.id,
        startLine: r?.startLineNumber ?? 1,
        endLine: r?.endLineNumber ?? 1,
        startOffset: r ? model.getOffsetAt(r.getStartPosition()) : 0,
        endOffset: r ? model.getOffsetAt(r.getEndPosition()) : 0,
        status: orphan ? 'current' : anchorStatus(p.original, r ? model.getValueInRange(r) : ''),
      };
    });
  }

  moveFinding(id: string, anchor: Anchor): void {
    const model = this.editor.getModel();
    // The finding may have been carried into a forked round since its card was clicked.
    const i = this.placed.findIndex((p) => p.finding.id === id || p.finding.carriedFromId === id);
    if (!model || i < 0) return;
    const finding = { ...this.placed[i].finding, anchor };
    const range = anchorRange(this.monaco, model, finding);
    if (!range) return;
    this.placed[i] = { finding, original: model.getValueInRange(range) };
    const ranges = this.collection.getRanges();
    ranges[i] = range;
    this.draw(ranges);
    this.report();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.collection.clear();
    this.placed = [];
  }

  /**
   * Places the findings: from their anchors when the editor shows `storedText` (or no stored
   * text is known); otherwise tracked findings keep their ranges and new ones are mapped.
   */
  private place(storedText: string | null): void {
    const model = this.editor.getModel();
    if (!model) return;
    const live = model.getValue();
    const moved = storedText !== null && storedText !== live;
    const tracked = this.flushed ? new Map<string, Tracked>() : this.trackedById();
    this.flushed = false;
    const lineMap = moved ? buildLineMap(storedText, live) : null;
    const ranges: Range[] = [];
    this.placed = [];
    for (const finding of this.findings) {
      // A finding carried into a round an edit forked continues the one on screen, wherever
      // its stored copy says; one with the same id keeps its range when the text moved on.
      const kept =
        (moved ? tracked.get(finding.id) : undefined) ?? tracked.get(finding.carriedFromId ?? '');
      const range = kept?.range ?? anchorRange(this.monaco, model, mapAnchor(finding, lineMap));
      if (!range) continue;
      ranges.push(range);
      this.placed.push({
        finding,
        original: kept?.original ?? finding.anchor?.text ?? model.getValueInRange(range),
      });
    }
    this.draw(ranges);
    this.report();
  }

  private trackedById(): Map<string, Tracked> {
    const ranges = this.collection.getRanges();
    return new Map(
      this.placed.flatMap((p, i) =>
        ranges[i] ? [[p.finding.id, { range: ranges[i], original: p.original }] as const] : [],
      ),
    );
  }

  /** New styles (selection, decisions) on the ranges Monaco tracked, without moving them. */
  private restyle(): void {
    const byId = new Map(this.findings.map((f) => [f.id, f]));
    this.placed = this.placed.map((p) => ({ ...p, finding: byId.get(p.finding.id) ?? p.finding }));
    this.draw(this.collection.getRanges());
  }

  private draw(ranges: Range[]): void {
    this.collection.set(
      this.placed.map((p, i) => ({
        range: ranges[i],
        options: decorationOptions(this.monaco, p.finding, p.finding.id === this.selectedId),
      })),
    );
  }

  private report(): void {
    this.events.onPlacements(this.placements());
  }
}

/** The finding with its anchor's offsets carried from the stored text into the editor's. */
function mapAnchor(
  finding: EditorFinding,
  lineMap: ReturnType<typeof buildLineMap> | null,
): EditorFinding {
  const a = finding.anchor;
  if (!lineMap || !a || a.confidence === 'orphan') return finding;
  return { ...finding, anchor: { ...a, ...mapSpan(lineMap, a.startOffset, a.endOffset) } };
}
