// The security suite: each attack of the hardening review (issue 15) that concerns
// accounts and the web, run against the real server on SQLite and on PostgreSQL.
// A second server on the same database and build runs with PLEIT_TRUST_PROXY=1, for
// what only a configured reverse proxy may tell the app (client address, https).
import { randomUUID } from 'node:crypto';
import { spawnServer, type SpawnedServer } from './spawn-server';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, BASE, call, expectProblem, newMap, newUser, ops, signInCookie, type TestUser } from './client';

const require = createRequire(import.meta.url);
const PASSWORD = 'a long enough password';

async function csrf(base = BASE, headers: Record<string, string> = {}): Promise<{ csrfToken: string; cookie: string }> {
  const res = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { csrfToken, cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

/** One try at next-auth's credentials sign-in, as the sign-in form sends it. */
async function attempt(email: string, password: string, opts: { base?: string; headers?: Record<string, string>; callbackUrl?: string } = {}) {
  const base = opts.base ?? BASE;
  const c = await csrf(base, opts.headers);
  const body = new URLSearchParams({ csrfToken: c.csrfToken, email, password, json: 'true', ...(opts.callbackUrl ? { callbackUrl: opts.callbackUrl } : {}) });
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: c.cookie, ...opts.headers },
    body,
    redirect: 'manual',
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text); } catch { return null; } })() };
}

async function signUp(label: string, password = PASSWORD) {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.org`;
  const res = await call('POST', '/api/v1/users', { body: { email, password, name: label } });
  return { email, res };
}

// ---- the second server, behind a "proxy" (PLEIT_TRUST_PROXY=1)

let proxied: SpawnedServer | null = null;

let owner: TestUser;
let other: TestUser;
beforeAll(async () => {
  [owner, other] = await Promise.all([newUser('sec-owner'), newUser('sec-other')]);
  // the same database, a second server that believes X-Forwarded-* (as behind a proxy)
  proxied = await spawnServer({ databaseUrl: process.env.DATABASE_URL, env: { PLEIT_TRUST_PROXY: '1' } });
}, 120_000);

afterAll(async () => {
  await proxied?.stop();
});

describe('sign-in throttling', () => {
  it('answers 429 with Retry-After after 10 wrong passwords for one account from one address, even for the right password, and a forged X-Forwarded-For does not help', async () => {
    const { email } = await signUp('throttled');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await attempt(email, `wrong password ${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const blocked = await attempt(email, 'wrong password again');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.json).toMatchObject({ status: 429, retryAfter });
    expect(blocked.headers.getSetCookie().some((c) => c.startsWith('next-auth.session-token='))).toBe(false);
    expect((await attempt(email, PASSWORD)).status).toBe(429);
    // the server is not behind a configured proxy: a claimed address is not believed
    expect((await attempt(email, PASSWORD, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(429);
  });

  it('counts only failures: signing in correctly many times in a row is never throttled', async () => {
    const { email } = await signUp('regular');
    for (let i = 0; i < 15; i++) expect((await attempt(email, PASSWORD)).status).toBe(200);
  });

  it('behind a configured proxy keys by the forwarded address: the account stays open from another address, and spraying many accounts from one address is cut off', async () => {
    const base = proxied!.baseUrl;
    const { email } = await signUp('proxied');
    const from = (ip: string) => ({ base, headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < 10; i++) expect((await attempt(email, 'wrong password', from('198.51.100.20'))).status).toBe(401);
    expect((await attempt(email, PASSWORD, from('198.51.100.20'))).status).toBe(429);
    expect((await attempt(email, PASSWORD, from('198.51.100.21'))).status).toBe(200);
    // one address trying many accounts: 100 failures in 15 minutes
    const sprayer = from(`198.51.100.${100 + Math.floor(Math.random() * 100)}`);
    let first429 = 0;
    for (let i = 1; i <= 101 && !first429; i++) {
      const a = await attempt(`nobody-${randomUUID()}@example.org`, 'wrong password', sprayer);
      if (a.status === 429) first429 = i;
      else expect(a.status).toBe(401);
    }
    expect(first429).toBe(101);
  }, 180_000);
});

describe('sign-up', () => {
  it('answers "address taken" at most 10 times in 15 minutes to one client address, then 429 for every sign-up from it', async () => {
    const base = proxied!.baseUrl;
    const from = { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${200 + Math.floor(Math.random() * 50)}` };
    const signUpAt = (email: string) => fetch(`${base}/api/v1/users`, { method: 'POST', headers: from, body: JSON.stringify({ email, password: PASSWORD, name: 'Probe' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await signUpAt(other.email)).status);
    expect(statuses).toEqual(Array(10).fill(409));
    const blocked = await signUpAt(other.email);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // a new address is refused too, so the 429 does not tell taken from free
    expect((await signUpAt(`fresh-${randomUUID().slice(0, 8)}@example.org`)).status).toBe(429);
  });
});

describe('redirects after signing in', () => {
  it('next-auth never answers with a URL off our origin', async () => {
    const { email } = await signUp('redirect');
    for (const callbackUrl of ['/\\evil.example', '/\t/evil.example', '//evil.example', 'https://evil.example/', '/maps']) {
      const a = await attempt(email, PASSWORD, { callbackUrl });
      expect(a.status).toBe(200);
      expect(new URL(a.json.url).origin, callbackUrl).toBe(new URL(BASE).origin);
    }
  });
});

describe('security headers', () => {
  it('pages carry a nonce CSP that forbids framing, and the other headers; no HSTS over plain http', async () => {
    const first = await fetch(`${BASE}/signin`);
    const second = await fetch(`${BASE}/signin`);
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    const html = await first.text();
    // every script Next writes carries this request's nonce
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(first.headers.get('strict-transport-security')).toBeNull();
    // a forged X-Forwarded-Proto does not make the app believe it is on https
    const forged = await fetch(`${BASE}/signin`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
  });

  it('API answers carry a CSP that allows nothing, and the same headers', async () => {
    for (const a of [await call('GET', '/api/v1/maps'), await call('GET', '/api/v1/me')]) {
      expect(a.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(a.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(a.headers.get('x-frame-options')).toBe('DENY');
      expect(a.headers.get('x-content-type-options')).toBe('nosniff');
      expect(a.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('behind a configured https proxy: HSTS, and Secure session cookies', async () => {
    const base = proxied!.baseUrl;
    const https = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.30' };
    const page = await fetch(`${base}/signin`, { headers: https });
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const { email } = await signUp('https');
    const signedIn = await attempt(email, PASSWORD, { base, headers: https });
    expect(signedIn.status).toBe(200);
    const session = signedIn.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
    expect(session).toMatch(/;\s*Secure/i);
    const plain = await attempt(email, PASSWORD, { base, headers: { 'x-forwarded-for': '198.51.100.30' } });
    expect(plain.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='))).not.toMatch(/;\s*Secure/i);
  });
});

describe('passwords', () => {
  it('refuses common passwords, blank ones and the e-mail address, saying why', async () => {
    for (const [password, reason] of [['12345678', 'common'], ['password', 'common'], ['Iloveyou1', 'common'], ['        ', 'blank']] as const) {
      const { res } = await signUp('weak', password);
      expectProblem(res, 422);
      expect(res.body).toMatchObject({ type: 'urn:pleit:problem:weak-password', reason });
    }
    const email = `same-${randomUUID().slice(0, 8)}@example.org`;
    const same = await call('POST', '/api/v1/users', { body: { email, password: email.toUpperCase(), name: 'Same' } });
    expectProblem(same, 422);
    expect(same.body.reason).toBe('email');
    expect((await signUp('fine', 'correct horse battery staple')).res.status).toBe(201);
  });

  it('a password change needs the current password, refuses weak ones, and ends the other sessions', async () => {
    const { email } = await signUp('changer');
    const here = await signInCookie(email, PASSWORD);
    const elsewhere = await signInCookie(email, PASSWORD);
    const token = (await call('POST', '/api/v1/tokens', { cookie: here, body: { name: 'script' } })).body.token;
    const wrong = await call('POST', '/api/v1/me/password', { cookie: here, body: { current: 'not it at all', new: 'a brand new password' } });
    expectProblem(wrong, 422);
    expect(wrong.body.type).toBe('urn:pleit:problem:wrong-password');
    expectProblem(await call('POST', '/api/v1/me/password', { cookie: here, body: { current: PASSWORD, new: 'qwertyuiop' } }), 422);
    expectProblem(await call('POST', '/api/v1/me/password', { token, body: { current: PASSWORD, new: 'a brand new password' } }), 403);
    const changed = await call('POST', '/api/v1/me/password', { cookie: here, body: { current: PASSWORD, new: 'a brand new password' } });
    expect(changed.status, changed.text).toBe(200);
    expect((await call('GET', '/api/v1/me', { cookie: here })).status).toBe(200);
    expectProblem(await call('GET', '/api/v1/me', { cookie: elsewhere }), 401);
    expect((await attempt(email, PASSWORD)).status).toBe(401);
    expect((await attempt(email, 'a brand new password')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('after signing out, the old cookie no longer answers, for the API and for pages', async () => {
    const { email } = await signUp('leaver');
    const cookie = await signInCookie(email, PASSWORD);
    expect((await call('GET', '/api/v1/me', { cookie })).status).toBe(200);
    const c = await csrf();
    const out = await fetch(`${BASE}/api/auth/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookie}; ${c.cookie}` },
      body: new URLSearchParams({ csrfToken: c.csrfToken, json: 'true' }),
      redirect: 'manual',
    });
    expect(out.status).toBe(200);
    // the browser would drop the cookie; someone who kept a copy finds it dead
    expectProblem(await call('GET', '/api/v1/me', { cookie }), 401);
    expectProblem(await call('POST', '/api/v1/maps', { cookie, body: { title: 'Na het afmelden' } }), 401);
    const account = await fetch(`${BASE}/account`, { headers: { cookie }, redirect: 'manual' });
    expect(account.status).toBeGreaterThanOrEqual(300);
    expect(account.status).toBeLessThan(400);
    expect(account.headers.get('location')).toContain('/signin');
  });
});

/** Moves a token's expiry into the past, straight in the database the server uses. */
async function expireToken(id: string) {
  const url = process.env.DATABASE_URL ?? '';
  if (process.env.PLEIT_DB_PROVIDER === 'postgresql') {
    const { Client } = require('pg');
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE "ApiToken" SET "expiresAt" = "createdAt" WHERE id = $1', [id]);
    await client.end();
  } else {
    const Database = require('better-sqlite3');
    const file = url.replace(/^file:/, '');
    const db = new Database(file, { timeout: 15_000 });
    db.prepare('UPDATE "ApiToken" SET "expiresAt" = "createdAt" WHERE id = ?').run(id);
    db.close();
  }
}

describe('API tokens', () => {
  it('expire (default 90 days, at most 365), show when, and stop working once expired', async () => {
    const made = await call('POST', '/api/v1/tokens', { cookie: owner.cookie, body: { name: 'default' } });
    expect(made.status).toBe(201);
    const days = (Date.parse(made.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
    expect(made.body.scope).toBe('write');
    expectProblem(await call('POST', '/api/v1/tokens', { cookie: owner.cookie, body: { name: 'too long', expiresInDays: 366 } }), 422);
    expectProblem(await call('POST', '/api/v1/tokens', { cookie: owner.cookie, body: { name: 'zero', expiresInDays: 0 } }), 422);
    const listed = await call('GET', '/api/v1/tokens', { cookie: owner.cookie });
    expect(listed.body.tokens.find((t: { id: string }) => t.id === made.body.id)).toMatchObject({ expiresAt: made.body.expiresAt, scope: 'write' });
    expect((await call('GET', '/api/v1/me', { token: made.body.token })).status).toBe(200);
    await expireToken(made.body.id);
    const expired = await call('GET', '/api/v1/me', { token: made.body.token });
    expectProblem(expired, 401);
    expect(expired.body.type).toBe('urn:pleit:problem:token-expired');
  });

  it('a read token reads and is refused every write; no token may make tokens', async () => {
    const map = await newMap(owner);
    const read = await call('POST', '/api/v1/tokens', { cookie: owner.cookie, body: { name: 'reader', scope: 'read', expiresInDays: 1 } });
    expect(read.body.scope).toBe('read');
    const t = read.body.token;
    expect((await call('GET', `/api/v1/maps/${map.id}/graph`, { token: t })).status).toBe(200);
    // an export whose options come as a body (a long selection) only reads: allowed
    const svg = await call('POST', `/api/v1/maps/${map.id}/export.svg`, { token: t, body: { legend: false } });
    expect(svg.status, svg.text).toBe(200);
    expect(svg.text).toMatch(/^<svg /);
    expectProblem(await call('POST', '/api/v1/maps', { token: t, body: { title: 'Nee' } }), 403);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/operations`, { token: t, body: { operations: [] } }), 403);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: t, body: { kind: 'CLAIM', title: 'Nee' } }), 403);
    expectProblem(await call('PATCH', `/api/v1/maps/${map.id}`, { token: t, body: { version: map.version, title: 'Nee' } }), 403);
    expectProblem(await call('DELETE', `/api/v1/maps/${map.id}?version=${map.version}`, { token: t }), 403);
    expectProblem(await call('DELETE', `/api/v1/tokens/${read.body.id}`, { token: t }), 403);
    expectProblem(await call('POST', '/api/v1/tokens', { token: t, body: { name: 'minted' } }), 403);
    expectProblem(await call('POST', '/api/v1/tokens', { token: owner.token, body: { name: 'minted' } }), 403);
    expect((await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body.title).not.toBe('Nee');
  });
});

describe('invitations', () => {
  it('inviting answers alike for an address with and without an account, and makes nobody a member', async () => {
    const map = await newMap(owner);
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    const a = await call('POST', `/api/v1/maps/${map.id}/invitations`, { token: owner.token, body: { email: other.email, role: 'EDITOR' } });
    const b = await call('POST', `/api/v1/maps/${map.id}/invitations`, { token: owner.token, body: { email: unknown, role: 'EDITOR' } });
    // the old way in (POST …/members) invites too, with the same answer
    const c = await call('POST', `/api/v1/maps/${map.id}/members`, { token: owner.token, body: { email: `nobody-${randomUUID().slice(0, 8)}@example.org`, role: 'VIEWER' } });
    for (const x of [a, b, c]) {
      expect(x.status, x.text).toBe(201);
      expect(Object.keys(x.body).sort()).toEqual(['createdAt', 'email', 'id', 'invitedById', 'mapId', 'role']);
    }
    const members = await call('GET', `/api/v1/maps/${map.id}/members`, { token: owner.token });
    expect(members.body.members.map((m: { userId: string }) => m.userId)).toEqual([owner.id]);
    expect(members.body.invitations.map((i: { email: string }) => i.email).sort()).toEqual([other.email, unknown, c.body.email].sort());
    expect((await call('GET', `/api/v1/maps/${map.id}/invitations`, { token: owner.token })).body.invitations).toHaveLength(3);
    // not a member until they accept: the private map is still not there for them
    expectProblem(await call('GET', `/api/v1/maps/${map.id}`, { token: other.token }), 404);
    expectProblem(await call('GET', `/api/v1/maps/${map.id}/invitations`, { token: other.token }), 404);
    expect((await call('GET', '/api/v1/maps', { token: other.token })).body.maps.map((m: { id: string }) => m.id)).not.toContain(map.id);
  });

  it('the invitee sees the map title and inviter, and accepts; declining and withdrawing leave no membership', async () => {
    const map = await newMap(owner, 'PRIVATE', 'Uitnodiging');
    const invited = await call('POST', `/api/v1/maps/${map.id}/invitations`, { token: owner.token, body: { email: other.email, role: 'EDITOR' } });
    const mine = await call('GET', '/api/v1/invitations', { token: other.token });
    expect(mine.body.invitations.find((i: { id: string }) => i.id === invited.body.id)).toMatchObject({ mapId: map.id, role: 'EDITOR', invitedByName: 'sec-owner', mapTitle: expect.stringMatching(/^Uitnodiging /) });
    // someone else cannot take it
    expectProblem(await call('POST', `/api/v1/invitations/${invited.body.id}/accept`, { token: owner.token }), 404);
    const accepted = await call('POST', `/api/v1/invitations/${invited.body.id}/accept`, { token: other.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.member).toMatchObject({ userId: other.id, role: 'EDITOR' });
    expect((await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: other.token, body: { kind: 'CLAIM', title: 'Ik doe mee' } })).status).toBe(201);
    expectProblem(await call('POST', `/api/v1/invitations/${invited.body.id}/accept`, { token: other.token }), 404);

    const second = await newMap(owner);
    const declined = await call('POST', `/api/v1/maps/${second.id}/invitations`, { token: owner.token, body: { email: other.email, role: 'VIEWER' } });
    expect((await call('POST', `/api/v1/invitations/${declined.body.id}/decline`, { token: other.token })).status).toBe(204);
    expectProblem(await call('GET', `/api/v1/maps/${second.id}`, { token: other.token }), 404);
    const withdrawn = await call('POST', `/api/v1/maps/${second.id}/invitations`, { token: owner.token, body: { email: other.email, role: 'VIEWER' } });
    expectProblem(await call('DELETE', `/api/v1/maps/${second.id}/invitations/${withdrawn.body.id}`, { token: other.token }), 404);
    expect((await call('DELETE', `/api/v1/maps/${second.id}/invitations/${withdrawn.body.id}`, { token: owner.token })).status).toBe(204);
    expectProblem(await call('POST', `/api/v1/invitations/${withdrawn.body.id}/accept`, { token: other.token }), 404);
    expect((await call('GET', `/api/v1/maps/${second.id}/members`, { token: owner.token })).body.invitations).toEqual([]);
  });

  it('an address without an account finds its invitation after signing up; only OWNERs invite', async () => {
    const map = await newMap(owner);
    const email = `later-${randomUUID().slice(0, 8)}@example.org`;
    expect((await call('POST', `/api/v1/maps/${map.id}/invitations`, { token: owner.token, body: { email: email.toUpperCase(), role: 'VIEWER' } })).status).toBe(201);
    expect((await call('POST', '/api/v1/users', { body: { email, password: PASSWORD, name: 'Later' } })).status).toBe(201);
    const cookie = await signInCookie(email, PASSWORD);
    const list = await call('GET', '/api/v1/invitations', { cookie });
    expect(list.body.invitations).toHaveLength(1);
    expect((await call('POST', `/api/v1/invitations/${list.body.invitations[0].id}/accept`, { cookie })).status).toBe(200);
    expect((await call('GET', `/api/v1/maps/${map.id}`, { cookie })).body.role).toBe('VIEWER');

    const editorMap = await newMap(owner);
    await addMember(owner, editorMap.id, other, 'EDITOR');
    expectProblem(await call('POST', `/api/v1/maps/${editorMap.id}/invitations`, { token: other.token, body: { email: 'x@example.org', role: 'OWNER' } }), 403);
    expectProblem(await call('POST', `/api/v1/maps/${editorMap.id}/invitations`, { token: owner.token, body: { email: other.email, role: 'VIEWER' } }), 409);
  });
});

describe('answers that used to be 500s', () => {
  it('collection names that are Object.prototype members are 404s', async () => {
    const map = await newMap(owner);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expectProblem(await call('GET', `/api/v1/maps/${map.id}/${name}`, { token: owner.token }), 404);
      expectProblem(await call('POST', `/api/v1/maps/${map.id}/${name}`, { token: owner.token, body: { title: 'x' } }), 404);
      expectProblem(await call('GET', `/api/v1/maps/${map.id}/${name}/x`, { token: owner.token }), 404);
      expectProblem(await call('PATCH', `/api/v1/maps/${map.id}/${name}/x`, { token: owner.token, body: { version: 1 } }), 404);
      expectProblem(await call('DELETE', `/api/v1/maps/${map.id}/${name}/x?version=1`, { token: owner.token }), 404);
    }
  });

  it('a lone surrogate in any string is a 422', async () => {
    const map = await newMap(owner);
    const lone = '\ud800';
    const cases: [string, string, unknown][] = [
      ['POST', `/api/v1/maps/${map.id}/nodes`, { kind: 'CLAIM', title: `a${lone}` }],
      ['POST', `/api/v1/maps/${map.id}/nodes`, { kind: 'CLAIM', title: 'a', body: lone }],
      ['POST', `/api/v1/maps/${map.id}/tags`, { name: lone, color: '#112233' }],
      ['POST', `/api/v1/maps/${map.id}/sources`, { type: 'REPORT', title: lone }],
      ['POST', `/api/v1/maps/${map.id}/sources`, { type: 'REPORT', title: 'R', publisher: lone, url: `https://example.org/${lone}` }],
      ['POST', `/api/v1/maps/${map.id}/relations`, { type: 'SUPPORTS', fromId: lone, toId: lone }],
      ['POST', '/api/v1/maps', { title: lone }],
      ['PATCH', `/api/v1/maps/${map.id}`, { version: map.version, description: lone }],
      ['POST', '/api/v1/users', { email: 'x@example.org', password: `${lone}${lone}${lone}${lone}${lone}${lone}${lone}${lone}`, name: 'X' }],
      ['POST', '/api/v1/users', { email: 'y@example.org', password: PASSWORD, name: lone }],
      ['POST', `/api/v1/maps/${map.id}/operations`, { operations: [{ op: 'create', entity: 'node', id: randomUUID(), data: { kind: 'CLAIM', title: lone } }] }],
    ];
    for (const [method, url, body] of cases) {
      const a = await call(method, url, { token: owner.token, body });
      expectProblem(a, 422);
    }
    const tokenName = await call('POST', '/api/v1/tokens', { cookie: owner.cookie, body: { name: lone } });
    expectProblem(tokenName, 422);
  });

  it('only JSON media types are read as JSON', async () => {
    const body = JSON.stringify({ title: 'Media' });
    for (const type of ['text/plain; charset=json', 'application/jsonx', 'text/json-ish', 'application/x-www-form-urlencoded']) {
      expectProblem(await call('POST', '/api/v1/maps', { token: owner.token, raw: body, type }), 415);
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON']) {
      expect((await call('POST', '/api/v1/maps', { token: owner.token, raw: body, type })).status).toBe(201);
    }
  });
});

describe('entity ids are scoped by map', () => {
  it('an id used in another (private) map is free here, and squatting it does not break the owner’s undo', async () => {
    const stranger = await newUser('squatter');
    const privateMap = await newMap(owner);
    const mine = await newMap(stranger);
    const id = randomUUID();
    const tagId = randomUUID();
    const sourceId = randomUUID();
    const citationId = randomUUID();
    const single = randomUUID();
    const created = await ops(privateMap.id, owner, [
      { op: 'create', entity: 'tag', id: tagId, data: { name: 'geheim', color: '#112233' } },
      { op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: 'Private claim', tagIds: [tagId] } },
      { op: 'create', entity: 'source', id: sourceId, data: { type: 'REPORT', title: 'Private source' } },
      { op: 'create', entity: 'citation', id: citationId, data: { nodeId: id, sourceId, quote: 'q' } },
    ]);
    expect(created.status, created.text).toBe(200);

    // the same ids in the stranger's own map: created, as if the private map did not exist
    const squat = await ops(mine.id, stranger, [
      { op: 'create', entity: 'tag', id: tagId, data: { name: 'mine', color: '#445566' } },
      { op: 'create', entity: 'node', id, data: { kind: 'QUESTION', title: 'Squatted', tagIds: [tagId] } },
      { op: 'create', entity: 'source', id: sourceId, data: { type: 'BOOK', title: 'Mine' } },
      { op: 'create', entity: 'citation', id: citationId, data: { nodeId: id, sourceId, quote: 'm' } },
    ]);
    expect(squat.status, squat.text).toBe(200);
    // one by one as well; an id this map has already is still taken
    const one = await call('POST', `/api/v1/maps/${privateMap.id}/nodes`, { token: owner.token, body: { id: single, kind: 'CLAIM', title: 'x' } });
    expect(one.status, one.text).toBe(201);
    expect((await call('POST', `/api/v1/maps/${mine.id}/nodes`, { token: stranger.token, body: { id: single, kind: 'CLAIM', title: 'x' } })).status).toBe(201);
    expectProblem(await call('POST', `/api/v1/maps/${mine.id}/nodes`, { token: stranger.token, body: { id: single, kind: 'CLAIM', title: 'y' } }), 409);

    // the owner deletes the node and recreates it with its id (an undo): both maps keep their own
    const node = (await call('GET', `/api/v1/maps/${privateMap.id}/nodes/${id}`, { token: owner.token })).body;
    expect(node.title).toBe('Private claim');
    const removed = await ops(privateMap.id, owner, [{ op: 'delete', entity: 'node', id, version: node.version }]);
    expect(removed.status, removed.text).toBe(200);
    const undo = await ops(privateMap.id, owner, [
      { op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: 'Private claim', tagIds: [tagId] } },
    ]);
    expect(undo.status, undo.text).toBe(200);

    const ownerGraph = (await call('GET', `/api/v1/maps/${privateMap.id}/graph`, { token: owner.token })).body;
    const strangerGraph = (await call('GET', `/api/v1/maps/${mine.id}/graph`, { token: stranger.token })).body;
    expect(ownerGraph.nodes.find((n: { id: string }) => n.id === id)).toMatchObject({ title: 'Private claim', tagIds: [tagId] });
    expect(ownerGraph.tags.map((t: { name: string }) => t.name)).toEqual(['geheim']);
    expect(ownerGraph.citations).toEqual([]); // deleting the node took its citation, in this map only
    expect(strangerGraph.nodes.find((n: { id: string }) => n.id === id)).toMatchObject({ title: 'Squatted', tagIds: [tagId] });
    expect(strangerGraph.citations).toHaveLength(1);
    expect(strangerGraph.citations[0]).toMatchObject({ id: citationId, quote: 'm' });
    expect((await call('GET', `/api/v1/maps/${mine.id}/nodes/${id}`, { token: stranger.token })).body.title).toBe('Squatted');
  });
});

describe('the malformed-input sweep', () => {
  const deep = `{"title":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
  const BAD: { label: string; raw?: string; type?: string; none?: boolean }[] = [
    { label: 'not JSON', raw: '{"title": ' },
    { label: 'empty body', raw: '' },
    { label: 'no body at all', none: true },
    { label: 'null', raw: 'null' },
    { label: 'an array', raw: '[{"title":"x"}]' },
    { label: 'a string', raw: '"title"' },
    { label: 'a number', raw: '42' },
    { label: 'wrong types', raw: '{"title":123,"kind":[],"email":{},"password":false,"version":"1","operations":{},"text":7,"role":1,"name":[],"type":null,"current":1,"new":2}' },
    { label: 'huge numbers', raw: '{"title":"x","kind":"CLAIM","x":1e400,"y":-1e400,"version":1e308,"expiresInDays":1e308,"operations":[{"op":"update","entity":"node","id":"x","version":1e308,"data":{"x":1e308}}]}' },
    { label: 'nulls', raw: '{"title":null,"kind":null,"email":null,"password":null,"version":null,"operations":null,"text":null,"role":null,"name":null}' },
    { label: 'lone surrogates', raw: '{"title":"\\ud800","name":"\\udfff","email":"\\ud800@example.org","password":"\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800\\ud800","text":"\\ud800","version":1,"role":"VIEWER"}' },
    { label: 'deep nesting', raw: deep },
    { label: 'wrong content type', raw: '{"title":"x"}', type: 'text/plain' },
  ];

  it('every write endpoint answers every bad body without a 5xx, as problem+json', async () => {
    const map = await newMap(owner);
    const [node, source] = [randomUUID(), randomUUID()];
    await call('POST', `/api/v1/maps/${map.id}/operations`, {
      token: owner.token,
      body: { operations: [
        { op: 'create', entity: 'node', id: node, data: { kind: 'CLAIM', title: 'Sweep' } },
        { op: 'create', entity: 'source', id: source, data: { type: 'REPORT', title: 'Sweep' } },
      ] },
    });
    const invitation = await call('POST', `/api/v1/maps/${map.id}/invitations`, { token: owner.token, body: { email: other.email, role: 'VIEWER' } });
    const m = `/api/v1/maps/${map.id}`;
    // a live session on the map, for its moderator's endpoints (the owner moderates)
    const session = await call('POST', `${m}/sessions`, { token: owner.token, body: { title: 'Sweep', mode: 'moderated', format: 'ld' } });
    expect(session.status, session.text).toBe(201);
    const sx = `/api/v1/sessions/${session.body.id}`;
    const ENDPOINTS: [string, string, 'token' | 'cookie' | 'none'][] = [
      ['POST', '/api/v1/users', 'none'],
      ['POST', '/api/v1/tokens', 'cookie'],
      ['POST', '/api/v1/me/password', 'cookie'],
      ['POST', '/api/v1/maps', 'token'],
      ['PATCH', m, 'token'],
      ...(['nodes', 'relations', 'tags', 'sources', 'citations'] as const).flatMap((c): [string, string, 'token'][] => [
        ['POST', `${m}/${c}`, 'token'],
        ['PATCH', `${m}/${c}/${c === 'sources' ? source : node}`, 'token'],
      ]),
      ['POST', `${m}/operations`, 'token'],
      ['POST', `${m}/members`, 'token'],
      ['PATCH', `${m}/members/${owner.id}`, 'token'],
      ['POST', `${m}/invitations`, 'token'],
      ['PUT', `${m}/sources/${source}/text`, 'token'],
      ['POST', `/api/v1/invitations/${invitation.body.id}/decline`, 'token'],
      ['POST', `/api/v1/invitations/${randomUUID()}/accept`, 'token'],
      // map management, sharing, presence, exports with a body, a new map from a file
      ['POST', `${m}/copy`, 'token'],
      ['POST', `${m}/templates`, 'token'],
      ['POST', `${m}/access-requests`, 'token'],
      ['POST', `${m}/presence`, 'token'],
      ['POST', `${m}/export.svg`, 'token'],
      ['POST', `${m}/export.png`, 'token'],
      ['POST', `${m}/export.pdf`, 'token'],
      ['POST', '/api/v1/maps/import', 'token'],
      // debate sessions (joining by code is left out: its failures count towards the address's throttle)
      ['POST', `${m}/sessions`, 'token'],
      ['PATCH', sx, 'token'],
      ['POST', `${sx}/proposals`, 'token'],
      ['POST', `${sx}/proposals/${randomUUID()}/approve`, 'token'],
      ['POST', `${sx}/proposals/${randomUUID()}/reject`, 'token'],
      ['POST', `${sx}/proposals/${randomUUID()}/merge`, 'token'],
      ['PUT', `${sx}/votes/${node}`, 'token'],
      ['POST', `${sx}/reveal`, 'token'],
      ['POST', `${sx}/timer`, 'token'],
      ['POST', `${sx}/prep`, 'token'],
      ['POST', `${sx}/hands`, 'token'],
      ['POST', `${sx}/floor`, 'token'],
      ['POST', `${sx}/spotlight`, 'token'],
    ];
    const fivexx: string[] = [];
    const notProblem: string[] = [];
    let count = 0;
    for (const [method, url, auth] of ENDPOINTS) {
      for (const bad of BAD) {
        const headers: Record<string, string> = {};
        if (auth === 'token') headers.authorization = `Bearer ${owner.token}`;
        if (auth === 'cookie') headers.cookie = owner.cookie;
        if (!bad.none) headers['content-type'] = bad.type ?? 'application/json';
        const res = await fetch(`${BASE}${url}`, { method, headers, body: bad.none ? undefined : bad.raw, redirect: 'manual' });
        const text = await res.text();
        count++;
        if (res.status >= 500) fivexx.push(`${method} ${url} × ${bad.label}: ${res.status} ${text.slice(0, 200)}`);
        else if (res.status >= 400 && !/application\/problem\+json/.test(res.headers.get('content-type') ?? '')) notProblem.push(`${method} ${url} × ${bad.label}: ${res.status}`);
      }
    }
    expect(count).toBe(ENDPOINTS.length * BAD.length);
    // next-auth's own routes: no 5xx either (their answers are next-auth's, not problem+json)
    for (const url of ['/api/auth/callback/credentials', '/api/auth/signout', '/api/auth/signin/credentials']) {
      for (const bad of [...BAD, { label: 'a form without a CSRF token', raw: 'email=x%40example.org&password=y&json=true', type: 'application/x-www-form-urlencoded' }]) {
        const headers: Record<string, string> = { cookie: owner.cookie };
        if (!bad.none) headers['content-type'] = bad.type ?? 'application/json';
        const res = await fetch(`${BASE}${url}`, { method: 'POST', headers, body: bad.none ? undefined : bad.raw, redirect: 'manual' });
        await res.text();
        if (res.status >= 500) fivexx.push(`POST ${url} × ${bad.label}: ${res.status}`);
      }
    }
    expect(fivexx).toEqual([]);
    expect(notProblem).toEqual([]);
    // nothing in the sweep was accepted as a change
    const g = await call('GET', `${m}/graph`, { token: owner.token });
    expect(g.body.nodes.map((n: { title: string }) => n.title)).toEqual(['Sweep']);
  }, 180_000);

  it('bad query strings on deletes and reads are 422s, not 500s', async () => {
    const map = await newMap(owner);
    for (const q of ['version=abc', 'version=1e400', 'version=-1', 'version=99999999999999999999', 'version=']) {
      const a = await call('DELETE', `/api/v1/maps/${map.id}?${q}`, { token: owner.token });
      expect(a.status, q).toBeLessThan(500);
      expect(a.status, q).toBeGreaterThanOrEqual(400);
    }
    for (const q of ['after=1e400', 'after=99999999999999999999', 'limit=abc', 'after=-5']) {
      const a = await call('GET', `/api/v1/maps/${map.id}/events?${q}`, { token: owner.token });
      expect(a.status, q).toBeLessThan(500);
    }
  });
});
