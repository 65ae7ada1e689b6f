import { describe, expect, it } from 'vitest';
import { assembleVerification, type SampleIn } from './assemble';

const sample = (idx: number, status: string): SampleIn => ({
  id: `s${idx}`,
  idx,
  status,
  score: status === 'succeeded' ? 1 : null,
  error: status === 'failed' ? 'model server down' : null,
  metaScore: null,
});

const view = (samples: SampleIn[], running: boolean) =>
  assembleVerification({ id: 'v1', sampleCount: 4 }, samples, [], [], 1, running).view;

describe('a verification with fewer than half of its samples answered', () => {
  it('is not "incomplete" while its run is still going (the rest are on their way)', () => {
    expect(view([], true).incomplete).toBe(false);
    expect(view([sample(0, 'succeeded')], true).incomplete).toBe(false);
  });

  it('is "incomplete" once its run has ended (stopped, failed or interrupted)', () => {
    expect(view([sample(0, 'succeeded')], false).incomplete).toBe(true);
    expect(
      view([sample(0, 'failed'), sample(1, 'failed'), sample(2, 'succeeded')], false),
    ).toMatchObject({ incomplete: true, answered: 1 });
  });

  it('is complete with half of its samples answered', () => {
    expect(view([sample(0, 'succeeded'), sample(1, 'succeeded')], false).incomplete).toBe(false);
  });
});
