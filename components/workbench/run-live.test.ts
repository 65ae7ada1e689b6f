import { describe, expect, it } from 'vitest';
import { isRunLive } from './run-live';

const base = { runId: 'r1', summaryStatus: null, startedRunId: null, endedHere: false };

describe('isRunLive', () => {
  it('follows the session’s summary of the run', () => {
    expect(isRunLive({ ...base, summaryStatus: 'running' })).toBe(true);
    expect(isRunLive({ ...base, summaryStatus: 'queued' })).toBe(true);
    expect(isRunLive({ ...base, summaryStatus: 'succeeded' })).toBe(false);
    expect(isRunLive({ ...base, summaryStatus: 'failed' })).toBe(false);
  });

  it('counts a run this page just started as live before the session lists it', () => {
    expect(isRunLive({ ...base, startedRunId: 'r1' })).toBe(true);
    expect(isRunLive({ ...base, startedRunId: 'r0' })).toBe(false);
    expect(isRunLive({ ...base, runId: null, startedRunId: 'r1' })).toBe(false);
  });

  it('keeps a run the page saw end ended, even when the session does not list it yet', () => {
    expect(isRunLive({ ...base, startedRunId: 'r1', endedHere: true })).toBe(false);
    // A session read from before the end still says running: the page knows better.
    expect(isRunLive({ ...base, summaryStatus: 'running', endedHere: true })).toBe(false);
  });
});
