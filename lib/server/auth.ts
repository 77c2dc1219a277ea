// Who is calling: a next-auth session (credentials sign-in, JWT cookie) or a personal
// API token (Authorization: Bearer pleit_…). Passwords are hashed with argon2id; API
// tokens are 256-bit random secrets stored as their SHA-256, with a scope (read or
// write) and an expiry. A session cookie names a Session row, so signing out and
// changing the password end it on the server, not only in the browser.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { sameOriginUrl } from '@/lib/safe-redirect';
import { isHttps, requestHost } from './client-info';
import { db, type Db, type Tx } from './db';
import { forbidden, HttpError, unauthorized } from './http';
import { hashPassword, verifyPassword } from './passwords';

export type TokenScope = 'read' | 'write';

export interface Actor {
  id: string;
  email: string;
  name: string;
  via: 'session' | 'token';
  /** what the caller may do: sessions write (absent means write), tokens as they were made */
  scope?: TokenScope;
  /** the Session row of a cookie-authenticated caller */
  sessionId?: string;
}

/** A session lasts at most 7 days from signing in (it was 30), unless ended sooner. */
export const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;
/** One cookie name whether or not the request came over https (only `Secure` differs). */
export const SESSION_COOKIE = 'next-auth.session-token';
/** When a token expires; one made before tokens had an expiry expires a year after it was made. */
export const tokenExpiresAt = (t: { createdAt: Date; expiresAt: Date | null }) => t.expiresAt ?? new Date(t.createdAt.getTime() + 365 * 24 * 60 * 60 * 1000);

function sessionCookie(secure: boolean) {
  return { name: SESSION_COOKIE, options: { httpOnly: true, sameSite: 'lax', path: '/', secure } };
}

// An unknown e-mail address costs one argon2 verification too, so the answer's timing
// does not tell which addresses have an account.
let dummyHash: Promise<string> | null = null;
const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(18).toString('base64url')));

const credentials = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  cookies: { sessionToken: sessionCookie(false) },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'E-mail',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(input) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        const user = await db().user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
        if (!user) {
          await verifyPassword(await dummyPasswordHash(), parsed.data.password);
          return null;
        }
        if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        // the account's dead sessions are forgotten as it signs in again
        await db().session.deleteMany({ where: { userId: user.id, OR: [{ expiresAt: { lt: new Date() } }, { revokedAt: { not: null } }] } });
        const session = await db().session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_S * 1000) } });
        token.sid = session.id;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      if (typeof token.sid === 'string') (session as { sid?: string }).sid = token.sid;
      return session;
    },
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === 'string') await revokeSessions({ id: token.sid });
    },
  },
};

/** The options for one request to next-auth's routes: cookies are `Secure` when it came over https. */
export function authOptionsFor(req: NextRequest): NextAuthOptions {
  const secure = isHttps(req);
  return {
    ...authOptions,
    useSecureCookies: secure,
    cookies: { sessionToken: sessionCookie(secure) },
  };
}

/** The user of a session that is still live (not revoked, not expired), or null. */
export async function liveSessionUser(sessionId: unknown, userId: unknown) {
  if (typeof sessionId !== 'string' || typeof userId !== 'string') return null;
  const session = await db().session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.userId !== userId || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
  return session.user;
}

export async function revokeSessions(where: { id: string } | { userId: string; exceptId?: string }, tx: Tx | Db = db()) {
  const filter = 'id' in where ? { id: where.id } : { userId: where.userId, ...(where.exceptId ? { id: { not: where.exceptId } } : {}) };
  await tx.session.updateMany({ where: { ...filter, revokedAt: null }, data: { revokedAt: new Date() } });
}

export const tokenHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new API token: the secret is shown once; only its hash is stored. */
export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `pleit_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: tokenHash(secret), prefix: secret.slice(0, 12) };
}

/**
 * The caller, or null when anonymous. A bad bearer token is a 401, not anonymity.
 * `reads`: the request is a POST that only reads (an export whose options come as a
 * body), which a token of scope "read" may make.
 */
export async function getActor(req: NextRequest, { reads = false }: { reads?: boolean } = {}): Promise<Actor | null> {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new HttpError(401, 'Unauthorized', 'Authorization must be "Bearer <token>".');
    const token = await db().apiToken.findUnique({ where: { tokenHash: tokenHash(match[1]) }, include: { user: true } });
    if (!token || token.revokedAt) throw new HttpError(401, 'Unauthorized', 'This API token is unknown or revoked.');
    if (tokenExpiresAt(token).getTime() <= Date.now()) throw new HttpError(401, 'Unauthorized', 'This API token has expired: make a new one on your account page.', { type: 'urn:pleit:problem:token-expired' });
    const scope: TokenScope = token.scope === 'read' ? 'read' : 'write';
    if (scope === 'read' && !reads && !isReadMethod(req.method)) throw forbidden('This API token may only read (scope "read").');
    // at most one write a minute per token: tokens are used in bursts
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
      await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
    }
    return { id: token.user.id, email: token.user.email, name: token.user.name, via: 'token', scope };
  }
  const jwt = await getToken({ req, secret: process.env.NEXTAUTH_SECRET, cookieName: SESSION_COOKIE });
  if (!jwt?.sub) return null;
  const user = await liveSessionUser(jwt.sid, jwt.sub);
  if (!user) return null;
  if (!isReadMethod(req.method)) checkSameOrigin(req);
  return { id: user.id, email: user.email, name: user.name, via: 'session', scope: 'write', sessionId: jwt.sid as string };
}

const isReadMethod = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

export async function requireActor(req: NextRequest): Promise<Actor> {
  const actor = await getActor(req);
  if (!actor) throw unauthorized();
  return actor;
}

/** Cookie-authenticated writes must come from our own pages (a second line behind SameSite=Lax). */
function checkSameOrigin(req: NextRequest) {
  const origin = req.headers.get('origin');
  if (!origin) return;
  const host = requestHost(req);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = '';
  }
  if (originHost !== host) throw new HttpError(403, 'Forbidden', 'Cross-origin requests must use an API token.');
}
