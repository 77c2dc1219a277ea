// What the API tests share: an HTTP client for the server under test (PLEIT_BASE_URL,
// set by scripts/test.mjs), users signed up and signed in through next-auth with a
// personal token, maps, and the problem+json assertion.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

export const BASE = process.env.PLEIT_BASE_URL ?? '';
if (!BASE) throw new Error('PLEIT_BASE_URL is not set: run these tests through `npm test` (scripts/test.mjs)');

export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  cookie?: string;
  /** sent as JSON */
  body?: unknown;
  form?: FormData;
  /** sent as it is, with `type` as its content type (JSON when not given) */
  raw?: BodyInit;
  type?: string;
  /** another server than the suite's (a spawned one) */
  base?: string;
}

export async function call(method: string, path: string, opts: CallOptions = {}): Promise<Answer> {
  // a connection of its own for each request: a kept-alive one can be closed by the server just
  // as this process, busy with its own work (a big map generated, a spawnSync), reuses it, and
  // the request then fails with a reset that says nothing about the server (seen on CI, on POSTs)
  const headers: Record<string, string> = { connection: 'close' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.cookie) headers.cookie = opts.cookie;
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.raw !== undefined) {
    body = opts.raw;
    headers['content-type'] = opts.type ?? 'application/json';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const send = () => fetch(`${opts.base ?? BASE}${path}`, { method, headers, body, redirect: 'manual' });
  // a kept-alive connection the server closed while this process was busy (a spawnSync)
  // fails at once with "other side closed" (or a reset): a GET is safe to send again
  const res = await send().catch((e: { cause?: { code?: string } }) => {
    if (method === 'GET' && (e.cause?.code === 'UND_ERR_SOCKET' || e.cause?.code === 'ECONNRESET')) return send();
    throw e;
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, text, headers: res.headers };
}

/** next-auth's credentials flow: csrf token + cookie, then the callback; returns the session cookie */
export async function signInCookie(email: string, password: string, base = BASE): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    redirect: 'manual',
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return session.split(';')[0];
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  cookie: string;
}

/** A new account, signed in, with a personal API token. */
export async function newUser(label: string, base = BASE): Promise<TestUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.org`;
  const password = 'a long enough password';
  const created = await call('POST', '/api/v1/users', { base, body: { email, password, name: label } });
  expect(created.status).toBe(201);
  const cookie = await signInCookie(email, password, base);
  const token = await call('POST', '/api/v1/tokens', { base, cookie, body: { name: 'tests' } });
  expect(token.status).toBe(201);
  return { id: created.body.id, email, token: token.body.token, cookie };
}

/** How many maps the user has a role on: GET /maps also lists other people's PUBLIC maps, which other test files create meanwhile. */
export async function ownMapCount(user: TestUser): Promise<number> {
  const res = await call('GET', '/api/v1/maps', { token: user.token });
  return res.body.maps.filter((m: { role: string | null }) => m.role).length;
}

/** A new map of the user's, with a random title. */
export async function newMap(owner: TestUser, visibility = 'PRIVATE', title = 'Kaart'): Promise<{ id: string; version: number }> {
  const res = await call('POST', '/api/v1/maps', { token: owner.token, body: { title: `${title} ${randomUUID().slice(0, 6)}`, visibility } });
  expect(res.status).toBe(201);
  return res.body;
}

/** Makes `user` a member of the owner's map the only way there is: an invitation they accept. */
export async function addMember(owner: TestUser, mapId: string, user: TestUser, role: string) {
  const invited = await call('POST', `/api/v1/maps/${mapId}/invitations`, { token: owner.token, body: { email: user.email, role } });
  expect(invited.status, invited.text).toBe(201);
  const accepted = await call('POST', `/api/v1/invitations/${invited.body.id}/accept`, { token: user.token });
  expect(accepted.status, accepted.text).toBe(200);
  return accepted.body.member as { userId: string; role: string; version: number };
}

export const ops = (mapId: string, user: TestUser, operations: unknown[]) =>
  call('POST', `/api/v1/maps/${mapId}/operations`, { token: user.token, body: { operations } });

export function expectProblem(a: Answer, status: number) {
  expect(a.status, a.text).toBe(status);
  expect(a.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(a.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
}
