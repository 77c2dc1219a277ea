// The foundation's promises, end to end over HTTP against a real server and database
// (scripts/test.mjs runs this file on SQLite and on PostgreSQL).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';

import { addMember, call, expectProblem, newMap, newUser, ops, type TestUser } from './client';

const graph = (mapId: string, user?: TestUser) => call('GET', `/api/v1/maps/${mapId}/graph`, { token: user?.token });


let owner: TestUser;
let other: TestUser;
beforeAll(async () => {
  [owner, other] = await Promise.all([newUser('owner'), newUser('other')]);
});

describe('accounts and tokens', () => {
  it('GET /me answers for a session cookie and for a bearer token', async () => {
    expect((await call('GET', '/api/v1/me', { cookie: owner.cookie })).body).toMatchObject({ id: owner.id, email: owner.email });
    expect((await call('GET', '/api/v1/me', { token: owner.token })).body).toMatchObject({ id: owner.id });
    expectProblem(await call('GET', '/api/v1/me'), 401);
  });

  it('a duplicate e-mail is a 409; a revoked token is a 401', async () => {
    expectProblem(await call('POST', '/api/v1/users', { body: { email: owner.email.toUpperCase(), password: 'another password', name: 'X' } }), 409);
    const t = await call('POST', '/api/v1/tokens', { cookie: owner.cookie, body: { name: 'short-lived' } });
    expect((await call('GET', '/api/v1/me', { token: t.body.token })).status).toBe(200);
    expect((await call('DELETE', `/api/v1/tokens/${t.body.id}`, { token: other.token })).status).toBe(404);
    expect((await call('DELETE', `/api/v1/tokens/${t.body.id}`, { token: owner.token })).status).toBe(204);
    expectProblem(await call('GET', '/api/v1/me', { token: t.body.token }), 401);
  });
});

describe('the graph through single-entity endpoints and batches', () => {
  it('creates, reads, updates and deletes; a stale version is a 409 that writes nothing', async () => {
    const map = await newMap(owner);
    const q = await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: owner.token, body: { kind: 'QUESTION', title: 'Hoe vergroten we het draagvlak?' } });
    expect(q.status).toBe(201);
    const c = await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: owner.token, body: { kind: 'CLAIM', title: 'Beleid werkt integratie tegen.', x: 10, y: 20 } });
    const a = await call('POST', `/api/v1/maps/${map.id}/relations`, { token: owner.token, body: { type: 'ANSWERS', fromId: c.body.id, toId: q.body.id } });
    expect(a.status).toBe(201);
    const moved = await call('PATCH', `/api/v1/maps/${map.id}/nodes/${c.body.id}`, { token: owner.token, body: { version: 1, x: 300, y: 400 } });
    expect(moved.body).toMatchObject({ x: 300, y: 400, version: 2 });
    const stale = await call('PATCH', `/api/v1/maps/${map.id}/nodes/${c.body.id}`, { token: owner.token, body: { version: 1, title: 'Oud' } });
    expectProblem(stale, 409);
    expect(stale.body.current).toMatchObject({ id: c.body.id, version: 2, title: 'Beleid werkt integratie tegen.' });
    const g = await graph(map.id, owner);
    expect(g.body.nodes.find((n: any) => n.id === c.body.id).title).toBe('Beleid werkt integratie tegen.');
    expect((await call('DELETE', `/api/v1/maps/${map.id}/nodes/${c.body.id}?version=2`, { token: owner.token })).status).toBe(204);
    const after = await graph(map.id, owner);
    expect(after.body.nodes.map((n: any) => n.id)).toEqual([q.body.id]);
    expect(after.body.relations).toEqual([]);
  });

  it('creates EVIDENCE with its citation in one batch, and refuses it without', async () => {
    const map = await newMap(owner);
    const [src, ev, cit] = [randomUUID(), randomUUID(), randomUUID()];
    const bad = await ops(map.id, owner, [{ op: 'create', entity: 'node', id: ev, data: { kind: 'EVIDENCE', title: '+1,6 procentpunt' } }]);
    expectProblem(bad, 422);
    expect(bad.body.rule).toBe('evidence-needs-citation');
    const good = await ops(map.id, owner, [
      { op: 'create', entity: 'source', id: src, data: { type: 'ARTICLE', title: 'Menu voor een andere migratiepolitiek', authors: [{ family: 'Debruyne', given: 'Pascal' }], date: '2024-03-12' } },
      { op: 'create', entity: 'node', id: ev, data: { kind: 'EVIDENCE', title: '+1,6 procentpunt' } },
      { op: 'create', entity: 'citation', id: cit, data: { nodeId: ev, sourceId: src, quote: 'met 1,6 procentpunt', locator: { paragraph: 20 } } },
    ]);
    expect(good.status).toBe(200);
    expect(good.body.results.map((r: any) => r.value.id)).toEqual([src, ev, cit]);
    expect(good.body.revision).toBe((await graph(map.id, owner)).body.revision);
  });

  it('names the broken rule with a 422', async () => {
    const map = await newMap(owner);
    const [q, e, c, s, cit] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await ops(map.id, owner, [
      { op: 'create', entity: 'node', id: q, data: { kind: 'QUESTION', title: 'Vraag?' } },
      { op: 'create', entity: 'node', id: c, data: { kind: 'CLAIM', title: 'Stelling.' } },
      { op: 'create', entity: 'source', id: s, data: { type: 'REPORT', title: 'Rapport' } },
      { op: 'create', entity: 'node', id: e, data: { kind: 'EVIDENCE', title: 'Cijfer.' } },
      { op: 'create', entity: 'citation', id: cit, data: { nodeId: e, sourceId: s, quote: 'citaat' } },
    ]);
    const rel = (type: string, fromId: string, toId: string) => call('POST', `/api/v1/maps/${map.id}/relations`, { token: owner.token, body: { type, fromId, toId } });
    expect((await rel('ANSWERS', e, q)).body.rule).toBe('relation-kinds');
    expect((await rel('SUPPORTS', c, c)).body.rule).toBe('self-relation');
    expect((await rel('SUPPORTS', e, c)).status).toBe(201);
    expect((await rel('SUPPORTS', e, c)).body.rule).toBe('duplicate-relation');
    expect((await rel('UNDERCUTS', c, q)).body.rule).toBe('undercut-target');
  });

  it('applies a batch all-or-nothing: one bad operation writes nothing', async () => {
    const map = await newMap(owner);
    const before = await graph(map.id, owner);
    const [a, b] = [randomUUID(), randomUUID()];
    const res = await ops(map.id, owner, [
      { op: 'create', entity: 'node', id: a, data: { kind: 'CLAIM', title: 'Eén' } },
      { op: 'create', entity: 'node', id: b, data: { kind: 'QUESTION', title: 'Twee?' } },
      { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'SUPPORTS', fromId: a, toId: b } },
    ]);
    expectProblem(res, 422);
    expect(res.body.operationIndex).toBe(2);
    const after = await graph(map.id, owner);
    expect(after.body.nodes).toEqual([]);
    expect(after.body.revision).toBe(before.body.revision);
    const events = await call('GET', `/api/v1/maps/${map.id}/events?after=${before.body.revision}`, { token: owner.token });
    expect(events.body.events).toEqual([]);
  });
});

describe('the event log', () => {
  it('has every change once, in order, with its actor; cascades included', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, other, 'EDITOR');
    const [x, y, r] = [randomUUID(), randomUUID(), randomUUID()];
    await ops(map.id, owner, [
      { op: 'create', entity: 'node', id: x, data: { kind: 'CLAIM', title: 'X' } },
      { op: 'create', entity: 'node', id: y, data: { kind: 'CLAIM', title: 'Y' } },
      { op: 'create', entity: 'relation', id: r, data: { type: 'REBUTS', fromId: x, toId: y } },
    ]);
    await ops(map.id, other, [{ op: 'delete', entity: 'node', id: x, version: 1 }]);
    const log = await call('GET', `/api/v1/maps/${map.id}/events?after=0`, { token: owner.token });
    const events = log.body.events as { seq: number; type: string; entityId: string; actorId: string }[];
    expect(events.map((e) => e.seq)).toEqual(events.map((_, k) => k + 1));
    expect(events.map((e) => e.type)).toEqual(['map.created', 'member.added', 'member.added', 'node.created', 'node.created', 'relation.created', 'relation.deleted', 'node.deleted']);
    expect(events.slice(-2).map((e) => e.actorId)).toEqual([other.id, other.id]);
    expect(events[3].actorId).toBe(owner.id);
    expect(log.body.revision).toBe(events.length);
    const page = await call('GET', `/api/v1/maps/${map.id}/events?after=3&limit=2`, { token: owner.token });
    expect(page.body.events.map((e: any) => e.seq)).toEqual([4, 5]);
    expect(page.body.hasMore).toBe(true);
  });
});

describe('authorization', () => {
  it('hides private maps, lets anyone read LINK and PUBLIC maps, and lets only editors write', async () => {
    const priv = await newMap(owner, 'PRIVATE');
    const link = await newMap(owner, 'LINK');
    const pub = await newMap(owner, 'PUBLIC');
    expectProblem(await graph(priv.id, other), 404);
    expectProblem(await graph(priv.id), 404);
    expect((await graph(link.id)).status).toBe(200);
    expect((await graph(pub.id, other)).status).toBe(200);
    const write = (mapId: string, user?: TestUser) =>
      call('POST', `/api/v1/maps/${mapId}/nodes`, { token: user?.token, body: { kind: 'CLAIM', title: 'Poging' } });
    expectProblem(await write(pub.id, other), 403);
    expectProblem(await write(pub.id), 401);
    expectProblem(await write(priv.id, other), 404);
    await addMember(owner, pub.id, other, 'VIEWER');
    expectProblem(await write(pub.id, other), 403);
    expectProblem(await call('GET', `/api/v1/maps/${pub.id}/members`, { token: other.token }), 403);
    const members = await call('GET', `/api/v1/maps/${pub.id}/members`, { token: owner.token });
    const viewer = members.body.members.find((m: any) => m.userId === other.id);
    const promoted = await call('PATCH', `/api/v1/maps/${pub.id}/members/${other.id}`, { token: owner.token, body: { role: 'EDITOR', version: viewer.version } });
    expect(promoted.body.role).toBe('EDITOR');
    expect((await write(pub.id, other)).status).toBe(201);
    expectProblem(await call('DELETE', `/api/v1/maps/${pub.id}?version=1`, { token: other.token }), 403);
  });

  it('keeps at least one OWNER', async () => {
    const map = await newMap(owner);
    const res = await call('PATCH', `/api/v1/maps/${map.id}/members/${owner.id}`, { token: owner.token, body: { role: 'EDITOR', version: 1 } });
    expectProblem(res, 422);
    expect(res.body.rule).toBe('last-owner');
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400, wrong types with 422 per field, oversized bodies with 413, unknown ids with 404', async () => {
    const map = await newMap(owner);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: owner.token, raw: '{"kind": "CLAIM",' }), 400);
    const invalid = await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: owner.token, body: { kind: 'OPINION', title: 42 } });
    expectProblem(invalid, 422);
    expect(invalid.body.errors.map((e: any) => e.path).sort()).toEqual(['kind', 'title']);
    const huge = await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: owner.token, body: { kind: 'CLAIM', title: 'x', body: 'y'.repeat(2 * 1024 * 1024) } });
    expectProblem(huge, 413);
    const long = await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: owner.token, body: { kind: 'CLAIM', title: 't'.repeat(301) } });
    expectProblem(long, 422);
    expectProblem(await call('PATCH', `/api/v1/maps/${map.id}/nodes/${randomUUID()}`, { token: owner.token, body: { version: 1, title: 'x' } }), 404);
    expectProblem(await call('GET', `/api/v1/maps/${randomUUID()}/graph`, { token: owner.token }), 404);
    expectProblem(await call('GET', `/api/v1/maps/${map.id}/widgets`, { token: owner.token }), 404);
    expect((await graph(map.id, owner)).body.nodes).toEqual([]);
  });
});

describe('concurrency', () => {
  it('50 concurrent writers on one map lose no acknowledged write', async () => {
    const map = await newMap(owner);
    const seed = randomUUID();
    await ops(map.id, owner, [{ op: 'create', entity: 'node', id: seed, data: { kind: 'CLAIM', title: 'Start' } }]);
    const writers = Array.from({ length: 50 }, (_, k) => {
      const id = randomUUID();
      return k % 5 === 0
        ? ops(map.id, owner, [{ op: 'update', entity: 'node', id: seed, version: 1, data: { title: `Writer ${k}` } }]).then((r) => ({ r, id: null as string | null }))
        : ops(map.id, owner, [
            { op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: `Writer ${k}` } },
            { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'SUPPORTS', fromId: id, toId: seed } },
          ]).then((r) => ({ r, id }));
    });
    const done = await Promise.all(writers);
    const statuses = done.map((d) => d.r.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const acknowledged = done.filter((d) => d.r.status === 200 && d.id).map((d) => d.id);
    expect(acknowledged).toHaveLength(40);
    // the ten updates all carried version 1: exactly one wins, the others get 409
    expect(done.filter((d) => !d.id).map((d) => d.r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    const g = await graph(map.id, owner);
    const ids = new Set(g.body.nodes.map((n: any) => n.id));
    for (const id of acknowledged) expect(ids.has(id)).toBe(true);
    expect(g.body.relations).toHaveLength(40);
    const log = await call('GET', `/api/v1/maps/${map.id}/events?after=0&limit=1000`, { token: owner.token });
    expect(log.body.events.map((e: any) => e.seq)).toEqual(log.body.events.map((_: unknown, k: number) => k + 1));
    expect(g.body.revision).toBe(log.body.events.length);
  });
});

describe('service documents', () => {
  it('serves the OpenAPI document and the health report', async () => {
    const doc = await call('GET', '/api/v1/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toContain('/api/v1/maps/{mapId}/operations');
    const health = await call('GET', '/api/health');
    expect(health.body).toMatchObject({ status: 'ok', database: { reachable: true, provider: process.env.PLEIT_DB_PROVIDER ?? expect.any(String) } });
  });
});
