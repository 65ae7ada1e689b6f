/** Small formatters shared by the run, samples, rounds and search views. */
export function fmtDuration(ms: number | null | undefined): string {
  if (ms == null || !Number.isFinite(ms)) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function fmtTokens(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${Math.round(n / 1000)} k`;
  return n.toLocaleString('en');
}

export function fmtScore(s: number | null | undefined): string {
  if (s == null) return '—';
  return Number.isInteger(s) ? String(s) : s.toFixed(2).replace(/0$/, '');
}

export function fmtCost(c: number | null): string {
  return c === null ? '—' : c < 0.01 && c > 0 ? `<0.01` : c.toFixed(2);
}
