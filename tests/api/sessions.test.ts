// Debate sessions on a real server: who may do what (a guest's token is good for its
// own session's participant endpoints and nothing else), proposals applied through the
// map's write spine or refused when they no longer hold, rejections with a reason,
// results hidden until revealed, the timer from the server's clock, the session stream
// resumed without gap or duplicate, a restart, and the join-code throttle.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, BASE, call, expectProblem, newMap, newUser, ops, type TestUser } from './client';
import { openStream, type SseStream } from './sse';
import { removeDir, spawnServer } from './spawn-server';

const provider = process.env.PLEIT_DB_PROVIDER ?? 'sqlite';
const node = (title: string, kind = 'CLAIM') => ({ op: 'create', entity: 'node', id: randomUUID(), data: { kind, title } });
const rel = (type: string, fromId: string, toId: string) => ({ op: 'create', entity: 'relation', id: randomUUID(), data: { type, fromId, toId } });
const CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{7}$/;

const open: SseStream[] = [];
async function stream(url: string, headers: Record<string, string> = {}) {
  const s = await openStream(url, headers);
  open.push(s);
  return s;
}
afterAll(() => {
  for (const s of open) s.close();
});

interface Guest {
  participantId: string;
  token: string;
  cookie: string;
}

async function join(code: string, name: string, opts: { cookie?: string; token?: string; base?: string; side?: string } = {}): Promise<Guest & { status: number; body: any }> {
  const res = await call('POST', '/api/v1/sessions/join', { base: opts.base, cookie: opts.cookie, token: opts.token, body: { code, name, ...(opts.side ? { side: opts.side } : {}) } });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { status: res.status, body: res.body, participantId: res.body?.participantId, token: res.body?.token, cookie: setCookie.split(';')[0] };
}

/** A map with a question, an answer and a claim without relations, and a live session on it. */
async function setup(owner: TestUser, mode = 'moderated', extra: Record<string, unknown> = {}) {
  const map = await newMap(owner);
  const q = node('Moet de stad autovrij worden?', 'QUESTION');
  const answer = node('Ja, de binnenstad wordt autovrij');
  const loose = node('Een los standpunt');
  const made = await ops(map.id, owner, [q, answer, rel('ANSWERS', answer.id, q.id), loose]);
  expect(made.status, made.text).toBe(200);
  const started = await call('POST', `/api/v1/maps/${map.id}/sessions`, { token: owner.token, body: { title: 'Debat', mode, ...extra } });
  expect(started.status, started.text).toBe(201);
  return { mapId: map.id, session: started.body, q: q.id, answer: answer.id, loose: loose.id };
}

const s = (id: string, rest = '') => `/api/v1/sessions/${id}${rest}`;
const revision = async (owner: TestUser, mapId: string) => (await call('GET', `/api/v1/maps/${mapId}`, { token: owner.token })).body.revision as number;
const sessionEvents = (st: SseStream) => st.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data));

let owner: TestUser;
let editor: TestUser;
beforeAll(async () => {
  owner = await newUser('sess-owner');
  editor = await newUser('sess-editor');
});

describe('starting and joining', () => {
  it('lets an OWNER or MODERATOR start one live session per map, with a code of unambiguous characters', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, editor, 'EDITOR');
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/sessions`, { token: editor.token, body: { title: 'x', mode: 'open' } }), 403);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/sessions`, { body: { title: 'x', mode: 'open' } }), 401);
    expectProblem(await call('POST', `/api/v1/maps/${map.id}/sessions`, { token: owner.token, body: { title: 'x', mode: 'loud' } }), 422);
    const first = await call('POST', `/api/v1/maps/${map.id}/sessions`, { token: owner.token, body: { title: 'Les', mode: 'moderated', format: 'bp' } });
    expect(first.status, first.text).toBe(201);
    expect(first.body.code).toMatch(CODE);
    expect(first.body.joinUrl).toContain(`/join?code=${first.body.code}`);
    expect(first.body.agenda).toHaveLength(8);
    expect(first.body.agenda.every((p: { seconds: number }) => p.seconds === 420)).toBe(true);
    // at most one live session on a map, even when two are started at once
    const both = await Promise.all([0, 1].map(() => call('POST', `/api/v1/maps/${map.id}/sessions`, { token: owner.token, body: { title: 'Nog een', mode: 'open' } })));
    for (const b of both) expectProblem(b, 409);
    expect(both[0].body.rule).toBe('one-live-session');
    const ended = await call('PATCH', s(first.body.id), { token: owner.token, body: { status: 'ended' } });
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect(ended.body.endRevision).toBe(await revision(owner, map.id));
    expect((await join(first.body.code, 'Laat')).status).toBe(404);
    const again = await call('POST', `/api/v1/maps/${map.id}/sessions`, { token: owner.token, body: { title: 'Tweede', mode: 'open' } });
    expect(again.status, again.text).toBe(201);
  });

  it('a rejoin from the same browser, or by the same signed-in user, is the same participant; a locked session takes no one new', async () => {
    const { session } = await setup(owner);
    const guest = await join(session.code.toLowerCase(), 'Anna', { side: 'pro' });
    expect(guest.status, JSON.stringify(guest.body)).toBe(201);
    expect(guest.token).toMatch(/^pleit_guest_/);
    expect(guest.cookie).toMatch(/^pleit_participant_/);
    const cookieHeader = (await call('POST', '/api/v1/sessions/join', { body: { code: session.code, name: 'X' } })).headers.get('set-cookie')!;
    expect(cookieHeader).toMatch(/HttpOnly/i);
    expect(cookieHeader).toMatch(/Path=\/api\/v1\/sessions/);
    const back = await join(session.code, 'Anna', { cookie: guest.cookie });
    expect(back.status).toBe(200);
    expect(back.participantId).toBe(guest.participantId);
    const user = await join(session.code, 'ignored', { token: editor.token });
    const userAgain = await join(session.code, 'ignored', { token: editor.token });
    expect(userAgain.participantId).toBe(user.participantId);
    expect(user.body.name).toBe('sess-editor');
    // the cookie alone authenticates the participant on the session's endpoints
    const view = await call('GET', s(session.id), { cookie: guest.cookie });
    expect(view.status, view.text).toBe(200);
    expect(view.body.me.participant).toMatchObject({ id: guest.participantId, name: 'Anna', side: 'pro' });
    const names = view.body.participants.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Anna', 'sess-editor']));
    expectProblem(await call('POST', '/api/v1/sessions/join', { body: { code: session.code, name: 'x'.repeat(61) } }), 422);
    expect((await call('PATCH', s(session.id), { token: owner.token, body: { locked: true } })).status).toBe(200);
    const late = await join(session.code, 'Laat');
    expect(late.status).toBe(403);
    // who was already in comes back
    expect((await join(session.code, 'Anna', { cookie: guest.cookie })).participantId).toBe(guest.participantId);
  });
});

describe('what a guest may do', () => {
  it('may not call a moderator endpoint, and its token is no credential anywhere else', async () => {
    const { mapId, session, answer } = await setup(owner);
    const other = await setup(owner);
    const guest = await join(session.code, 'Gast');
    const p = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [node('Mijn punt')] } });
    expect(p.status, p.text).toBe(201);
    const t = guest.token;
    const moderatorCalls: [string, string, unknown?][] = [
      ['PATCH', s(session.id), { mode: 'open' }],
      ['PATCH', s(session.id), { status: 'ended' }],
      ['POST', s(session.id, `/proposals/${p.body.id}/approve`), {}],
      ['POST', s(session.id, `/proposals/${p.body.id}/reject`), { reason: 'nee' }],
      ['POST', s(session.id, '/reveal'), {}],
      ['POST', s(session.id, '/timer'), { action: 'start', seconds: 60 }],
      ['POST', s(session.id, '/floor'), { participantId: guest.participantId }],
      ['POST', s(session.id, '/spotlight'), { nodeId: answer }],
      ['PATCH', s(session.id, `/participants/${guest.participantId}`), { name: 'Baas' }],
      ['DELETE', s(session.id, `/participants/${guest.participantId}`)],
      ['GET', s(session.id, '/report')],
    ];
    for (const [method, path, body] of moderatorCalls) {
      const res = await call(method, path, { token: t, body });
      expect(res.status, `${method} ${path}: ${res.text}`).toBe(403);
    }
    // the map's API, the account API and another session: unauthenticated
    expectProblem(await call('GET', `/api/v1/maps/${mapId}`, { token: t }), 401);
    expectProblem(await call('GET', `/api/v1/maps/${mapId}/graph`, { token: t }), 401);
    expectProblem(await ops(mapId, { token: t } as TestUser, [node('Ingebroken')]), 401);
    expectProblem(await call('GET', '/api/v1/me', { token: t }), 401);
    expectProblem(await call('GET', s(other.session.id), { token: t }), 401);
    expectProblem(await call('POST', s(other.session.id, '/proposals'), { token: t, body: { operations: [node('Elders')] } }), 401);
    expectProblem(await call('PUT', s(other.session.id, `/votes/${other.answer}`), { token: t, body: { agreement: 1 } }), 401);
    // and the cookie of one session does not open another
    expectProblem(await call('GET', s(other.session.id), { cookie: guest.cookie }), 401);
    // nothing of this reached either map or session
    const pending = await call('GET', s(session.id), { token: owner.token });
    expect(pending.body.proposals.map((x: { status: string }) => x.status)).toEqual(['pending']);
    expect(pending.body.mode).toBe('moderated');
    expect(pending.body.participants.find((x: { id: string }) => x.id === guest.participantId).name).toBe('Gast');
    // a participant may not delete, tag or edit others' nodes through a proposal
    const del = await call('POST', s(session.id, '/proposals'), { token: t, body: { operations: [{ op: 'delete', entity: 'node', id: answer, version: 1 }] } });
    expectProblem(del, 422);
    expect(del.body.rule).toBe('proposal-scope');
    const edit = await call('POST', s(session.id, '/proposals'), { token: t, body: { operations: [{ op: 'update', entity: 'node', id: answer, version: 1, data: { title: 'Anders' } }] } });
    expectProblem(edit, 422);
  });

  it('a removed participant is locked out and cannot rejoin', async () => {
    const { session } = await setup(owner);
    const guest = await join(session.code, 'Weg');
    const open = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${guest.token}` });
    expect(open.status).toBe(200);
    const removed = await call('DELETE', s(session.id, `/participants/${guest.participantId}`), { token: owner.token });
    expect(removed.status, removed.text).toBe(204);
    expectProblem(await call('GET', s(session.id), { token: guest.token }), 401);
    expectProblem(await call('POST', s(session.id, '/hands'), { token: guest.token, body: {} }), 401);
    // the open stream ends with the removal
    await open.until((st) => st.ended, 'the stream to end');
    expect(open.messages.at(-1)).toMatchObject({ event: 'closed', data: JSON.stringify({ reason: 'access' }) });
    expect((await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${guest.token}` })).status).toBe(401);
    expect((await join(session.code, 'Weg', { cookie: guest.cookie })).status).toBe(403);
  });

  it('holds at most the configured number of pending proposals per participant (429 with a clear message)', async () => {
    const { session } = await setup(owner);
    const guest = await join(session.code, 'Veel');
    for (let i = 0; i < 5; i++) {
      const res = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [node(`Punt ${i}`)] } });
      expect(res.status, res.text).toBe(201);
    }
    const sixth = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [node('Punt 6')] } });
    expectProblem(sixth, 429);
    expect(sixth.body.detail).toMatch(/at most 5/);
    expect(sixth.headers.get('retry-after')).toBeTruthy();
  });
});

describe('proposals', () => {
  it('propose → approve applies the operations as one batch on the map, and every participant hears of it', async () => {
    const { mapId, session, answer } = await setup(owner);
    const guest = await join(session.code, 'Bram', { side: 'contra' });
    const watcher = await join(session.code, 'Kijker');
    const guestStream = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${guest.token}` });
    const watcherStream = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${watcher.token}` });
    expect(guestStream.status).toBe(200);
    const before = await revision(owner, mapId);
    const rebuttal = node('Winkels verliezen klanten');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [rebuttal, rel('REBUTS', rebuttal.id, answer)], note: 'Tegenargument' } });
    expect(made.status, made.text).toBe(201);
    expect(made.body.status).toBe('pending');
    // nothing on the map yet
    expect(await revision(owner, mapId)).toBe(before);
    const queue = await call('GET', s(session.id), { token: owner.token });
    expect(queue.body.proposals).toHaveLength(1);
    expect(queue.body.proposals[0]).toMatchObject({ id: made.body.id, participantId: guest.participantId, status: 'pending', note: 'Tegenargument' });
    // another participant learns that something happened, not what
    await watcherStream.until((st) => sessionEvents(st).some((e) => e.type === 'redacted'), 'a redacted proposal');
    expect(JSON.stringify(sessionEvents(watcherStream))).not.toContain('Winkels');

    const approved = await call('POST', s(session.id, `/proposals/${made.body.id}/approve`), { token: owner.token, body: {} });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.revision).toBe(before + 2);
    const log = await call('GET', `/api/v1/maps/${mapId}/events?after=${before}`, { token: owner.token });
    expect(log.body.events.map((e: { type: string; entityId: string }) => [e.type, e.entityId])).toEqual([
      ['node.created', rebuttal.id],
      ['relation.created', expect.any(String)],
    ]);
    expect(log.body.events.every((e: { actorId: string }) => e.actorId === owner.id)).toBe(true);
    for (const st of [guestStream, watcherStream]) {
      await st.until((x) => sessionEvents(x).some((e) => e.type === 'proposal.applied'), 'the approval');
      expect(sessionEvents(st).find((e) => e.type === 'proposal.applied').data).toMatchObject({ id: made.body.id, participantId: guest.participantId, participantName: 'Bram', side: 'contra', moderatorId: owner.id, revision: before + 2 });
    }
    const mine = await call('GET', s(session.id, '/proposals'), { token: guest.token });
    expect(mine.body.proposals).toEqual([expect.objectContaining({ id: made.body.id, status: 'applied', revision: before + 2 })]);
    expectProblem(await call('POST', s(session.id, `/proposals/${made.body.id}/approve`), { token: owner.token, body: {} }), 409);
  });

  it('edit-then-approve applies the moderator\'s version; open mode applies at once', async () => {
    const { mapId, session, answer } = await setup(owner);
    const guest = await join(session.code, 'Cas');
    const proposed = node('Slordig geschreven');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [proposed, rel('SUPPORTS', proposed.id, answer)] } });
    const edited = { ...proposed, data: { ...proposed.data, title: 'Netjes geschreven' } };
    const approved = await call('POST', s(session.id, `/proposals/${made.body.id}/approve`), { token: owner.token, body: { operations: [edited, rel('SUPPORTS', proposed.id, answer)] } });
    expect(approved.status, approved.text).toBe(200);
    const graph = await call('GET', `/api/v1/maps/${mapId}/graph`, { token: owner.token });
    expect(graph.body.nodes.find((n: { id: string }) => n.id === proposed.id).title).toBe('Netjes geschreven');
    // the author may now edit the node its proposal created, and nothing else
    const fix = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [{ op: 'update', entity: 'node', id: proposed.id, version: 1, data: { body: 'Toelichting' } }] } });
    expect(fix.status, fix.text).toBe(201);

    expect((await call('PATCH', s(session.id), { token: owner.token, body: { mode: 'open' } })).status).toBe(200);
    const direct = node('Meteen op de kaart');
    const before = await revision(owner, mapId);
    const res = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [direct, rel('SUPPORTS', direct.id, answer)] } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.status).toBe('applied');
    expect(await revision(owner, mapId)).toBe(before + 2);
    // a locked map takes nothing
    expect((await call('PATCH', s(session.id), { token: owner.token, body: { mapLocked: true } })).status).toBe(200);
    const locked = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [node('Te laat')] } });
    expectProblem(locked, 409);
    expect(await revision(owner, mapId)).toBe(before + 2);
  });

  it('refuses with the rule an approval whose target was deleted meanwhile, and writes nothing', async () => {
    const { mapId, session, loose } = await setup(owner);
    const guest = await join(session.code, 'Dirk');
    const rebuttal = node('Tegen het losse standpunt');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [rebuttal, rel('REBUTS', rebuttal.id, loose)] } });
    expect(made.status, made.text).toBe(201);
    // invalid from the start: refused when made
    const bad = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [rel('REBUTS', randomUUID(), loose)] } });
    expect([404, 422]).toContain(bad.status);
    const deleted = await ops(mapId, owner, [{ op: 'delete', entity: 'node', id: loose, version: 1 }]);
    expect(deleted.status, deleted.text).toBe(200);
    const before = await revision(owner, mapId);
    const approved = await call('POST', s(session.id, `/proposals/${made.body.id}/approve`), { token: owner.token, body: {} });
    expectProblem(approved, 422);
    expect(approved.body.rule).toEqual(expect.any(String));
    expect(approved.body.detail).toEqual(expect.any(String));
    expect(await revision(owner, mapId)).toBe(before);
    const graph = await call('GET', `/api/v1/maps/${mapId}/graph`, { token: owner.token });
    expect(graph.body.nodes.some((n: { id: string }) => n.id === rebuttal.id)).toBe(false);
    const state = await call('GET', s(session.id), { token: owner.token });
    expect(state.body.proposals[0].status).toBe('pending');
  });

  it('a rejection reaches its author with the reason, and nobody else', async () => {
    const { session } = await setup(owner);
    const guest = await join(session.code, 'Eva');
    const other = await join(session.code, 'Fien');
    const otherStream = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${other.token}` });
    const mineStream = await stream(`${BASE}${s(session.id, '/stream')}?after=0`, { cookie: guest.cookie });
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [node('Off-topic')] } });
    expectProblem(await call('POST', s(session.id, `/proposals/${made.body.id}/reject`), { token: owner.token, body: { reason: '  ' } }), 422);
    const rejected = await call('POST', s(session.id, `/proposals/${made.body.id}/reject`), { token: owner.token, body: { reason: 'Dit hoort bij een andere vraag' } });
    expect(rejected.status, rejected.text).toBe(200);
    await mineStream.until((st) => sessionEvents(st).some((e) => e.type === 'proposal.rejected'), 'the rejection');
    expect(sessionEvents(mineStream).find((e) => e.type === 'proposal.rejected').data).toEqual({ id: made.body.id, participantId: guest.participantId, reason: 'Dit hoort bij een andere vraag' });
    const view = await call('GET', s(session.id), { token: guest.token });
    expect(view.body.proposals).toEqual([expect.objectContaining({ id: made.body.id, status: 'rejected', reason: 'Dit hoort bij een andere vraag' })]);
    const seqRejected = sessionEvents(mineStream).find((e) => e.type === 'proposal.rejected').seq;
    await otherStream.until((st) => sessionEvents(st).some((e) => e.seq === seqRejected), 'the same seq');
    expect(sessionEvents(otherStream).find((e) => e.seq === seqRejected).type).toBe('redacted');
    expect((await call('GET', s(session.id, '/proposals'), { token: other.token })).body.proposals).toEqual([]);
  });
});

describe('votes', () => {
  it('keeps results hidden from participants until the moderator reveals them', async () => {
    const { session, answer, loose } = await setup(owner);
    const a = await join(session.code, 'Gijs');
    const b = await join(session.code, 'Hanna');
    expect((await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: { agreement: 2, impact: 3 } })).status).toBe(200);
    expect((await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: { agreement: -1 } })).status).toBe(200);
    expect((await call('PUT', s(session.id, `/votes/${answer}`), { token: b.token, body: { agreement: 1, impact: 1 } })).status).toBe(200);
    expect((await call('PUT', s(session.id, `/votes/${loose}`), { token: b.token, body: { impact: 4 } })).status).toBe(200);
    expectProblem(await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: { agreement: 3 } }), 422);
    expectProblem(await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: {} }), 422);
    expectProblem(await call('PUT', s(session.id, `/votes/${randomUUID()}`), { token: a.token, body: { agreement: 1 } }), 404);
    const hidden = await call('GET', s(session.id, '/results'), { token: a.token });
    expectProblem(hidden, 403);
    expect(JSON.stringify(hidden.body)).not.toContain(answer);
    const live = await call('GET', s(session.id, '/results'), { token: owner.token });
    const byNode = (r: { results: { nodeId: string }[] }, id: string) => r.results.find((x) => x.nodeId === id);
    // one vote per participant per node, the latest counts: −1 (changed from 2) and 1
    expect(byNode(live.body, answer)).toMatchObject({ votes: 2, agreement: [0, 1, 0, 1, 0], impact: [0, 1, 0, 1, 0], agreementMean: 0, impactMean: 2 });
    const some = await call('POST', s(session.id, '/reveal'), { token: owner.token, body: { nodeIds: [loose] } });
    expect(some.status, some.text).toBe(200);
    const partial = await call('GET', s(session.id, '/results'), { token: a.token });
    expect(partial.status).toBe(200);
    expect(partial.body.results.map((r: { nodeId: string }) => r.nodeId)).toEqual([loose]);
    expect((await call('POST', s(session.id, '/reveal'), { token: owner.token, body: {} })).status).toBe(200);
    const all = await call('GET', s(session.id, '/results'), { token: b.token });
    expect(byNode(all.body, answer)).toMatchObject({ votes: 2, agreement: [0, 1, 0, 1, 0] });
    // anonymous to participants
    expect(JSON.stringify(all.body)).not.toContain('Gijs');
    expect((await call('PATCH', s(session.id), { token: owner.token, body: { votingOpen: false } })).status).toBe(200);
    const closed = await call('PUT', s(session.id, `/votes/${answer}`), { token: a.token, body: { agreement: 2 } });
    expectProblem(closed, 409);
    expect(closed.body.rule).toBe('voting-closed');
  });
});

describe('timer, hands, floor and spotlight', () => {
  it('derives the timer from the server\'s clock: running counts down from startedAt, paused stands still', async () => {
    const { session, answer } = await setup(owner, 'moderated', { format: 'classroom' });
    const guest = await join(session.code, 'Ilse');
    const started = await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'start' } });
    expect(started.status, started.text).toBe(200);
    expect(started.body).toMatchObject({ phase: 0, phaseName: 'Opening', state: 'running' });
    const seen = (await call('GET', s(session.id), { token: guest.token })).body.timer;
    // what is left is the phase's length minus the server time passed since it started
    const elapsed = Date.parse(seen.serverTime) - Date.parse(seen.startedAt);
    expect(seen.remainingMs).toBe(Math.max(0, 300_000 - elapsed));
    const paused = await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'pause' } });
    expect(paused.body.state).toBe('paused');
    const a = (await call('GET', s(session.id), { token: guest.token })).body.timer;
    const b = (await call('GET', s(session.id), { token: guest.token })).body.timer;
    expect(a.remainingMs).toBe(paused.body.remainingMs);
    expect(b.remainingMs).toBe(paused.body.remainingMs);
    const extended = await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'extend', seconds: 60 } });
    expect(extended.body.remainingMs).toBe(paused.body.remainingMs + 60_000);
    expectProblem(await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'pause' } }), 409);
    const next = await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'next' } });
    expect(next.body).toMatchObject({ phase: 1, phaseName: 'Reasons', state: 'idle', remainingMs: 600_000 });
    expectProblem(await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'rewind' } }), 422);

    // hands: a reply to the speaker goes ahead of a new point
    const other = await join(session.code, 'Joost');
    expect((await call('POST', s(session.id, '/hands'), { token: guest.token, body: {} })).status).toBe(201);
    expect((await call('POST', s(session.id, '/hands'), { token: other.token, body: { reply: true } })).status).toBe(201);
    const queue = (await call('GET', s(session.id), { token: guest.token })).body.hands;
    expect(queue.map((h: { participantId: string }) => h.participantId)).toEqual([other.participantId, guest.participantId]);
    const floor = await call('POST', s(session.id, '/floor'), { token: owner.token, body: { participantId: other.participantId } });
    expect(floor.status, floor.text).toBe(200);
    const view = (await call('GET', s(session.id), { token: guest.token })).body;
    expect(view.floor).toMatchObject({ participantId: other.participantId, name: 'Joost' });
    expect(view.hands.map((h: { participantId: string }) => h.participantId)).toEqual([guest.participantId]);
    expect((await call('DELETE', s(session.id, '/hands'), { token: guest.token })).status).toBe(204);
    expect((await call('GET', s(session.id), { token: guest.token })).body.hands).toEqual([]);
    expect((await call('POST', s(session.id, '/spotlight'), { token: owner.token, body: { nodeId: answer } })).status).toBe(200);
    expect((await call('GET', s(session.id), { token: guest.token })).body.spotlight).toBe(answer);
    expectProblem(await call('POST', s(session.id, '/spotlight'), { token: owner.token, body: { nodeId: randomUUID() } }), 404);
  });

  it('gives each Lincoln–Douglas side a bank of preparation time: one clock at a time, derived from the server\'s clock, for the moderator to run', async () => {
    const { session } = await setup(owner, 'moderated', { format: 'ld' });
    const guest = await join(session.code, 'Rik');
    const view = (await call('GET', s(session.id), { token: guest.token })).body;
    expect(view.prepSeconds).toBe(240);
    expect(view.prep).toMatchObject({ totalMs: 240_000, remainingMs: { pro: 240_000, contra: 240_000 }, running: null });
    // participants may not run it; a start needs a side
    expectProblem(await call('POST', s(session.id, '/prep'), { token: guest.token, body: { action: 'start', side: 'pro' } }), 403);
    expectProblem(await call('POST', s(session.id, '/prep'), { token: owner.token, body: { action: 'start' } }), 422);
    expectProblem(await call('POST', s(session.id, '/prep'), { token: owner.token, body: { action: 'stop' } }), 409);

    // the speech timer runs; the affirmative's preparation pauses it
    expect((await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'start' } })).body.state).toBe('running');
    const pro = await call('POST', s(session.id, '/prep'), { token: owner.token, body: { action: 'start', side: 'pro' } });
    expect(pro.status, pro.text).toBe(200);
    expect(pro.body).toMatchObject({ running: 'pro', remainingMs: { contra: 240_000 } });
    const during = (await call('GET', s(session.id), { token: guest.token })).body;
    expect(during.timer.state).toBe('paused');
    const elapsed = Date.parse(during.prep.serverTime) - Date.parse(during.prep.startedAt);
    expect(during.prep.remainingMs.pro).toBe(Math.max(0, 240_000 - elapsed));
    // the negative's clock starts: the affirmative keeps what it had left
    const contra = await call('POST', s(session.id, '/prep'), { token: owner.token, body: { action: 'start', side: 'contra' } });
    expect(contra.body.running).toBe('contra');
    const proLeft = contra.body.remainingMs.pro;
    expect(proLeft).toBeLessThanOrEqual(240_000);
    const stopped = await call('POST', s(session.id, '/prep'), { token: owner.token, body: { action: 'stop' } });
    expect(stopped.body).toMatchObject({ running: null, startedAt: null, remainingMs: { pro: proLeft } });
    const a = (await call('GET', s(session.id), { token: guest.token })).body.prep;
    const b = (await call('GET', s(session.id), { token: guest.token })).body.prep;
    expect(a.remainingMs).toEqual(stopped.body.remainingMs);
    expect(b.remainingMs).toEqual(stopped.body.remainingMs);
    // a speech that starts ends the preparation that ran
    await call('POST', s(session.id, '/prep'), { token: owner.token, body: { action: 'start', side: 'pro' } });
    expect((await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: 'resume' } })).body.state).toBe('running');
    expect((await call('GET', s(session.id), { token: guest.token })).body.prep.running).toBeNull();

    // other formats have none unless given
    const bp = await call('POST', `/api/v1/maps/${(await newMap(owner)).id}/sessions`, { token: owner.token, body: { title: 'BP', mode: 'moderated', format: 'bp' } });
    expect(bp.body.prep.totalMs).toBe(0);
    expectProblem(await call('POST', s(bp.body.id, '/prep'), { token: owner.token, body: { action: 'start', side: 'pro' } }), 409);
    const custom = await call('POST', `/api/v1/maps/${(await newMap(owner)).id}/sessions`, { token: owner.token, body: { title: 'Eigen', mode: 'moderated', format: 'custom', agenda: [{ name: 'Ronde', seconds: 60 }], prepSeconds: 90 } });
    expect(custom.status, custom.text).toBe(201);
    expect(custom.body.prep).toMatchObject({ totalMs: 90_000, remainingMs: { pro: 90_000, contra: 90_000 } });
  });

  it('rate-limits a guest raising its hand (429 with Retry-After)', async () => {
    const { session } = await setup(owner);
    const guest = await join(session.code, 'Kees');
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push((await call('POST', s(session.id, '/hands'), { token: guest.token, body: {} })).status);
    expect(answers.slice(0, 10).every((st) => st === 201)).toBe(true);
    const last = await call('POST', s(session.id, '/hands'), { token: guest.token, body: {} });
    expectProblem(last, 429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.body.detail).toMatch(/raised hands/);
  });
});

describe('the session stream', () => {
  it('resumes after Last-Event-ID with no gap and no duplicate while the moderator acts', async () => {
    const { session } = await setup(owner);
    const guest = await join(session.code, 'Lot');
    const start = (await call('GET', s(session.id), { token: guest.token })).body.seq as number;
    const first = await stream(`${BASE}${s(session.id, '/stream')}?after=${start}`, { authorization: `Bearer ${guest.token}` });
    const acting = (async () => {
      for (let i = 0; i < 20; i++) {
        const res = await call('POST', s(session.id, '/timer'), { token: owner.token, body: { action: i % 2 ? 'stop' : 'start', seconds: 30 } });
        expect(res.status, res.text).toBe(200);
      }
    })();
    await first.until((st) => sessionEvents(st).length >= 6, 'six events');
    first.close();
    const seen = sessionEvents(first);
    const lastId = first.messages.filter((m) => m.event === 'message').at(-1)!.id!;
    await acting;
    const end = (await call('GET', s(session.id), { token: owner.token })).body.seq as number;
    expect(end).toBe(start + 20);
    const second = await stream(`${BASE}${s(session.id, '/stream')}`, { authorization: `Bearer ${guest.token}`, 'last-event-id': lastId });
    await second.until((st) => sessionEvents(st).at(-1)?.seq === end, `seq ${end}`);
    const all = [...seen.filter((e) => e.seq <= Number(lastId)), ...sessionEvents(second)].map((e) => e.seq);
    expect(all).toEqual(Array.from({ length: 20 }, (_, k) => start + 1 + k));
    expect(sessionEvents(second).every((e) => e.type === 'timer.changed')).toBe(true);
    expect((await stream(`${BASE}${s(session.id, '/stream')}`, { 'last-event-id': 'x', authorization: `Bearer ${guest.token}` })).status).toBe(422);
    expect((await stream(`${BASE}${s(session.id, '/stream')}`)).status).toBe(401);
  });
});

describe('the report', () => {
  it('is for the map\'s members, with participants, timeline, proposals and results', async () => {
    const { mapId, session, answer } = await setup(owner);
    const guest = await join(session.code, 'Mila');
    const made = await call('POST', s(session.id, '/proposals'), { token: guest.token, body: { operations: [node('Voor het verslag')] } });
    await call('POST', s(session.id, `/proposals/${made.body.id}/reject`), { token: owner.token, body: { reason: 'Dubbel' } });
    await call('PUT', s(session.id, `/votes/${answer}`), { token: guest.token, body: { agreement: 2 } });
    await call('PATCH', s(session.id), { token: owner.token, body: { status: 'ended' } });
    const rep = await call('GET', s(session.id, '/report'), { token: owner.token });
    expect(rep.status, rep.text).toBe(200);
    expect(rep.body.session).toMatchObject({ status: 'ended', endRevision: await revision(owner, mapId) });
    expect(rep.body.participants.map((p: { name: string }) => p.name)).toEqual(['Mila']);
    expect(rep.body.proposals).toEqual([expect.objectContaining({ status: 'rejected', reason: 'Dubbel' })]);
    expect(rep.body.results).toEqual([expect.objectContaining({ nodeId: answer, title: 'Ja, de binnenstad wordt autovrij', agreement: [0, 0, 0, 0, 1] })]);
    expect(rep.body.timeline.map((e: { type: string }) => e.type)).toEqual(['session.started', 'participant.joined', 'proposal.created', 'proposal.rejected', 'session.ended']);
    expectProblem(await call('GET', s(session.id, '/report'), { token: guest.token }), 403);
    expectProblem(await call('GET', s(session.id, '/report'), { token: editor.token }), 404);
    // a member of the map who took no part reads it too
    await addMember(owner, mapId, editor, 'VIEWER');
    expect((await call('GET', s(session.id, '/report'), { token: editor.token })).status).toBe(200);
    // an ended session takes no more votes
    expectProblem(await call('PUT', s(session.id, `/votes/${answer}`), { token: guest.token, body: { agreement: 1 } }), 409);
  });
});

describe('its own server', () => {
  it('keeps every proposal, vote, hand and the timer over a restart, and throttles guessing join codes', async () => {
    const databaseUrl = provider === 'postgresql' ? process.env.DATABASE_URL : undefined;
    // a low join-failure limit for this server only
    process.env.PLEIT_JOIN_FAILURES = '5';
    let server = await spawnServer({ databaseUrl });
    delete process.env.PLEIT_JOIN_FAILURES;
    try {
      const base = server.baseUrl;
      const me = await newUser('sess-restart', base);
      const map = await call('POST', '/api/v1/maps', { base, token: me.token, body: { title: 'Herstart', visibility: 'PRIVATE' } });
      const claim = node('Een standpunt');
      expect((await call('POST', `/api/v1/maps/${map.body.id}/operations`, { base, token: me.token, body: { operations: [claim] } })).status).toBe(200);
      const started = await call('POST', `/api/v1/maps/${map.body.id}/sessions`, { base, token: me.token, body: { title: 'Voor de herstart', mode: 'moderated', format: 'ld' } });
      expect(started.status, started.text).toBe(201);
      const id = started.body.id;
      const guest = await join(started.body.code, 'Noor', { base });
      expect(guest.status).toBe(201);
      const proposal = await call('POST', s(id, '/proposals'), { base, token: guest.token, body: { operations: [node('In de wachtrij')] } });
      expect(proposal.status, proposal.text).toBe(201);
      expect((await call('PUT', s(id, `/votes/${claim.id}`), { base, token: guest.token, body: { agreement: -2, impact: 4 } })).status).toBe(200);
      expect((await call('POST', s(id, '/hands'), { base, token: guest.token, body: { reply: true } })).status).toBe(201);
      expect((await call('POST', s(id, '/timer'), { base, token: me.token, body: { action: 'start' } })).status).toBe(200);
      const paused = await call('POST', s(id, '/timer'), { base, token: me.token, body: { action: 'pause' } });
      const before = (await call('GET', s(id), { base, token: guest.token })).body;

      // guessing codes: the sixth wrong one from this address is refused, and so is a right one then
      for (let i = 0; i < 5; i++) expect((await join('ZZZZZZZ', 'Raden', { base })).status).toBe(404);
      const throttled = await call('POST', '/api/v1/sessions/join', { base, body: { code: started.body.code, name: 'Raden' } });
      expectProblem(throttled, 429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);

      const { port, dataDir } = server;
      await server.stop();
      server = await spawnServer({ databaseUrl, port, dataDir });
      const after = (await call('GET', s(id), { base, token: guest.token })).body;
      expect(after.me.participant.id).toBe(guest.participantId);
      expect(after.proposals).toEqual(before.proposals);
      expect(after.hands).toEqual(before.hands);
      expect(after.timer.remainingMs).toBe(paused.body.remainingMs);
      expect(after.timer.state).toBe('paused');
      expect(after.prepSeconds).toBe(240);
      const res = await call('GET', s(id, '/results'), { base, token: me.token });
      expect(res.body.results).toEqual([expect.objectContaining({ nodeId: claim.id, agreement: [1, 0, 0, 0, 0], impact: [0, 0, 0, 0, 1] })]);
      // the throttle is this process's memory: a restarted server lets the right code in
      expect((await join(started.body.code, 'Noor', { base, cookie: guest.cookie })).participantId).toBe(guest.participantId);
      const approved = await call('POST', s(id, `/proposals/${proposal.body.id}/approve`), { base, token: me.token, body: {} });
      expect(approved.status, approved.text).toBe(200);
    } finally {
      await server.stop();
      if (provider !== 'postgresql') removeDir(server.dataDir);
    }
  }, 420_000);
});
