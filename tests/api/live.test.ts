// Live maps on a real server: the event stream (resume without gap or duplicate, under
// concurrent writers), who may open it and when it closes, the redacted log of a map
// that was private, presence, the stream limits, several server processes on one
// PostgreSQL database, and a restart.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, BASE, call, expectProblem, newMap, newUser, ops, signInCookie, type TestUser } from './client';
import { openStream, type SseStream } from './sse';
import { removeDir, spawnServer } from './spawn-server';

const provider = process.env.PLEIT_DB_PROVIDER ?? 'sqlite';
const streamUrl = (mapId: string, after?: number, base = BASE) => `${base}/api/v1/maps/${mapId}/events/stream${after === undefined ? '' : `?after=${after}`}`;
const auth = (u: TestUser) => ({ authorization: `Bearer ${u.token}` });
const claim = (title: string) => ({ op: 'create', entity: 'node', id: randomUUID(), data: { kind: 'CLAIM', title } });
const open: SseStream[] = [];
async function stream(url: string, headers: Record<string, string> = {}) {
  const s = await openStream(url, headers);
  open.push(s);
  return s;
}
const seqs = (s: SseStream) => s.events().map((e) => e.seq);
const contiguous = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

async function removeMember(owner: TestUser, mapId: string, user: TestUser) {
  const members = await call('GET', `/api/v1/maps/${mapId}/members`, { token: owner.token });
  const m = members.body.members.find((x: { userId: string }) => x.userId === user.id);
  const res = await call('DELETE', `/api/v1/maps/${mapId}/members/${user.id}?version=${m.version}`, { token: owner.token });
  expect(res.status, res.text).toBe(204);
}

let owner: TestUser;
let editor: TestUser;
let writers: TestUser[];
beforeAll(async () => {
  owner = await newUser('live-owner');
  editor = await newUser('live-editor');
  writers = await Promise.all([newUser('live-w1'), newUser('live-w2'), newUser('live-w3')]);
});
afterAll(() => {
  for (const s of open) s.close();
});

describe('the event stream', () => {
  it('delivers every event once and in order, and resumes after Last-Event-ID with no gap and no duplicate while others write', async () => {
    const map = await newMap(owner);
    for (const w of writers) await addMember(owner, map.id, w, 'EDITOR');
    const start = (await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body.revision;
    const first = await stream(streamUrl(map.id, start), auth(owner));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(first.headers.get('cache-control')).toMatch(/no-transform/);
    expect(first.headers.get('content-encoding')).toBeNull();

    // three writers, ten batches of two nodes each, all at once
    const writeAll = () => Promise.all(writers.map(async (w, k) => {
      for (let i = 0; i < 10; i++) {
        const res = await ops(map.id, w, [claim(`w${k}-${i}-a`), claim(`w${k}-${i}-b`)]);
        expect(res.status, res.text).toBe(200);
      }
    }));
    const writing = writeAll();
    // drop the connection part-way, and come back with the last id seen
    await first.until((s) => s.events().length >= 15, '15 events');
    first.close();
    const lastId = first.messages.filter((m) => m.event === 'message').at(-1)!.id!;
    await writing;
    const end = (await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body.revision;
    expect(end).toBe(start + 60);
    const second = await stream(streamUrl(map.id), { ...auth(owner), 'last-event-id': lastId });
    await second.until((s) => s.events().at(-1)?.seq === end, `seq ${end}`);

    const all = [...seqs(first).filter((q) => q <= Number(lastId)), ...seqs(second)];
    expect(all).toEqual(contiguous(start + 1, end));
    // the data is the event as GET …/events gives it
    const page = await call('GET', `/api/v1/maps/${map.id}/events?after=${start}&limit=1000`, { token: owner.token });
    expect(second.events()).toEqual(page.body.events.filter((e: { seq: number }) => e.seq > Number(lastId)));
    // and the SSE id is the seq
    expect(second.messages.filter((m) => m.event === 'message').map((m) => Number(m.id))).toEqual(seqs(second));
  });

  it('starts at the current revision without a cursor, and at ?after= with one', async () => {
    const map = await newMap(owner);
    await ops(map.id, owner, [claim('een'), claim('twee')]);
    const now = await stream(streamUrl(map.id), auth(owner));
    const fromZero = await stream(streamUrl(map.id, 0), auth(owner));
    await fromZero.until((s) => s.events().length === 4, 'the whole log');
    expect(seqs(fromZero)).toEqual([1, 2, 3, 4]);
    const res = await ops(map.id, owner, [claim('drie')]);
    await now.until((s) => s.events().length === 1, 'the new event');
    expect(now.events()[0]).toMatchObject({ seq: 5, type: 'node.created', data: { title: 'drie' } });
    expect(res.body.revision).toBe(5);
  });

  it('refuses a malformed cursor with problem+json', async () => {
    const map = await newMap(owner);
    for (const bad of ['-1', 'abc', '1.5']) {
      const s = await stream(streamUrl(map.id), { ...auth(owner), 'last-event-id': bad });
      expect(s.status).toBe(422);
    }
  });

  it('is read like the map: anonymous readers may follow a PUBLIC or LINK map, not a PRIVATE one', async () => {
    const priv = await newMap(owner, 'PRIVATE');
    const pub = await newMap(owner, 'PUBLIC');
    const link = await newMap(owner, 'LINK');
    expect((await stream(streamUrl(priv.id))).status).toBe(404);
    expect((await stream(streamUrl(priv.id), auth(editor))).status).toBe(404);
    expect((await stream(streamUrl(randomUUID()))).status).toBe(404);
    const anon = await stream(streamUrl(pub.id));
    expect(anon.status).toBe(200);
    expect((await stream(streamUrl(link.id))).status).toBe(200);
    await ops(pub.id, owner, [claim('openbaar')]);
    await anon.until((s) => s.events().some((e) => e.data?.title === 'openbaar'), 'the public edit');
    // a non-member does not learn who wrote it
    expect(anon.events().at(-1)!.actorId).toBeNull();
  });

  it('closes the stream of a member who is removed from a private map, and sends them nothing written after', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, editor, 'EDITOR');
    const s = await stream(streamUrl(map.id), auth(editor));
    expect(s.status).toBe(200);
    await ops(map.id, owner, [claim('voor')]);
    await s.until((x) => x.events().some((e) => e.data?.title === 'voor'), 'the edit before removal');
    await removeMember(owner, map.id, editor);
    await s.until((x) => x.ended, 'the stream to close');
    expect(s.messages.at(-1)).toMatchObject({ event: 'closed', data: JSON.stringify({ reason: 'access' }) });
    await ops(map.id, owner, [claim('na')]);
    expect(s.events().some((e) => e.data?.title === 'na')).toBe(false);
    expect((await stream(streamUrl(map.id), auth(editor))).status).toBe(404);
  });

  it('limits open streams per user with a clear 429, and frees the slot when one closes', async () => {
    const map = await newMap(owner, 'PUBLIC');
    const user = await newUser('live-many');
    const streams: SseStream[] = [];
    let refused: SseStream | null = null;
    for (let i = 0; i < 40 && !refused; i++) {
      const s = await stream(streamUrl(map.id), auth(user));
      if (s.status === 200) streams.push(s);
      else refused = s;
    }
    expect(refused, 'a stream beyond the limit').not.toBeNull();
    expect(refused!.status).toBe(429);
    expect(refused!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(streams.length).toBeGreaterThanOrEqual(4);
    streams[0].close();
    await streams[0].until((s) => s.ended, 'the first stream to end');
    // the server notices the closed connection; a new stream fits again
    let again: SseStream | null = null;
    for (let i = 0; i < 100; i++) {
      again = await stream(streamUrl(map.id), auth(user));
      if (again.status === 200) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(again!.status).toBe(200);
    for (const s of streams) s.close();
  });
});

describe('the log a non-member reads', () => {
  it('hides what happened before the map was published, and who its members are', async () => {
    const map = await newMap(owner, 'PRIVATE', 'Geheim');
    await addMember(owner, map.id, editor, 'EDITOR');
    const secret = await call('POST', `/api/v1/maps/${map.id}/sources`, { token: owner.token, body: { type: 'REPORT', title: 'Interne nota' } });
    await call('DELETE', `/api/v1/maps/${map.id}/sources/${secret.body.id}?version=1`, { token: owner.token });
    const info = (await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body;
    const published = await call('PATCH', `/api/v1/maps/${map.id}`, { token: owner.token, body: { version: info.version, visibility: 'PUBLIC', title: 'Openbaar' } });
    expect(published.status, published.text).toBe(200);
    await ops(map.id, owner, [claim('na publicatie')]);

    const anon = await call('GET', `/api/v1/maps/${map.id}/events?after=0`);
    expect(anon.status).toBe(200);
    const text = JSON.stringify(anon.body.events);
    expect(text).not.toContain('Interne nota');
    expect(text).not.toContain('Geheim');
    expect(text).not.toContain(editor.id);
    expect(text).not.toContain(owner.id);
    // the log keeps its numbering: redacted entries hold their place
    expect(anon.body.events.map((e: { seq: number }) => e.seq)).toEqual(contiguous(1, anon.body.events.length));
    expect(anon.body.events.filter((e: { type: string }) => e.type !== 'redacted').map((e: { type: string }) => e.type)).toEqual(['map.updated', 'node.created']);
    // members still read everything
    const member = await call('GET', `/api/v1/maps/${map.id}/events?after=0`, { token: editor.token });
    expect(JSON.stringify(member.body.events)).toContain('Interne nota');
    // and the stream redacts the same way
    const s = await stream(streamUrl(map.id, 0));
    await s.until((x) => x.events().length === anon.body.events.length, 'the whole log');
    expect(s.events()).toEqual(anon.body.events);
  });
});

describe('presence', () => {
  it('shows who is on a map and what they edit, to members by name and to others as a count, and forgets a tab that leaves', async () => {
    const map = await newMap(owner, 'PUBLIC');
    await addMember(owner, map.id, editor, 'EDITOR');
    const node = claim('bewerkt');
    await ops(map.id, owner, [node]);
    const watching = await stream(streamUrl(map.id), auth(owner));
    const tab = `tab-${randomUUID().slice(0, 8)}`;
    const here = await call('POST', `/api/v1/maps/${map.id}/presence`, { token: editor.token, body: { clientId: tab, editing: node.id } });
    expect(here.status, here.text).toBe(200);
    await watching.until(
      (s) => s.messages.some((m) => m.event === 'presence' && JSON.parse(m.data).viewers.some((v: { editing: string }) => v.editing === node.id)),
      'the editor to show',
    );
    const seen = (await call('GET', `/api/v1/maps/${map.id}/presence`, { token: owner.token })).body;
    expect(seen.viewers).toContainEqual(expect.objectContaining({ clientId: tab, name: 'live-editor', initials: 'L', editing: node.id }));
    const anon = (await call('GET', `/api/v1/maps/${map.id}/presence`)).body;
    expect(anon.count).toBeGreaterThanOrEqual(1);
    expect(anon.viewers).toEqual([]);
    // another user cannot remove or rewrite the editor's entry by reusing the tab id
    await call('POST', `/api/v1/maps/${map.id}/presence`, { token: writers[0].token, body: { clientId: tab, leave: true } });
    expect((await call('GET', `/api/v1/maps/${map.id}/presence`, { token: owner.token })).body.viewers.some((v: { clientId: string }) => v.clientId === tab)).toBe(true);
    const gone = await call('POST', `/api/v1/maps/${map.id}/presence`, { token: editor.token, body: { clientId: tab, leave: true } });
    expect(gone.status).toBe(200);
    await watching.until((s) => {
      const last = s.messages.filter((m) => m.event === 'presence').at(-1);
      return !!last && !JSON.parse(last.data).viewers.some((v: { clientId: string }) => v.clientId === tab);
    }, 'the editor to go');
  });

  it('refuses bad presence reports and private maps', async () => {
    const priv = await newMap(owner, 'PRIVATE');
    expectProblem(await call('POST', `/api/v1/maps/${priv.id}/presence`, { token: editor.token, body: { clientId: 'abcdefgh' } }), 404);
    expectProblem(await call('POST', `/api/v1/maps/${priv.id}/presence`, { token: owner.token, body: { clientId: 'x' } }), 422);
    expectProblem(await call('POST', `/api/v1/maps/${priv.id}/presence`, { token: owner.token, raw: '{' }), 400);
  });
});

describe('authorization inside the write', () => {
  it('refuses a batch whose body was still arriving when the member was removed, and writes nothing', async () => {
    const map = await newMap(owner);
    await addMember(owner, map.id, editor, 'EDITOR');
    const node = claim('te laat');
    const body = JSON.stringify({ operations: [node] });
    const half = Math.floor(body.length / 2);
    let push!: (chunk: string | null) => void;
    const trickle = new ReadableStream<Uint8Array>({
      start(c) {
        push = (chunk) => (chunk === null ? c.close() : c.enqueue(new TextEncoder().encode(chunk)));
      },
    });
    const pending = fetch(`${BASE}/api/v1/maps/${map.id}/operations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
      body: trickle,
      duplex: 'half',
    } as RequestInit);
    push(body.slice(0, half));
    // the server has passed the door (it is reading the body) when the owner removes the member
    await new Promise((r) => setTimeout(r, 300));
    await removeMember(owner, map.id, editor);
    push(body.slice(half));
    push(null);
    const res = await pending;
    expect([403, 404]).toContain(res.status);
    const graph = await call('GET', `/api/v1/maps/${map.id}/graph`, { token: owner.token });
    expect(graph.body.nodes.some((n: { id: string }) => n.id === node.id)).toBe(false);
  });
});

describe('server processes come and go', () => {
  it('a restarted server serves the stream again, and a reader that resumes from its last id misses nothing', async () => {
    // its own server, so that stopping it disturbs no other test
    const databaseUrl = provider === 'postgresql' ? process.env.DATABASE_URL : undefined;
    let server = await spawnServer({ databaseUrl });
    try {
      const me = await newUserOn(server.baseUrl, 'live-restart');
      const map = await mapOn(server.baseUrl, me, 'PUBLIC');
      const s1 = await stream(streamUrl(map, 0, server.baseUrl), { authorization: `Bearer ${me}` });
      await opsOn(server.baseUrl, me, map, [claim('voor de herstart')]);
      await s1.until((s) => s.events().some((e) => e.data?.title === 'voor de herstart'), 'the first edit');
      const lastId = s1.messages.filter((m) => m.event === 'message').at(-1)!.id!;
      const { port, dataDir } = server;
      await server.stop();
      await s1.until((s) => s.ended, 'the stream to end with the server');
      server = await spawnServer({ databaseUrl, port, dataDir });
      await opsOn(server.baseUrl, me, map, [claim('na de herstart')]);
      const s2 = await stream(streamUrl(map, undefined, server.baseUrl), { authorization: `Bearer ${me}`, 'last-event-id': lastId });
      await s2.until((s) => s.events().some((e) => e.data?.title === 'na de herstart'), 'the edit after the restart');
      expect(seqs(s2)).toEqual([Number(lastId) + 1]);
    } finally {
      await server.stop();
      if (provider !== 'postgresql') removeDir(server.dataDir);
    }
  }, 420_000);

  if (provider === 'postgresql') {
    it('an edit through one server reaches the streams of another server on the same database, in order and once', async () => {
      const second = await spawnServer({ databaseUrl: process.env.DATABASE_URL });
      try {
        const map = await newMap(owner, 'PRIVATE');
        for (const w of writers) await addMember(owner, map.id, w, 'EDITOR');
        const start = (await call('GET', `/api/v1/maps/${map.id}`, { token: owner.token })).body.revision;
        const there = await stream(streamUrl(map.id, start, second.baseUrl), auth(owner));
        expect(there.status).toBe(200);
        await Promise.all(writers.map(async (w, k) => {
          for (let i = 0; i < 8; i++) expect((await ops(map.id, w, [claim(`p${k}-${i}`)])).status).toBe(200);
        }));
        await there.until((s) => s.events().length >= 24, '24 events on the other server');
        expect(seqs(there)).toEqual(contiguous(start + 1, start + 24));
        // presence crosses too
        const tab = `tab-${randomUUID().slice(0, 8)}`;
        await call('POST', `/api/v1/maps/${map.id}/presence`, { token: writers[0].token, body: { clientId: tab } });
        await there.until((s) => s.messages.some((m) => m.event === 'presence' && m.data.includes(tab)), 'presence from the first server');
      } finally {
        await second.stop();
      }
    }, 420_000);
  }
});

// the restart test talks to its own server
async function newUserOn(base: string, label: string): Promise<string> {
  const email = `${label}-${randomUUID().slice(0, 8)}@example.org`;
  const password = 'a long enough password';
  const made = await fetch(`${base}/api/v1/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password, name: label }) });
  expect(made.status).toBe(201);
  const cookie = await signInCookie(email, password, base);
  const token = await fetch(`${base}/api/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'restart' }) });
  expect(token.status).toBe(201);
  return ((await token.json()) as { token: string }).token;
}
async function mapOn(base: string, token: string, visibility: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/maps`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ title: 'Herstart', visibility }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
async function opsOn(base: string, token: string, mapId: string, operations: unknown[]) {
  const res = await fetch(`${base}/api/v1/maps/${mapId}/operations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ operations }) });
  expect(res.status, await res.clone().text()).toBe(200);
}
