// Next's proxy (formerly middleware): the per-request CSP nonce for pages, and HSTS
// over https (lib/server/security-headers.ts). The API is left out: a proxy buffers
// request bodies (and cuts them at 10 MB, which broke uploads), and API answers need
// no nonce: their policy and the headers that never change are in next.config.mjs.
import { NextResponse, type NextRequest } from 'next/server';
import { isHttps } from '@/lib/server/client-info';
import { HSTS, pageCsp } from '@/lib/server/security-headers';

export function proxy(req: NextRequest) {
  const https = isHttps(req);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === 'development', https });
  // Next reads the nonce from the request's policy and puts it on its scripts
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  if (https) res.headers.set('Strict-Transport-Security', HSTS);
  return res;
}

export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
