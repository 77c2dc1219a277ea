// Who is calling: a next-auth session (credentials sign-in, JWT cookie) or a personal
// API token (Authorization: Bearer pleit_…). Passwords are hashed with argon2id; API
// tokens are 256-bit random secrets stored as their SHA-256.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { db } from './db';
import { HttpError, unauthorized } from './http';
import { verifyPassword } from './passwords';

export interface Actor {
  id: string;
  email: string;
  name: string;
  via: 'session' | 'token';
}


const credentials = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'E-mail',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(input) {
        const parsed = credentials.safeParse(input);
        if (!parsed.success) return null;
        const user = await db().user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
        if (!user || !(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};

export const tokenHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new API token: the secret is shown once; only its hash is stored. */
export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `pleit_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: tokenHash(secret), prefix: secret.slice(0, 12) };
}

/** The caller, or null when anonymous. A bad bearer token is a 401, not anonymity. */
export async function getActor(req: NextRequest): Promise<Actor | null> {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new HttpError(401, 'Unauthorized', 'Authorization must be "Bearer <token>".');
    const token = await db().apiToken.findUnique({ where: { tokenHash: tokenHash(match[1]) }, include: { user: true } });
    if (!token || token.revokedAt) throw new HttpError(401, 'Unauthorized', 'This API token is unknown or revoked.');
    // at most one write a minute per token: tokens are used in bursts
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
      await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
    }
    return { id: token.user.id, email: token.user.email, name: token.user.name, via: 'token' };
  }
  const jwt = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (!jwt?.sub) return null;
  const user = await db().user.findUnique({ where: { id: jwt.sub } });
  if (!user) return null;
  if (req.method !== 'GET' && req.method !== 'HEAD') checkSameOrigin(req);
  return { id: user.id, email: user.email, name: user.name, via: 'session' };
}

export async function requireActor(req: NextRequest): Promise<Actor> {
  const actor = await getActor(req);
  if (!actor) throw unauthorized();
  return actor;
}

/** Cookie-authenticated writes must come from our own pages (a second line behind SameSite=Lax). */
function checkSameOrigin(req: NextRequest) {
  const origin = req.headers.get('origin');
  if (!origin) return;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = '';
  }
  if (originHost !== host) throw new HttpError(403, 'Forbidden', 'Cross-origin requests must use an API token.');
}
