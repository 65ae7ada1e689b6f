import 'server-only';
import { NextResponse } from 'next/server';
import { pageCsp } from '@/lib/security/csp';
import { cachedShell, fillShell } from './shell-cache';
import { renderShell } from './shell-render';
import { shellFor } from './shell-routes';

type PageRequest = Parameters<typeof shellFor>[0];

/**
 * The page from its stored shell with `nonce` (and the request's id) put in, rendering the
 * shell first if need be; null when the page is not a shell or its shell cannot be had (then
 * Next renders it as usual).
 */
export async function servedShell(req: PageRequest, nonce: string): Promise<NextResponse | null> {
  const wanted = shellFor(req);
  if (!wanted) return null;
  const { path, values } = wanted;
  const shell = await cachedShell(path, () => renderShell(path, req.headers, Object.keys(values)));
  if (!shell) return null;
  const res = new NextResponse(fillShell(shell, nonce, values), { headers: shell.headers });
  res.headers.set('Content-Security-Policy', pageCsp(nonce));
  return res;
}
