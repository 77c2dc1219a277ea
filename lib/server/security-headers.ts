// The security headers of pages: a Content-Security-Policy with a fresh nonce per
// request (proxy.ts passes it to Next, which puts it on its own inline scripts), and
// HSTS when the request came over https. The headers that never vary (framing, MIME
// sniffing, referrer, and the API's policy that allows nothing) are in next.config.mjs.

/**
 * The policy the app, the editor and its elkjs layout worker run under: scripts only
 * with this request's nonce (and what they load: 'strict-dynamic'); the worker from our
 * origin; styles inline too (React Flow and React's style attributes); images from us,
 * data: and blob: (the editor's image export); fetches to our own origin only.
 */
export function pageCsp(nonce: string, { dev = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const HSTS = 'max-age=31536000; includeSubDomains';
