// Next's proxy (formerly middleware): the per-request CSP nonce for pages, the
// API's policy, and HSTS over https (lib/server/security-headers.ts). The headers that
// never change are set for every path, static files included, in next.config.mjs.
import { NextResponse, type NextRequest } from 'next/server';
import { isHttps } from '@/lib/server/client-info';
import { API_CSP, HSTS, pageCsp } from '@/lib/server/security-headers';

export function proxy(req: NextRequest) {
  const https = isHttps(req);
  let res: NextResponse;
  if (req.nextUrl.pathname.startsWith('/api/')) {
    res = NextResponse.next();
    res.headers.set('Content-Security-Policy', API_CSP);
  } else {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
    const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === 'development', https });
    // Next reads the nonce from the request's policy and puts it on its scripts
    const headers = new Headers(req.headers);
    headers.set('x-nonce', nonce);
    headers.set('Content-Security-Policy', csp);
    res = NextResponse.next({ request: { headers } });
    res.headers.set('Content-Security-Policy', csp);
  }
  if (https) res.headers.set('Strict-Transport-Security', HSTS);
  return res;
}

export const config = {
  // static build output needs no nonce (its headers come from next.config.mjs)
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
