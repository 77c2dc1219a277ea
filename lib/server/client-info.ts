// What the app may believe about where a request came from. Behind a reverse proxy
// (PLEIT_TRUST_PROXY=1) the proxy's X-Forwarded-For/-Host/-Proto are believed;
// otherwise scripts/forwarded-headers.cjs has dropped whatever the client sent, and
// Next has filled them in from the socket (address) and the Host header.
import type { NextRequest } from 'next/server';

export const trustProxy = () => process.env.PLEIT_TRUST_PROXY === '1';

/** The client's address: the last X-Forwarded-For hop (the one our side added). */
export function clientAddress(req: Pick<NextRequest, 'headers'>): string {
  const hops = (req.headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  return hops.at(-1) ?? 'unknown';
}

/** Whether the browser reached us over https (for Secure cookies and HSTS). */
export function isHttps(req: Pick<NextRequest, 'headers'>): boolean {
  if (trustProxy()) {
    const proto = req.headers.get('x-forwarded-proto');
    if (proto) return proto.split(',')[0].trim().toLowerCase() === 'https';
  }
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
}

/** The host the browser addressed. */
export function requestHost(req: Pick<NextRequest, 'headers'>): string | null {
  const forwarded = trustProxy() ? req.headers.get('x-forwarded-host')?.split(',')[0].trim() : undefined;
  return forwarded || req.headers.get('host');
}
