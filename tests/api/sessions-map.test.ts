// A session's map for its participants: followed live through the session (a guest has no
// access to the map's own stream), with what came before the session and membership
// changes kept from them, and closed when they are removed or the session ends; merging a
// proposal into an existing node; the author changing a pending proposal and editing a
// node it created; the join code for the moderator only; results counted in the database
// and voter names only where the moderator chose them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, BASE, call, expectProblem, newMap, newUser, ops, type TestUser } from './client';
import { openStream, type SseStream } from './sse';

const node = (title: string, kind = 'CLAIM') => ({ op: 'create', entity: 'node', id: randomUUID(), data: { kind, title } });
const rel = (type: string, fromId: string, toId: string) => ({ op: 'create', entity: 'relation', id: randomUUID(), data: { type, fromId, toId } });
const s = (id: string, rest = '') => `/api/v1/sessions/${id}${rest}`;

const open: SseStream[] = [];
async function stream(url: string, headers: Record<string, string> = {}) {
  const st = await openStream(url, headers);
  open.push(st);
  return st;
}
afterAll(() => {
  for (const st of open) st.close();
});

async function join(code: string, name: string) {
  const res = await call('POST', '/api/v1/sessions/join', { body: { code, name } });
  expect(res.status, res.text).toBe(201);
  return { participantId: res.body.participantId as string, token: res.body.token as string, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

async function setup(owner: TestUser) {
  const map = await newMap(owner);
  const q = node('Moet de stad autovrij worden?', 'QUESTION');
  const answer = node('Ja, de binnenstad wordt autovrij');
  const loose = node('Minder lawaai in het centrum');
  const made = await ops(map.id, owner, [q, answer, rel('ANSWERS', answer.id, q.id), loose]);
  expect(made.status, made.text).toBe(200);
  const started = await call('POST', `/api/v1/maps/${map.id}/sessions`, { token: owner.token, body: { title: 'Debat', mode: 'moderated' } });
  expect(started.status, started.text).toBe(201);
  return { mapId: map.id, session: started.body, q: q.id, answer: answer.id, loose: loose.id, startRevision: made.body.revision as number };
}

const revision = async (owner: TestUser, mapId: string) => (await call('GET', `/api/v1/maps/${mapId}`, { token: owner.token })).body.revision as number;
const graphOf = async (owner: TestUser, mapId: string) => (await call('GET', `/api/v1/maps/${mapId}/graph`, { token: owner.token })).body;

let owner: TestUser;
let editor: TestUser;
let viewer: TestUser;
beforeAll(async () => {
  owner = await newUser('smap-owner');
  editor = await newUser('smap-editor');
  viewer = await newUser('smap-viewer');
});

describe("the session's map, live", () => {
  it("brings a map editor's direct edit to a guest as it is made, resumes after Last-Event-ID, and hides what came before", async () => {
    const { mapId, session, answer, startRevision } = await setup(owner);
    await addMember(owner, mapId, editor, 'EDITOR');
    const guest = await join(session.code, 'Volger');
    // the map's own stream is no door for a guest
    expect((await stream(`${BASE}/api/v1/maps/${mapId}/events/stream`, { authorization: `Bearer ${guest.token}` })).status).toBe(401);
    const live = await stream(`${BASE}${s(session.id, '/map/stream')}`, { authorization: `Bearer ${guest.token}` });
    expect(live.status).toBe(200);
    const direct = node('Een redacteur voegt dit toe');
    const edit = await ops(mapId, editor, [direct, rel('SUPPORTS', direct.id, answer)]);
    expect(edit.status, edit.text).toBe(200);
    await live.until((st) => st.events().some((e) => e.type === 'relation.created'), 'the direct edit');
    const got = live.events();
    expect(got.map((e) => [e.type, e.entityId])).toEqual([['node.created', direct.id], ['relation.created', expect.any(String)]]);
    expect(got[0].data).toMatchObject({ id: direct.id, title: 'Een redacteur voegt dit toe' });
    // no actor ids for participants
    expect(got.every((e) => e.actorId === null)).toBe(true);
    // the member change that follows is not theirs to see: a placeholder with the same seq
    await addMember(owner, mapId, viewer, 'VIEWER');
    const memberSeq = await revision(owner, mapId);
    await live.until((st) => st.events().some((e) => e.seq === memberSeq), 'the membership entry');
    expect(live.events().find((e) => e.seq === memberSeq)!.type).toBe('redacted');
    live.close();

    // resumed from the last id it saw: the next edit and nothing twice
    const lastId = live.messages.filter((m) => m.event === 'message').at(-1)!.id!;
    const later = node('Nog een toevoeging');
    expect((await ops(mapId, editor, [later])).status).toBe(200);
    const again = await stream(`${BASE}${s(session.id, '/map/stream')}`, { cookie: guest.cookie, 'last-event-id': lastId });
    await again.until((st) => st.events().some((e) => e.entityId === later.id), 'the later edit');
    expect(again.events().map((e) => e.seq)).toEqual([Number(lastId) + 1]);

    // the catch-up page: entries from before the session are placeholders
    const page = await call('GET', s(session.id, '/map/events?after=0'), { token: guest.token });
    expect(page.status, page.text).toBe(200);
    expect(page.body.revision).toBe(await revision(owner, mapId));
    const before = page.body.events.filter((e: { seq: number }) => e.seq <= startRevision);
    expect(before.length).toBe(startRevision);
    expect(before.every((e: { type: string; data: unknown }) => e.type === 'redacted' && e.data === null)).toBe(true);
    expect(JSON.stringify(before)).not.toContain('autovrij');
    expect(page.body.events.find((e: { entityId: string }) => e.entityId === direct.id)).toMatchObject({ type: 'node.created' });
    expectProblem(await call('GET', s(session.id, '/map/events?after=-1'), { token: guest.token }), 422);
  });

  it('is closed to outsiders, ends for a removed participant, and for every participant when the session ends', async () => {
    const { mapId, session } = await setup(owner);
    const other = await setup(owner);
    const guest = await join(session.code, 'Blijver');
    const leaver = await join(session.code, 'Vertrekker');
    const outsider = await join(other.session.code, 'Buitenstaander');
    expect((await stream(`${BASE}${s(session.id, '/map/stream')}`)).status).toBe(401);
    expect((await stream(`${BASE}${s(session.id, '/map/stream')}`, { authorization: `Bearer ${outsider.token}` })).status).toBe(401);
    expectProblem(await call('GET', s(session.id, '/map/events'), { token: outsider.token }), 401);
    // a signed-in user with no part in it and no role on the map: not found
    expectProblem(await call('GET', s(session.id, '/map/events'), { token: editor.token }), 404);

    const leaving = await stream(`${BASE}${s(session.id, '/map/stream')}`, { authorization: `Bearer ${leaver.token}` });
    const staying = await stream(`${BASE}${s(session.id, '/map/stream')}`, { authorization: `Bearer ${guest.token}` });
    // the moderator follows it too, and keeps following after the end
    const moderating = await stream(`${BASE}${s(session.id, '/map/stream')}`, { authorization: `Bearer ${owner.token}` });
    expect([leaving.status, staying.status, moderating.status]).toEqual([200, 200, 200]);
    expect((await call('DELETE', s(session.id, `/participants/${leaver.participantId}`), { token: owner.token })).status).toBe(204);
    await leaving.until((st) => st.ended, 'the removed participant’s stream to end');
    expect(leaving.messages.at(-1)).toMatchObject({ event: 'closed', data: JSON.stringify({ reason: 'access' }) });
    expect((await stream(`${BASE}${s(session.id, '/map/stream')}`, { authorization: `Bearer ${leaver.token}` })).status).toBe(401);
    // the others still hear the map
    const n = node('Na het vertrek');
    expect((await ops(mapId, owner, [n])).status).toBe(200);
    await staying.until((st) => st.events().some((e) => e.entityId === n.id), 'the edit after the removal');

    expect((await call('PATCH', s(session.id), { token: owner.token, body: { status: 'ended' } })).status).toBe(200);
    await staying.until((st) => st.ended, 'the participant’s stream to end with the session');
    expect(staying.messages.at(-1)).toMatchObject({ event: 'closed', data: JSON.stringify({ reason: 'access' }) });
    const late = await call('GET', s(session.id, '/map/events'), { token: guest.token });
    expectProblem(late, 409);
    expect(late.body.rule).toBe('session-ended');
    const after = node('Na het einde');
    expect((await ops(mapId, owner, [after])).status).toBe(200);
    await moderating.until((st) => st.events().some((e) => e.entityId === after.id), 'the moderator’s stream to go on');
    expect(moderating.ended).toBe(false);
  });
});

describe('merging a proposal into an existing node', () => {
  it('attaches what the proposal says to the existing node, attributed, instead of creating a duplicate', async () => {
    const { mapId, session, answer, loose } = await setup(owner);
    const guest = await join(session.code, 'Dubbel');
    const dup = node('Het centrum wordt stiller');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [dup, rel('SUPPORTS', dup.id, answer)] } });
    expect(made.status, made.text).toBe(201);
    const watching = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${guest.token}` });
    // only the moderator merges
    expectProblem(await call('POST', s(session.id, `/proposals/${made.body.id}/merge`), { token: guest.token, body: { nodeId: loose } }), 403);
    expectProblem(await call('POST', s(session.id, `/proposals/${made.body.id}/merge`), { token: owner.token, body: {} }), 422);
    // into the node it supports: it would support itself
    const self = await call('POST', s(session.id, `/proposals/${made.body.id}/merge`), { token: owner.token, body: { nodeId: answer } });
    expectProblem(self, 422);
    expect(self.body.rule).toBe('merge-self');
    const before = await revision(owner, mapId);
    const merged = await call('POST', s(session.id, `/proposals/${made.body.id}/merge`), { token: owner.token, body: { nodeId: loose } });
    expect(merged.status, merged.text).toBe(200);
    expect(merged.body).toMatchObject({ nodeId: loose, revision: before + 1, proposal: { status: 'merged', reason: '', mergedIntoId: loose } });
    const graph = await graphOf(owner, mapId);
    expect(graph.nodes.some((x: { id: string }) => x.id === dup.id)).toBe(false);
    expect(graph.relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'SUPPORTS', fromId: loose, toId: answer })]));
    const log = await call('GET', `/api/v1/maps/${mapId}/events?after=${before}`, { token: owner.token });
    expect(log.body.events.map((e: { type: string; actorId: string }) => [e.type, e.actorId])).toEqual([['relation.created', owner.id]]);
    await watching.until((st) => st.events().some((e) => e.type === 'proposal.merged'), 'the merge');
    expect(watching.events().find((e) => e.type === 'proposal.merged')!.data).toMatchObject({ id: made.body.id, participantId: guest.participantId, participantName: 'Dubbel', moderatorId: owner.id, nodeId: loose, fromId: dup.id });
    const mine = await call('GET', s(session.id, '/proposals'), { token: guest.token });
    expect(mine.body.proposals[0]).toMatchObject({ status: 'merged', reason: '', mergedIntoId: loose });
    // the author still sees what it proposed; the log has what was applied
    expect(mine.body.proposals[0].operations.map((o: { op: string; entity: string }) => `${o.op} ${o.entity}`)).toEqual(['create node', 'create relation']);
    expect(watching.events().find((e) => e.type === 'proposal.merged')!.data.operations).toEqual([expect.objectContaining({ op: 'create', entity: 'relation', data: expect.objectContaining({ fromId: loose, toId: answer }) })]);
    expectProblem(await call('POST', s(session.id, `/proposals/${made.body.id}/merge`), { token: owner.token, body: { nodeId: loose } }), 409);
    // merging gives the author no right to edit the node it was merged into
    const grab = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [{ op: 'update', entity: 'node', id: loose, version: 1, data: { title: 'Van mij' } }] } });
    expectProblem(grab, 422);
    expect(grab.body.rule).toBe('proposal-scope');

    // a second proposal saying what the map already says: merged, nothing written
    const again = node('Stiller centrum');
    const second = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [again, rel('SUPPORTS', again.id, answer)], note: 'dubbel' } });
    const quiet = await call('POST', s(session.id, `/proposals/${second.body.id}/merge`), { token: owner.token, body: { nodeId: loose, reason: 'Staat er al' } });
    expect(quiet.status, quiet.text).toBe(200);
    expect(quiet.body).toMatchObject({ revision: before + 1, proposal: { status: 'merged', reason: 'Staat er al' } });
    expect(await revision(owner, mapId)).toBe(before + 1);
  });

  it('is checked against the map as it is when merged: a deleted target refuses it and writes nothing; evidence brings its citation along', async () => {
    const { mapId, session, answer, loose } = await setup(owner);
    const guest = await join(session.code, 'Bewijzer');
    const target = node('Het doelpunt');
    expect((await ops(mapId, owner, [target])).status).toBe(200);
    const dup = node('Dubbel punt');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [dup, rel('REBUTS', dup.id, answer)] } });
    expect((await ops(mapId, owner, [{ op: 'delete', entity: 'node', id: target.id, version: 1 }])).status).toBe(200);
    const before = await revision(owner, mapId);
    const gone = await call('POST', s(session.id, `/proposals/${made.body.id}/merge`), { token: owner.token, body: { nodeId: target.id } });
    expectProblem(gone, 422);
    expect(gone.body.rule).toBe('merge-target-missing');
    expect(await revision(owner, mapId)).toBe(before);
    expect((await call('GET', s(session.id), { token: owner.token })).body.proposals[0].status).toBe('pending');

    // evidence: the quote goes onto the existing node
    const sourceId = randomUUID();
    const evidence = node('Metingen van de gemeente', 'EVIDENCE');
    const citationId = randomUUID();
    const ev = await call('POST', s(session.id, '/proposals'), {
      token: guest.token,
      body: { operations: [{ op: 'create', entity: 'source', id: sourceId, data: { type: 'WEB_PAGE', title: 'Geluidsrapport' } }, evidence, { op: 'create', entity: 'citation', id: citationId, data: { nodeId: evidence.id, sourceId, quote: '20% minder lawaai' } }, rel('SUPPORTS', evidence.id, loose)] },
    });
    expect(ev.status, ev.text).toBe(201);
    const existing = node('Bestaand bewijs', 'EVIDENCE');
    const src2 = randomUUID();
    expect((await ops(mapId, owner, [{ op: 'create', entity: 'source', id: src2, data: { type: 'WEB_PAGE', title: 'Eerder' } }, existing, { op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: existing.id, sourceId: src2, quote: 'eerder gemeten' } }])).status).toBe(200);
    const merged = await call('POST', s(session.id, `/proposals/${ev.body.id}/merge`), { token: owner.token, body: { nodeId: existing.id } });
    expect(merged.status, merged.text).toBe(200);
    const graph = await graphOf(owner, mapId);
    expect(graph.citations.find((c: { id: string }) => c.id === citationId)).toMatchObject({ nodeId: existing.id, quote: '20% minder lawaai' });
    expect(graph.relations).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'SUPPORTS', fromId: existing.id, toId: loose })]));
    expect(graph.nodes.some((x: { id: string }) => x.id === evidence.id)).toBe(false);
  });
});

describe("the author's own proposals", () => {
  it('changes a pending proposal (checked again), and may edit only the nodes its accepted proposals created', async () => {
    const { mapId, session, answer } = await setup(owner);
    const guest = await join(session.code, 'Schrijver');
    const other = await join(session.code, 'Ander');
    const first = node('Eerste versie');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [first, rel('REBUTS', first.id, answer)] } });
    expect(made.status, made.text).toBe(201);
    const modStream = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${owner.token}` });
    const better = { ...first, data: { ...first.data, title: 'Tweede versie' } };
    const changed = await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: guest.token, body: { operations: [better, rel('REBUTS', first.id, answer)], note: 'beter zo' } });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.body).toMatchObject({ status: 'pending', note: 'beter zo' });
    await modStream.until((st) => st.events().some((e) => e.type === 'proposal.updated'), 'the change');
    const queue = await call('GET', s(session.id), { token: owner.token });
    expect(queue.body.proposals[0].operations[0].data.title).toBe('Tweede versie');
    // somebody else's, something invalid, something out of scope: refused, nothing changed
    expectProblem(await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: other.token, body: { note: 'van mij' } }), 404);
    expectProblem(await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: owner.token, body: { note: 'moderator' } }), 403);
    expect([404, 422]).toContain((await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: guest.token, body: { operations: [rel('REBUTS', randomUUID(), answer)] } })).status);
    expectProblem(await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: guest.token, body: { operations: [{ op: 'delete', entity: 'node', id: answer, version: 1 }] } }), 422);
    expectProblem(await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: guest.token, body: {} }), 422);
    expect((await call('GET', s(session.id), { token: owner.token })).body.proposals[0].operations[0].data.title).toBe('Tweede versie');

    const approved = await call('POST', s(session.id, `/proposals/${made.body.id}/approve`), { token: owner.token, body: {} });
    expect(approved.status, approved.text).toBe(200);
    expect((await graphOf(owner, mapId)).nodes.find((x: { id: string }) => x.id === first.id).title).toBe('Tweede versie');
    expectProblem(await call('PATCH', s(session.id, `/proposals/${made.body.id}`), { token: guest.token, body: { note: 'te laat' } }), 409);
    // an edit of the node it created: allowed for the author, not for another participant
    const edit = { op: 'update', entity: 'node', id: first.id, version: 1, data: { title: 'Derde versie' } };
    const own = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [edit] } });
    expect(own.status, own.text).toBe(201);
    const foreign = await call('POST', s(session.id, '/proposals'), { token: other.token, body: { operations: [edit] } });
    expectProblem(foreign, 422);
    expect(foreign.body.rule).toBe('proposal-scope');
    expect((await call('POST', s(session.id, `/proposals/${own.body.id}/approve`), { token: owner.token, body: {} })).status).toBe(200);
    expect((await graphOf(owner, mapId)).nodes.find((x: { id: string }) => x.id === first.id).title).toBe('Derde versie');
  });
});

describe('who sees the join code', () => {
  it('the moderator (console and presenter), not participants or other members', async () => {
    const { mapId, session } = await setup(owner);
    await addMember(owner, mapId, viewer, 'VIEWER');
    const guest = await join(session.code, 'Codeloos');
    const mod = await call('GET', s(session.id), { token: owner.token });
    expect(mod.body.code).toBe(session.code);
    expect(mod.body.joinUrl).toBe(`/join?code=${session.code}`);
    for (const who of [{ token: guest.token }, { cookie: guest.cookie }, { token: viewer.token }]) {
      const view = await call('GET', s(session.id), who);
      expect(view.status, view.text).toBe(200);
      expect(view.body.code).toBeNull();
      expect(view.body.joinUrl).toBeNull();
      expect(view.text).not.toContain(session.code);
    }
    const list = await call('GET', `/api/v1/maps/${mapId}/sessions`, { token: viewer.token });
    expect(list.text).not.toContain(session.code);
  });
});

describe('results', () => {
  it('follow every vote, and carry voter names for the moderator only when chosen', async () => {
    const { session, answer, loose } = await setup(owner);
    const a = await join(session.code, 'Ans');
    const b = await join(session.code, 'Bas');
    expect((await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: { agreement: 2, impact: 4 } })).status).toBe(200);
    const one = await call('GET', s(session.id, '/results'), { token: owner.token });
    expect(one.body.results).toEqual([expect.objectContaining({ nodeId: answer, votes: 1, agreement: [0, 0, 0, 0, 1], impact: [0, 0, 0, 0, 1] })]);
    expect(one.body.results[0].voters).toBeUndefined();
    // a new vote and a changed one show at once (nothing stale)
    expect((await call('PUT', s(session.id, `/votes/${answer}`), { token: b.token, body: { agreement: -2 } })).status).toBe(200);
    expect((await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: { agreement: 1 } })).status).toBe(200);
    expect((await call('PUT', s(session.id, `/votes/${loose}`), { token: b.token, body: { impact: 0 } })).status).toBe(200);
    const two = await call('GET', s(session.id, '/results'), { token: owner.token });
    const at = (r: { results: { nodeId: string }[] }, id: string) => r.results.find((x) => x.nodeId === id);
    expect(at(two.body, answer)).toMatchObject({ votes: 2, agreement: [1, 0, 0, 1, 0], impact: [0, 0, 0, 0, 1], agreementMean: -0.5, impactMean: 4 });
    expect(at(two.body, loose)).toMatchObject({ votes: 1, agreement: [0, 0, 0, 0, 0], impact: [1, 0, 0, 0, 0], agreementMean: null, impactMean: 0 });
    expect((await call('PATCH', s(session.id), { token: owner.token, body: { showVoterNames: true } })).status).toBe(200);
    const named = await call('GET', s(session.id, '/results'), { token: owner.token });
    expect(at(named.body, answer)).toMatchObject({ voters: expect.arrayContaining([{ name: 'Ans', agreement: 1, impact: 4 }, { name: 'Bas', agreement: -2, impact: null }]) });
    expect((await call('POST', s(session.id, '/reveal'), { token: owner.token, body: {} })).status).toBe(200);
    const seen = await call('GET', s(session.id, '/results'), { token: a.token });
    expect(at(seen.body, answer)).toMatchObject({ votes: 2, agreement: [1, 0, 0, 1, 0] });
    expect(seen.text).not.toContain('Bas');
    expect(seen.text).not.toContain('voters');
  });

  it('take an impact vote on a relation (what it bears on), not an agreement, and title it by its ends in the report', async () => {
    const { mapId, session, answer, q } = await setup(owner);
    const guest = await join(session.code, 'Weger');
    const relation = (await graphOf(owner, mapId)).relations.find((r: { fromId: string; toId: string }) => r.fromId === answer && r.toId === q);
    const agreeing = await call('PUT', s(session.id, `/votes/${relation.id}`), { token: guest.token, body: { agreement: 1, impact: 2 } });
    expectProblem(agreeing, 422);
    expect(agreeing.body.errors).toEqual([expect.objectContaining({ path: 'agreement' })]);
    expect((await call('PUT', s(session.id, `/votes/${relation.id}`), { token: guest.token, body: { impact: 3 } })).status).toBe(200);
    const live = await call('GET', s(session.id, '/results'), { token: owner.token });
    expect(live.body.results).toEqual([expect.objectContaining({ nodeId: relation.id, votes: 1, agreement: [0, 0, 0, 0, 0], impact: [0, 0, 0, 1, 0], impactMean: 3 })]);
    expect((await call('PATCH', s(session.id), { token: owner.token, body: { status: 'ended' } })).status).toBe(200);
    const rep = await call('GET', s(session.id, '/report'), { token: owner.token });
    expect(rep.body.results).toEqual([expect.objectContaining({ nodeId: relation.id, title: 'Ja, de binnenstad wordt autovrij → Moet de stad autovrij worden?' })]);
  });
});
