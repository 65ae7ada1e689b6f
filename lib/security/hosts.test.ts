import { describe, expect, it } from 'vitest';
import { isAllowedHost, isLoopbackName, parseAllowedHosts, parseHost } from './hosts';
import { hostPolicy } from './policy';

const policy = (port: number | null, allowed = '') => ({
  listenPort: port,
  allowed: parseAllowedHosts(allowed),
});

describe('Host header (DNS rebinding)', () => {
  it('parses names, IPv4, bracketed IPv6 and ports; refuses junk', () => {
    expect(parseHost('LocalHost:3000')).toEqual({ host: 'localhost', port: 3000 });
    expect(parseHost('[::1]:80')).toEqual({ host: '::1', port: 80 });
    expect(parseHost('example.com.')).toEqual({ host: 'example.com', port: null });
    for (const bad of [null, '', 'a:b', 'user@host', 'h:70000', 'h/x', '[::1', ':3000']) {
      expect(parseHost(bad), String(bad)).toBeNull();
    }
  });

  it('knows loopback names and every 127.x address', () => {
    for (const h of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '::1']) {
      expect(isLoopbackName(h), h).toBe(true);
    }
    for (const h of ['localhost.evil.example', '128.0.0.1', '127.0.0.256', '0.0.0.0', '10.0.0.1']) {
      expect(isLoopbackName(h), h).toBe(false);
    }
  });

  it('accepts loopback on the listening port only; refuses every other name', () => {
    const p = policy(3000);
    for (const h of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', '127.9.9.9:3000']) {
      expect(isAllowedHost(h, p), h).toBe(true);
    }
    for (const h of [
      'attacker.example:3000', // the rebinding case from the issue
      'attacker.example',
      'localhost:3001',
      'localhost', // port 80
      '192.168.1.20:3000',
      null,
    ]) {
      expect(isAllowedHost(h, p), String(h)).toBe(false);
    }
  });

  it('accepts names listed in PROOFDESK_ALLOWED_HOSTS, with or without a port', () => {
    const p = policy(3000, 'proofdesk.example, lab.example:8443 ,, bad host');
    expect(isAllowedHost('proofdesk.example', p)).toBe(true);
    expect(isAllowedHost('proofdesk.example:9999', p)).toBe(true);
    expect(isAllowedHost('lab.example:8443', p)).toBe(true);
    expect(isAllowedHost('lab.example', p)).toBe(false);
    expect(isAllowedHost('lab.example', p, true)).toBe(false);
    expect(isAllowedHost('other.example', p)).toBe(false);
  });

  it('takes the listening port from PORT (set by next start)', () => {
    expect(hostPolicy({ PORT: '3610' }).listenPort).toBe(3610);
    expect(hostPolicy({}).listenPort).toBeNull();
    expect(hostPolicy({ PROOFDESK_ALLOWED_HOSTS: 'a.example:1' }).allowed).toEqual([
      { host: 'a.example', port: 1 },
    ]);
  });
});
