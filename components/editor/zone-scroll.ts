/** Space kept between a revealed comment box and the editor's edge, in pixels. */
const MARGIN = 16;

/**
 * Where to scroll an editor so that the comment box under a finding is seen whole with the
 * finding's first line: null when both already are. A box that opened below the fold is
 * brought up to the bottom edge; the finding's first line is never pushed above the top edge
 * (when line and box do not both fit, the line wins and the box is read by scrolling on).
 * All values are in the editor's content pixels (Monaco's scrollTop space).
 */
export function scrollTopToShowZone(p: {
  scrollTop: number;
  viewHeight: number;
  findingTop: number;
  zoneBottom: number;
}): number | null {
  const viewBottom = p.scrollTop + p.viewHeight;
  if (p.findingTop >= p.scrollTop && p.zoneBottom <= viewBottom) return null;
  const wanted = p.zoneBottom + MARGIN - p.viewHeight;
  return Math.max(0, Math.min(wanted, p.findingTop - MARGIN));
}
