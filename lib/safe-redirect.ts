// Where to go after signing in: only somewhere on our own origin. The callback URL is
// resolved the way a browser would resolve it (so "/\evil.example" and "/\t/evil.example",
// which browsers read as "//evil.example", are caught) and compared by origin.

/** The same-origin path (with query and fragment) `target` leads to, or `fallback`. */
export function sameOriginPath(target: string | null | undefined, origin: string, fallback = '/maps'): string {
  if (!target) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  // "http://us//evil.example" has the path "//evil.example", which is itself a
  // protocol-relative URL: keep one leading slash
  return `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`;
}

/** For next-auth's redirect callback: an absolute URL on baseUrl's origin. */
export function sameOriginUrl(target: string, baseUrl: string): string {
  const path = sameOriginPath(target, baseUrl, '/');
  return new URL(path, baseUrl).toString();
}
