import { describe, expect, it } from 'vitest';
import { bindWarning, hostFromArgv, isLoopback } from './exposure-rules';

describe('exposure rules', () => {
  it('knows loopback from everything else', () => {
    for (const h of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) {
      expect(isLoopback(h), h).toBe(true);
    }
    for (const h of [
      '0.0.0.0',
      '::',
      '192.168.1.5',
      '10.0.0.1',
      'proofdesk.example',
      '::ffff:10.0.0.1',
    ]) {
      expect(isLoopback(h), h).toBe(false);
    }
  });

  it('reads -H / --hostname the way next start takes them', () => {
    expect(hostFromArgv(['node', 'next', 'start', '-p', '3000', '-H', '0.0.0.0'])).toBe('0.0.0.0');
    expect(hostFromArgv(['node', 'next', 'start', '--hostname', '::'])).toBe('::');
    expect(hostFromArgv(['node', 'next', 'start', '--hostname=10.1.2.3'])).toBe('10.1.2.3');
    expect(hostFromArgv(['node', 'next', 'start', '-p', '3000'])).toBeNull();
  });

  it('warns only for a non-loopback bind without a token', () => {
    expect(bindWarning(['0.0.0.0'], false)).toMatch(/every interface.*PROOFDESK_AUTH_TOKEN/);
    expect(bindWarning(['::'], false)).toMatch(/WARNING/);
    expect(bindWarning(['192.168.1.5'], false)).toMatch(/192\.168\.1\.5/);
    expect(bindWarning(['0.0.0.0'], true)).toBeNull();
    expect(bindWarning(['127.0.0.1'], false)).toBeNull();
    expect(bindWarning(['::1', '127.0.0.1'], false)).toBeNull();
  });
});
