// Sharing and managing a map (issue 13): asking for access without learning whether a
// private map exists, class templates that give each student one copy, duplicating,
// renaming and deleting with the version check, leaving, and who may do what.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, call, expectProblem, newMap, newUser, ops, type TestUser } from './client';

let owner: TestUser;
let viewer: TestUser;
let editor: TestUser;
let moderator: TestUser;

beforeAll(async () => {
  [owner, viewer, editor, moderator] = await Promise.all([newUser('share-owner'), newUser('share-viewer'), newUser('share-editor'), newUser('share-moderator')]);
}, 60_000);

/** A small map with a tag, a source with a text, a claim, evidence citing the text, relations and an undercut. */
async function filledMap(user: TestUser, visibility = 'PRIVATE') {
  const map = await newMap(user, visibility, 'Sjabloon');
  const [tag, source, claim, evidence, reason, support, undercut, citation] = Array.from({ length: 8 }, () => randomUUID());
  const first = await ops(map.id, user, [
    { op: 'create', entity: 'tag', id: tag, data: { name: 'kern', color: '#1b5e9e' } },
    { op: 'create', entity: 'source', id: source, data: { type: 'REPORT', title: 'Rapport', authors: [{ family: 'Peeters' }] } },
  ]);
  expect(first.status, first.text).toBe(200);
  const text = await call('PUT', `/api/v1/maps/${map.id}/sources/${source}/text`, { token: user.token, body: { text: 'Samenleven vraagt ontmoeting.\n\nTweede alinea.', version: 1 } });
  expect(text.status, text.text).toBe(200);
  const second = await ops(map.id, user, [
    { op: 'create', entity: 'node', id: claim, data: { kind: 'CLAIM', title: 'Meer ontmoeting', tagIds: [tag], x: 10, y: 20 } },
    { op: 'create', entity: 'node', id: reason, data: { kind: 'CLAIM', title: 'Buurten veranderen', x: 300, y: 20 } },
    { op: 'create', entity: 'node', id: evidence, data: { kind: 'EVIDENCE', title: 'Het rapport', x: 10, y: 200 } },
    { op: 'create', entity: 'citation', id: citation, data: { nodeId: evidence, sourceId: source, quote: 'vraagt ontmoeting' } },
    { op: 'create', entity: 'relation', id: support, data: { type: 'SUPPORTS', fromId: evidence, toId: claim } },
    { op: 'create', entity: 'relation', id: undercut, data: { type: 'UNDERCUTS', fromId: reason, toId: support } },
  ]);
  expect(second.status, second.text).toBe(200);
  return { ...map, ids: { tag, source, claim, evidence, reason, support, undercut, citation } };
}

const graphOf = async (mapId: string, user: TestUser) => {
  const g = await call('GET', `/api/v1/maps/${mapId}/graph`, { token: user.token });
  expect(g.status, g.text).toBe(200);
  return g.body;
};

/** What a map holds, without ids: the same for a faithful copy. */
function content(g: any) {
  const tagName = new Map(g.tags.map((t: any) => [t.id, t.name]));
  const nodeTitle = new Map(g.nodes.map((n: any) => [n.id, n.title]));
  const relKey = new Map(g.relations.map((r: any) => [r.id, `${nodeTitle.get(r.fromId)} ${r.type}`]));
  return {
    nodes: g.nodes.map((n: any) => `${n.kind}:${n.title}@${n.x},${n.y}[${n.tagIds.map((t: string) => tagName.get(t)).join()}]`).sort(),
    relations: g.relations.map((r: any) => `${nodeTitle.get(r.fromId)} ${r.type} ${nodeTitle.get(r.toId) ?? relKey.get(r.toId)}`).sort(),
    sources: g.sources.map((s: any) => `${s.title}:${s.hasText}`).sort(),
    citations: g.citations.map((c: any) => `${nodeTitle.get(c.nodeId)}:${c.quote}:${c.quoteStatus}`).sort(),
  };
}

describe('asking for access', () => {
  it('is answered alike for a private map and for no map, until an owner answers', async () => {
    const stranger = await newUser('asker');
    const map = await newMap(owner);
    const none = randomUUID();
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests`, { body: {} }), 401);

    const toMap = await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: stranger.token, body: { message: 'Voor mijn les', role: 'EDITOR' } });
    const toNothing = await call('POST', `/api/v1/maps/${none}/access-requests`, { token: stranger.token, body: { message: 'Voor mijn les', role: 'EDITOR' } });
    for (const a of [toMap, toNothing]) {
      expect(a.status, a.text).toBe(201);
      expect(Object.keys(a.body).sort()).toEqual(['createdAt', 'decidedAt', 'id', 'mapId', 'message', 'role', 'status', 'userId']);
      expect(a.body).toMatchObject({ status: 'pending', role: 'EDITOR', message: 'Voor mijn les', decidedAt: null });
    }
    // asking again: the same request, with the new message
    const again = await call('POST', `/api/v1/maps/${none}/access-requests`, { token: stranger.token, body: { message: 'Nog eens' } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: toNothing.body.id, status: 'pending', message: 'Nog eens' });
    const againMap = await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: stranger.token, body: { message: 'Nog eens' } });
    expect(againMap.status).toBe(200);
    for (const id of [map.id, none]) {
      const mine = await call('GET', `/api/v1/maps/${id}/access-requests`, { token: stranger.token });
      expect(mine.status).toBe(200);
      expect(mine.body.view).toBe('mine');
      expect(mine.body.requests.map((r: any) => r.status)).toEqual(['pending']);
      // asking gives no access to the map
      expectProblem(await call('GET', `/api/v1/maps/${id}`, { token: stranger.token }), 404);
    }
    // someone who never asked sees nothing either way
    for (const id of [map.id, none]) {
      expect((await call('GET', `/api/v1/maps/${id}/access-requests`, { token: viewer.token })).body).toEqual({ view: 'mine', requests: [] });
    }

    const forOwner = await call('GET', `/api/v1/maps/${map.id}/access-requests`, { token: owner.token });
    expect(forOwner.body.view).toBe('owner');
    expect(forOwner.body.requests).toEqual([expect.objectContaining({ id: toMap.body.id, userId: stranger.id, name: 'asker', email: stranger.email, message: 'Nog eens', role: 'EDITOR', status: 'pending' })]);
  });

  it('an owner grants a role (the asker becomes a member) or refuses; nobody else can', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, editor, 'EDITOR');
    const [asker, refusedOne] = await Promise.all([newUser('grantee'), newUser('refused')]);
    const asked = await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: asker.token, body: { role: 'VIEWER' } });
    const other = await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: refusedOne.token, body: {} });
    // a member's request, and an EDITOR or the asker deciding, are refused
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: editor.token, body: {} }), 409);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests/${asked.body.id}/grant`, { token: editor.token, body: { role: 'OWNER' } }), 403);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests/${asked.body.id}/grant`, { token: asker.token, body: { role: 'OWNER' } }), 404);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests/${asked.body.id}/grant`, { token: owner.token, body: { role: 'KING' } }), 422);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests/${randomUUID()}/grant`, { token: owner.token, body: { role: 'EDITOR' } }), 404);

    const granted = await call('POST', `/api/v1/maps/${map.id}/access-requests/${asked.body.id}/grant`, { token: owner.token, body: { role: 'EDITOR' } });
    expect(granted.status, granted.text).toBe(200);
    expect(granted.body.request).toMatchObject({ status: 'granted', role: 'EDITOR' });
    expect(granted.body.member).toMatchObject({ userId: asker.id, role: 'EDITOR' });
    expect((await call('GET', `/api/v1/maps/${map.id}`, { token: asker.token })).body.role).toBe('EDITOR');
    expect((await call('POST', `/api/v1/maps/${map.id}/nodes`, { token: asker.token, body: { kind: 'CLAIM', title: 'Binnen' } })).status).toBe(201);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests/${asked.body.id}/refuse`, { token: owner.token }), 409);

    const refused = await call('POST', `/api/v1/maps/${map.id}/access-requests/${other.body.id}/refuse`, { token: owner.token });
    expect(refused.status).toBe(200);
    const mine = await call('GET', `/api/v1/maps/${map.id}/access-requests`, { token: refusedOne.token });
    expect(mine.body.requests[0]).toMatchObject({ status: 'refused' });
    expectProblem(await call('GET', `/api/v1/maps/${map.id}`, { token: refusedOne.token }), 404);
    // asking again right away is refused too (the owner said no)
    const again = await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: refusedOne.token, body: {} });
    expectProblem(again, 409);
    expect(again.body.type).toBe('urn:pleit:problem:request-refused');
    // the owner's list holds only what is still open
    expect((await call('GET', `/api/v1/maps/${map.id}/access-requests`, { token: owner.token })).body.requests).toEqual([]);
  });

  it('is limited per account and hour, for maps and non-maps alike; bad input is a 422', async () => {
    const eager = await newUser('eager');
    for (let k = 0; k < 10; k++) {
      const a = await call('POST', `/api/v1/maps/${randomUUID()}/access-requests`, { token: eager.token, body: {} });
      expect(a.status, a.text).toBe(201);
    }
    const map = await newMap(owner);
    for (const id of [map.id, randomUUID()]) {
      const a = await call('POST', `/api/v1/maps/${id}/access-requests`, { token: eager.token, body: {} });
      expectProblem(a, 429);
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // another account is not held back
    const calm = await newUser('calm');
    expect((await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: calm.token, body: {} })).status).toBe(201);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: calm.token, body: { message: 'x'.repeat(1001) } }), 422);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: calm.token, body: { role: 'OWNER' } }), 422);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/access-requests`, { token: calm.token, body: { message: '\ud800' } }), 422);
    expectProblem(await call('POST', `/api/v1/maps/${'x'.repeat(150)}/access-requests`, { token: calm.token, body: {} }), 404);
  });
});

describe('class templates', () => {
  it('give each student one copy of their own, the same one when they come back, readable by the teacher', async () => {
    const template = await filledMap(owner);
    const before = content(await graphOf(template.id, owner));
    const made = await call('POST', `/api/v1/maps/${template.id}/templates`, { token: owner.token, body: {} });
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ ownerReads: true, copies: [], url: `/templates/${made.body.token}` });
    expect(made.body.token.length).toBeGreaterThanOrEqual(32);
    const token = made.body.token;

    const [anna, bert] = await Promise.all([newUser('anna'), newUser('bert')]);
    expectProblem(await call('POST', `/api/v1/templates/${token}/copy`), 401);
    const info = await call('GET', `/api/v1/templates/${token}`, { token: anna.token });
    expect(info.body).toMatchObject({ title: expect.stringMatching(/^Sjabloon /), createdByName: 'share-owner', ownerReads: true, copy: null, isMaker: false });

    const first = await call('POST', `/api/v1/templates/${token}/copy`, { token: anna.token });
    expect(first.status, first.text).toBe(201);
    expect(first.body.created).toBe(true);
    const again = await call('POST', `/api/v1/templates/${token}/copy`, { token: anna.token });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ mapId: first.body.mapId, created: false });
    expect((await call('GET', `/api/v1/templates/${token}`, { token: anna.token })).body.copy).toEqual({ mapId: first.body.mapId });
    const second = await call('POST', `/api/v1/templates/${token}/copy`, { token: bert.token });
    expect(second.status).toBe(201);
    expect(second.body.mapId).not.toBe(first.body.mapId);

    // each copy holds what the template holds, with ids of its own, and is its student's
    const copy = await graphOf(first.body.mapId, anna);
    expect(content(copy)).toEqual(before);
    expect(content(copy).citations).toEqual(['Het rapport:vraagt ontmoeting:verified']);
    expect(copy.map).toMatchObject({ role: 'OWNER', visibility: 'PRIVATE', title: expect.stringMatching(/^Sjabloon /) });
    const originalIds = new Set(Object.values(template.ids));
    for (const e of [...copy.nodes, ...copy.relations, ...copy.tags, ...copy.sources, ...copy.citations]) expect(originalIds.has(e.id)).toBe(false);
    const text = await call('GET', `/api/v1/maps/${first.body.mapId}/sources/${copy.sources[0].id}/text`, { token: anna.token });
    expect(text.body.text).toBe('Samenleven vraagt ontmoeting.\n\nTweede alinea.');
    // the teacher reads each copy; the students do not see the template or each other's copies
    expect((await call('GET', `/api/v1/maps/${first.body.mapId}`, { token: owner.token })).body.role).toBe('VIEWER');
    expectProblem(await call('GET', `/api/v1/maps/${template.id}`, { token: anna.token }), 404);
    expectProblem(await call('GET', `/api/v1/maps/${second.body.mapId}`, { token: anna.token }), 404);
    // working in a copy leaves the template alone
    const claim = copy.nodes.find((n: any) => n.title === 'Meer ontmoeting');
    expect((await call('PATCH', `/api/v1/maps/${first.body.mapId}/nodes/${claim.id}`, { token: anna.token, body: { title: 'Anna denkt anders', version: claim.version } })).status).toBe(200);
    expect(content(await graphOf(template.id, owner))).toEqual(before);

    const list = await call('GET', `/api/v1/maps/${template.id}/templates`, { token: owner.token });
    expect(list.body.templates[0].copies.map((c: any) => [c.name, c.mapId])).toEqual([['anna', first.body.mapId], ['bert', second.body.mapId]]);

    // a student who deleted their copy gets a new one
    const annaMap = await call('GET', `/api/v1/maps/${first.body.mapId}`, { token: anna.token });
    expect((await call('DELETE', `/api/v1/maps/${first.body.mapId}?version=${annaMap.body.version}`, { token: anna.token })).status).toBe(204);
    const fresh = await call('POST', `/api/v1/templates/${token}/copy`, { token: anna.token });
    expect(fresh.status).toBe(201);
    expect(fresh.body.mapId).not.toBe(first.body.mapId);

    // withdrawn: no more copies, the ones made stay
    expect((await call('DELETE', `/api/v1/maps/${template.id}/templates/${made.body.id}`, { token: owner.token })).status).toBe(204);
    const carl = await newUser('carl');
    expectProblem(await call('POST', `/api/v1/templates/${token}/copy`, { token: carl.token }), 404);
    expectProblem(await call('GET', `/api/v1/templates/${token}`, { token: carl.token }), 404);
    expect((await call('GET', `/api/v1/maps/${second.body.mapId}`, { token: bert.token })).body.role).toBe('OWNER');
    expectProblem(await call('POST', `/api/v1/templates/${'x'.repeat(40)}/copy`, { token: carl.token }), 404);
  });

  it('without ownerReads the teacher is no member of the copies; a link dies when its maker is no OWNER any more', async () => {
    const template = await filledMap(owner);
    const made = await call('POST', `/api/v1/maps/${template.id}/templates`, { token: owner.token, body: { ownerReads: false } });
    const student = await newUser('student');
    const copy = await call('POST', `/api/v1/templates/${made.body.token}/copy`, { token: student.token });
    expect(copy.status).toBe(201);
    expectProblem(await call('GET', `/api/v1/maps/${copy.body.mapId}`, { token: owner.token }), 404);
    expectProblem(await call('POST', `/api/v1/maps/${template.id}/templates`, { token: owner.token, body: { ownerReads: 'yes' } }), 422);

    // a co-owner's link stops when they are made EDITOR
    const co = await newUser('co-owner');
    const member = await addMember(owner, template.id, co, 'OWNER');
    const coLink = await call('POST', `/api/v1/maps/${template.id}/templates`, { token: co.token, body: {} });
    expect(coLink.status).toBe(201);
    expect((await call('PATCH', `/api/v1/maps/${template.id}/members/${co.id}`, { token: owner.token, body: { role: 'EDITOR', version: member.version } })).status).toBe(200);
    expectProblem(await call('POST', `/api/v1/templates/${coLink.body.token}/copy`, { token: student.token }), 404);
  });
});

describe('renaming, deleting, duplicating, leaving', () => {
  it('rename and delete carry the version; a stale one is a 409 with the current map', async () => {
    const map = await newMap(owner);
    const renamed = await call('PATCH', `/api/v1/maps/${map.id}`, { token: owner.token, body: { title: 'Nieuwe titel', description: 'Uitleg', version: map.version } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Nieuwe titel', description: 'Uitleg', version: map.version + 1 });
    const stale = await call('PATCH', `/api/v1/maps/${map.id}`, { token: owner.token, body: { title: 'Te laat', version: map.version } });
    expectProblem(stale, 409);
    expect(stale.body.current).toMatchObject({ title: 'Nieuwe titel', version: map.version + 1 });
    expectProblem(await call('PATCH', `/api/v1/maps/${map.id}`, { token: owner.token, body: { title: '   ', version: map.version + 1 } }), 422);
    const staleDelete = await call('DELETE', `/api/v1/maps/${map.id}?version=${map.version}`, { token: owner.token });
    expectProblem(staleDelete, 409);
    expect(staleDelete.body.current).toMatchObject({ title: 'Nieuwe titel' });
    expect((await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).status).toBe(200);
    expect((await call('DELETE', `/api/v1/maps/${map.id}?version=${map.version + 1}`, { token: owner.token })).status).toBe(204);
    expectProblem(await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token }), 404);
    expectProblem(await call('DELETE', `/api/v1/maps/${map.id}?version=${map.version + 1}`, { token: owner.token }), 404);
  });

  it('duplicating gives the caller a private copy; source texts only for members', async () => {
    const map = await filledMap(owner, 'PUBLIC');
    await addMember(owner, map.id, viewer, 'VIEWER');
    const mine = await call('POST', `/api/v1/maps/${map.id}/copy`, { token: viewer.token, body: { title: 'Mijn versie' } });
    expect(mine.status, mine.text).toBe(201);
    expect(mine.body).toMatchObject({ title: 'Mijn versie', visibility: 'PRIVATE', role: 'OWNER' });
    expect(content(await graphOf(mine.body.id, viewer))).toEqual(content(await graphOf(map.id, owner)));

    const outsider = await newUser('outsider');
    const theirs = await call('POST', `/api/v1/maps/${map.id}/copy`, { token: outsider.token, body: {} });
    expect(theirs.status).toBe(201);
    expect(theirs.body.title).toMatch(/^Sjabloon .* \(copy\)$/);
    const g = await graphOf(theirs.body.id, outsider);
    expect(g.sources.map((s: any) => s.hasText)).toEqual([false]);
    expect(content(g).citations).toEqual(['Het rapport:vraagt ontmoeting:unchecked']);

    const privateMap = await newMap(owner);
    expectProblem(await call('POST', `/api/v1/maps/${privateMap.id}/copy`, { token: outsider.token, body: {} }), 404);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/copy`, { body: {} }), 401);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/copy`, { token: outsider.token, body: { title: '' } }), 422);
  });

  it('a member leaves by removing themselves; the last owner cannot; only an owner removes others', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, viewer, 'VIEWER');
    const ed = await addMember(owner, map.id, editor, 'EDITOR');
    expectProblem(await call('DELETE', `/api/v1/maps/${map.id}/members/${editor.id}?version=${ed.version}`, { token: viewer.token }), 403);
    expect((await call('DELETE', `/api/v1/maps/${map.id}/members/${viewer.id}`, { token: viewer.token })).status).toBe(204);
    expectProblem(await call('GET', `/api/v1/maps/${map.id}`, { token: viewer.token }), 404);
    const last = await call('DELETE', `/api/v1/maps/${map.id}/members/${owner.id}`, { token: owner.token });
    expectProblem(last, 422);
    expect(last.body.rule).toBe('last-owner');
  });
});

describe('who may do what on the new endpoints', () => {
  it('follows the role matrix on a private map', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, viewer, 'VIEWER');
    await addMember(owner, map.id, editor, 'EDITOR');
    await addMember(owner, map.id, moderator, 'MODERATOR');
    const stranger = await newUser('matrix-stranger');
    const callers: [string, TestUser | null][] = [['anonymous', null], ['stranger', stranger], ['VIEWER', viewer], ['EDITOR', editor], ['MODERATOR', moderator], ['OWNER', owner]];
    const as = (u: TestUser | null) => (u ? { token: u.token } : {});
    const expected: Record<string, number[]> = {
      // a private map does not exist for anyone who is no member, signed in or not
      'GET templates': [404, 404, 403, 403, 403, 200],
      'POST templates': [404, 404, 403, 403, 403, 201],
      'GET access-requests': [401, 200, 200, 200, 200, 200],
      'POST grant': [404, 404, 403, 403, 403, 404],
      'POST refuse': [404, 404, 403, 403, 403, 404],
      'POST copy': [401, 404, 201, 201, 201, 201],
      'PATCH title': [404, 404, 403, 403, 200, 200],
      'PATCH visibility': [404, 404, 403, 403, 403, 200],
    };
    for (const [what, statuses] of Object.entries(expected)) {
      for (let k = 0; k < callers.length; k++) {
        const [who, user] = callers[k];
        const current = (await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body.version;
        const a =
          what === 'GET templates' ? await call('GET', `/api/v1/maps/${map.id}/templates`, as(user))
          : what === 'POST templates' ? await call('POST', `/api/v1/maps/${map.id}/templates`, { ...as(user), body: {} })
          : what === 'GET access-requests' ? await call('GET', `/api/v1/maps/${map.id}/access-requests`, as(user))
          : what === 'POST grant' ? await call('POST', `/api/v1/maps/${map.id}/access-requests/${randomUUID()}/grant`, { ...as(user), body: { role: 'VIEWER' } })
          : what === 'POST refuse' ? await call('POST', `/api/v1/maps/${map.id}/access-requests/${randomUUID()}/refuse`, as(user))
          : what === 'POST copy' ? await call('POST', `/api/v1/maps/${map.id}/copy`, { ...as(user), body: {} })
          : what === 'PATCH title' ? await call('PATCH', `/api/v1/maps/${map.id}`, { ...as(user), body: { title: `Titel ${who}`, version: current } })
          : await call('PATCH', `/api/v1/maps/${map.id}`, { ...as(user), body: { visibility: 'PRIVATE', version: current } });
        expect(a.status, `${what} as ${who}: ${a.text}`).toBe(statuses[k]);
      }
    }
    // the owner's view of the requests, and nobody else's
    expect((await call('GET', `/api/v1/maps/${map.id}/access-requests`, { token: owner.token })).body.view).toBe('owner');
    expect((await call('GET', `/api/v1/maps/${map.id}/access-requests`, { token: moderator.token })).body.view).toBe('mine');
  });
});
