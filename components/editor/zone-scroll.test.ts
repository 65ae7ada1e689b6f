import { describe, expect, it } from 'vitest';
import { scrollTopToShowZone } from './zone-scroll';

describe('scrollTopToShowZone', () => {
  it('leaves the view alone when the line and its box are both in it', () => {
    expect(
      scrollTopToShowZone({ scrollTop: 100, viewHeight: 500, findingTop: 200, zoneBottom: 550 }),
    ).toBeNull();
  });

  it('brings a box that opened below the fold up to the bottom edge', () => {
    const top = scrollTopToShowZone({
      scrollTop: 0,
      viewHeight: 500,
      findingTop: 400,
      zoneBottom: 640,
    });
    expect(top).toBe(156);
    // Now both are in view.
    expect(400).toBeGreaterThanOrEqual(top ?? 0);
    expect(640).toBeLessThanOrEqual((top ?? 0) + 500);
  });

  it('keeps the finding line in view when line and box do not fit together', () => {
    expect(
      scrollTopToShowZone({ scrollTop: 0, viewHeight: 300, findingTop: 400, zoneBottom: 1000 }),
    ).toBe(384);
  });
});
