// next-auth's routes, with the sign-in throttle in front of the credentials callback:
// failed attempts are counted per account and address, per address and per account
// (lib/server/throttle.ts); past a limit the answer is 429 with Retry-After, whatever
// the password, until the window has moved on.
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptionsFor, SESSION_COOKIE } from '@/lib/server/auth';
import { clientAddress } from '@/lib/server/client-info';
import { HttpError, readBodyBytes, toResponse } from '@/lib/server/http';
import { signInFailed, signInRetryAfter, signInSucceeded, tooManyAttempts } from '@/lib/server/throttle';

type Ctx = { params: Promise<{ nextauth: string[] }> };

const FORM_LIMIT = 16 * 1024;

/** next-auth's own forms post URL-encoded; anything else (JSON it would parse unguarded) is refused. */
async function readForm(req: NextRequest): Promise<URLSearchParams> {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(req.headers.get('content-type') ?? '')) {
    throw new HttpError(415, 'Unsupported media type', 'Send the form as application/x-www-form-urlencoded.');
  }
  const raw = await readBodyBytes(req.clone() as NextRequest, FORM_LIMIT);
  return new URLSearchParams(Buffer.from(raw).toString('utf8'));
}

async function handle(req: NextRequest, ctx: Ctx): Promise<Response> {
  try {
    return await throttled(req, ctx);
  } catch (e) {
    return toResponse(e);
  }
}

async function throttled(req: NextRequest, ctx: Ctx): Promise<Response> {
  const { nextauth = [] } = await ctx.params;
  const options = authOptionsFor(req);
  if (req.method !== 'POST') return NextAuth(req, ctx, options);
  const form = await readForm(req);
  if (nextauth[0] !== 'callback' || nextauth[1] !== 'credentials') return NextAuth(req, ctx, options);

  const email = form.get('email');
  const address = clientAddress(req);
  const wait = signInRetryAfter(email, address);
  if (wait > 0) throw tooManyAttempts(wait);

  const res: Response = await NextAuth(req, ctx, options);
  const signedIn = res.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`) && !/max-age=0/i.test(c));
  if (signedIn) signInSucceeded(email, address);
  // a wrong password answers 401 (json=true) or a redirect carrying error=CredentialsSignin (a plain form)
  else if (res.status === 401 || /[?&]error=CredentialsSignin/.test(res.headers.get('location') ?? '')) signInFailed(email, address);
  return res;
}

export { handle as GET, handle as POST };
