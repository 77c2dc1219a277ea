import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '@/lib/argument/operations';
import { createEditorDoc, type EditorDocStore } from '@/lib/client/editor-store';
import { inverseOf, withCurrentVersions, alreadyApplied, chunkOperations } from '@/lib/client/history';
import { applyOperations, emptyState } from '@/lib/argument/operations';
import { FakeServer } from './editor-fake-server';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [Q, C, D, E, S, CIT, R1, R2] = [1, 2, 3, 4, 5, 6, 7, 8].map(id);
const meta = { id: 'map', title: 'Kaart', description: '', language: 'nl', visibility: 'PRIVATE' as const, role: 'OWNER' as const, version: 1 };

const seedOps: Operation[] = [
  { op: 'create', entity: 'node', id: Q, data: { kind: 'QUESTION', title: 'Hoe vergroten we het draagvlak?', x: 0, y: 0 } },
  { op: 'create', entity: 'node', id: C, data: { kind: 'CLAIM', title: 'Integratie wordt belemmerd.', x: 0, y: 200 } },
  { op: 'create', entity: 'relation', id: R1, data: { type: 'ANSWERS', fromId: C, toId: Q } },
];

function setup(opts: { retryDelays?: number[]; chunkSize?: number } = {}) {
  const server = new FakeServer();
  server.apply(seedOps);
  const doc = createEditorDoc({
    mapId: 'map',
    meta,
    state: server.state,
    revision: server.revision,
    readOnly: false,
    transport: server.transport(),
    retryDelays: opts.retryDelays ?? [10],
    chunkSize: opts.chunkSize,
  });
  return { server, doc };
}

/** lets queued sends, answers and polls run */
async function settle(doc: EditorDocStore) {
  for (let i = 0; i < 20; i++) {
    await doc.getState().flush();
    await doc.getState().poll();
    await new Promise((r) => setTimeout(r, 0));
  }
}

let docs: EditorDocStore[] = [];
afterEach(() => {
  for (const d of docs) d.getState().dispose();
  docs = [];
  vi.useRealTimers();
});
const track = <T extends { doc: EditorDocStore }>(x: T) => {
  docs.push(x.doc);
  return x;
};

describe('editor store: optimistic apply', () => {
  it('shows a change at once, then saves it and lands on the server revision', async () => {
    const { server, doc } = track(setup());
    const r = doc.getState().commit([{ op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'Te veel immigratie.' } }], 'add');
    expect(r.ok).toBe(true);
    expect(doc.getState().view.nodes.get(D)?.title).toBe('Te veel immigratie.');
    expect(doc.getState().status).toBe('saving');
    expect(doc.getState().hasUnsaved()).toBe(true);
    await settle(doc);
    expect(server.state.nodes.get(D)?.title).toBe('Te veel immigratie.');
    expect(doc.getState().status).toBe('saved');
    expect(doc.getState().revision).toBe(server.revision);
    expect(doc.getState().base.nodes.get(D)).toEqual(server.state.nodes.get(D));
    expect(doc.getState().pending).toHaveLength(0);
    expect(doc.getState().hasUnsaved()).toBe(false);
  });

  it('refuses a batch the rules forbid, on the spot, and changes nothing', () => {
    const { server, doc } = track(setup());
    const before = doc.getState().view;
    const r = doc.getState().commit([{ op: 'create', entity: 'relation', id: R2, data: { type: 'SUPPORTS', fromId: Q, toId: C } }], 'connect');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('relation-kinds');
    expect(doc.getState().view).toBe(before);
    expect(doc.getState().pending).toHaveLength(0);
    expect(server.sent).toHaveLength(0);
  });

  it('drops updates that change nothing', () => {
    const { doc } = track(setup());
    const r = doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { x: 0, y: 200 } }], 'move');
    expect(r).toEqual({ ok: true, changes: [] });
    expect(doc.getState().undoStack).toHaveLength(0);
  });

  it('is read-only for viewers', () => {
    const server = new FakeServer();
    server.apply(seedOps);
    const doc = createEditorDoc({ mapId: 'map', meta, state: server.state, revision: server.revision, readOnly: true, transport: server.transport() });
    docs.push(doc);
    expect(doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'x' } }], 'edit').ok).toBe(false);
    expect(doc.getState().view.nodes.get(C)?.title).toBe('Integratie wordt belemmerd.');
  });
});

describe('editor store: inverse operations', () => {
  it('restores only the fields a batch changed', () => {
    const s = applyOperations(emptyState(), seedOps).state;
    const { changes } = applyOperations(s, [{ op: 'update', entity: 'node', id: C, version: 1, data: { x: 50, y: 60 } }]);
    expect(inverseOf(changes)).toEqual([{ op: 'update', entity: 'node', id: C, version: 2, data: { x: 0, y: 200 } }]);
  });

  it('recreates a deleted node with its relations, parent first', () => {
    const s = applyOperations(emptyState(), seedOps).state;
    const { state, changes } = applyOperations(s, [{ op: 'delete', entity: 'node', id: C, version: 1 }]);
    expect(state.relations.size).toBe(0);
    const inverse = inverseOf(changes);
    expect(inverse.map((o) => `${o.op} ${o.entity}`)).toEqual(['create node', 'create relation']);
    const back = applyOperations(state, inverse).state;
    expect(back.nodes.get(C)).toMatchObject({ title: 'Integratie wordt belemmerd.', x: 0, y: 200 });
    expect(back.relations.get(R1)).toMatchObject({ type: 'ANSWERS', fromId: C, toId: Q });
  });

  it('brings versions up to date and keeps their spacing within a batch', () => {
    const s = applyOperations(emptyState(), [...seedOps, { op: 'update', entity: 'node', id: C, version: 1, data: { title: 'b' } }]).state;
    const ops: Operation[] = [
      { op: 'update', entity: 'node', id: C, version: 1, data: { x: 1 } },
      { op: 'update', entity: 'node', id: C, version: 2, data: { x: 2 } },
      { op: 'delete', entity: 'node', id: D, version: 1 },
    ];
    expect(withCurrentVersions(ops, s).map((o) => (o.op === 'create' ? 0 : o.version))).toEqual([2, 3, 1]);
  });

  it('splits big batches without parting EVIDENCE from its citation', () => {
    const ops: Operation[] = [
      { op: 'create', entity: 'source', id: S, data: { type: 'REPORT', title: 'Rapport' } },
      { op: 'create', entity: 'node', id: E, data: { kind: 'EVIDENCE', title: 'Cijfer' } },
      { op: 'create', entity: 'citation', id: CIT, data: { nodeId: E, sourceId: S, quote: 'citaat' } },
    ];
    expect(chunkOperations(ops, 2).map((c) => c.length)).toEqual([1, 2]);
    expect(chunkOperations(ops, 5)).toHaveLength(1);
  });
});

describe('editor store: undo and redo', () => {
  it('undoes and redoes a delete with its cascade, and saves each step', async () => {
    const { server, doc } = track(setup());
    doc.getState().commit([{ op: 'delete', entity: 'node', id: C, version: 1 }], 'delete');
    expect(doc.getState().view.nodes.has(C)).toBe(false);
    expect(doc.getState().view.relations.has(R1)).toBe(false);
    await settle(doc);
    expect(server.state.nodes.has(C)).toBe(false);

    doc.getState().undo();
    expect(doc.getState().view.nodes.get(C)?.title).toBe('Integratie wordt belemmerd.');
    expect(doc.getState().view.relations.get(R1)?.type).toBe('ANSWERS');
    expect(doc.getState().redoStack).toHaveLength(1);
    await settle(doc);
    expect(server.state.relations.has(R1)).toBe(true);

    doc.getState().redo();
    expect(doc.getState().view.nodes.has(C)).toBe(false);
    await settle(doc);
    expect(server.state.nodes.has(C)).toBe(false);
    expect(doc.getState().undoStack).toHaveLength(1);
  });

  it('a new change clears the redo stack; undo of a move keeps a title someone else set', async () => {
    const { server, doc } = track(setup());
    doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { x: 300, y: 400 } }], 'move');
    await settle(doc);
    server.apply([{ op: 'update', entity: 'node', id: C, version: 2, data: { title: 'Hun titel' } }]);
    await doc.getState().poll();
    expect(doc.getState().view.nodes.get(C)).toMatchObject({ title: 'Hun titel', x: 300, version: 3 });
    doc.getState().undo();
    expect(doc.getState().view.nodes.get(C)).toMatchObject({ title: 'Hun titel', x: 0, y: 200 });
    await settle(doc);
    expect(server.state.nodes.get(C)).toMatchObject({ title: 'Hun titel', x: 0, y: 200, version: 4 });
    doc.getState().commit([{ op: 'update', entity: 'node', id: Q, version: 1, data: { title: 'Nieuw' } }], 'rename');
    expect(doc.getState().redoStack).toHaveLength(0);
  });

  it('an undo that can no longer apply is dropped with a notice', async () => {
    const { server, doc } = track(setup());
    doc.getState().commit([{ op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'x' } }], 'add');
    await settle(doc);
    // someone else deletes the question; undoing our later deletion of the answer relation
    doc.getState().commit([{ op: 'delete', entity: 'relation', id: R1, version: 1 }], 'unlink');
    await settle(doc);
    server.apply([{ op: 'delete', entity: 'node', id: Q, version: 1 }]);
    await doc.getState().poll();
    const r = doc.getState().undo();
    expect(r?.ok).toBe(false);
    expect(doc.getState().notices.at(-1)).toMatchObject({ kind: 'undo', rule: 'dangling-reference' });
    expect(doc.getState().undoStack).toHaveLength(1);
  });
});

describe('editor store: saving', () => {
  it('keeps failed batches, reports offline, and retries until saved', async () => {
    const { server, doc } = track(setup({ retryDelays: [5] }));
    server.failures = ['offline', 500];
    doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'A' } }], 'rename');
    await doc.getState().flush();
    expect(doc.getState().status).toBe('offline');
    expect(doc.getState().view.nodes.get(C)?.title).toBe('A');
    expect(doc.getState().pending).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    await doc.getState().flush();
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    expect(server.state.nodes.get(C)?.title).toBe('A');
    expect(doc.getState().status).toBe('saved');
    expect(server.sent.length).toBeGreaterThanOrEqual(3);
  });

  it('does not apply a batch twice when its answer was lost', async () => {
    const { server, doc } = track(setup({ retryDelays: [5] }));
    server.failures = ['lost'];
    doc.getState().commit([{ op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'Eén keer' } }], 'add');
    await doc.getState().flush();
    expect(server.state.nodes.has(D)).toBe(true);
    expect(doc.getState().pending).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    expect(server.sent).toHaveLength(1);
    expect(doc.getState().pending).toHaveLength(0);
    expect(doc.getState().status).toBe('saved');
    expect(doc.getState().view.nodes.get(D)?.title).toBe('Eén keer');
  });

  it('loses no later edit when the server wrote a batch but a proxy answered 502', async () => {
    const { server, doc } = track(setup({ retryDelays: [5] }));
    server.failures = [502];
    doc.getState().commit([{ op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'Eerst' } }], 'add');
    await doc.getState().flush();
    expect(server.state.nodes.has(D)).toBe(true);
    doc.getState().commit([{ op: 'update', entity: 'node', id: D, version: 1, data: { title: 'Daarna hernoemd' } }], 'rename');
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    // the create went out once; the rename reached the server; nothing was refused
    expect(server.sent.filter((b) => b.some((op) => op.op === 'create'))).toHaveLength(1);
    expect(server.state.nodes.get(D)?.title).toBe('Daarna hernoemd');
    expect(doc.getState().notices).toEqual([]);
    expect(doc.getState().status).toBe('saved');
  });

  it('sends batches larger than the API limit in parts, in order', async () => {
    const { server, doc } = track(setup({ chunkSize: 2 }));
    const ops: Operation[] = [3, 4, 5, 6, 7].map((n) => ({ op: 'create', entity: 'node', id: id(100 + n), data: { kind: 'CLAIM', title: `n${n}` } }));
    doc.getState().commit(ops, 'paste');
    await settle(doc);
    expect(server.sent.map((s) => s.length)).toEqual([2, 2, 1]);
    expect(doc.getState().view.nodes.size).toBe(7);
    expect(doc.getState().status).toBe('saved');
  });
});

describe('editor store: merging other people’s changes', () => {
  it('applies polled events in order and keeps pending changes on top', async () => {
    const { server, doc } = track(setup());
    server.failures = ['offline'];
    doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { x: 10 } }], 'move');
    await doc.getState().flush();
    server.apply([{ op: 'create', entity: 'node', id: D, data: { kind: 'PROPOSAL', title: 'Van iemand anders' } }]);
    await doc.getState().poll();
    const s = doc.getState();
    expect(s.revision).toBe(server.revision);
    expect(s.view.nodes.get(D)?.title).toBe('Van iemand anders');
    expect(s.view.nodes.get(C)?.x).toBe(10);
    expect(s.base.nodes.get(C)?.x).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    expect(server.state.nodes.get(C)?.x).toBe(10);
  });

  it('ignores events it already has and waits for a gap to be filled', () => {
    const { server, doc } = track(setup());
    const r0 = doc.getState().revision;
    const first = server.apply([{ op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'een' } }]);
    const second = server.apply([{ op: 'create', entity: 'node', id: E, data: { kind: 'CLAIM', title: 'twee' } }]);
    doc.getState().receive(second);
    expect(doc.getState().revision).toBe(r0);
    expect(doc.getState().view.nodes.has(E)).toBe(false);
    doc.getState().receive([...first, ...first]);
    expect(doc.getState().revision).toBe(r0 + 2);
    expect(doc.getState().view.nodes.has(E)).toBe(true);
    doc.getState().receive(first);
    expect(doc.getState().revision).toBe(r0 + 2);
  });

  it('a 409 keeps both edits: theirs on screen, ours held back and re-appliable', async () => {
    const { server, doc } = track(setup());
    server.failures = ['offline'];
    doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'Mijn titel' } }], 'rename');
    await doc.getState().flush();
    server.apply([{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'Hun titel' } }]);
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    const s = doc.getState();
    expect(s.conflicts).toHaveLength(1);
    expect(s.conflicts[0]).toMatchObject({ entity: 'node', entityId: C, theirs: { title: 'Hun titel' }, mine: { data: { title: 'Mijn titel' } } });
    expect(s.view.nodes.get(C)?.title).toBe('Hun titel');
    expect(s.undoStack).toHaveLength(0);
    expect(s.hasUnsaved()).toBe(true);

    doc.getState().resolveConflict(s.conflicts[0].id, 'mine');
    expect(doc.getState().view.nodes.get(C)?.title).toBe('Mijn titel');
    await settle(doc);
    expect(server.state.nodes.get(C)).toMatchObject({ title: 'Mijn titel', version: 3 });
    expect(doc.getState().conflicts).toHaveLength(0);
    expect(doc.getState().status).toBe('saved');
  });

  it('keeping their version drops ours and everything that built on it', async () => {
    const { server, doc } = track(setup());
    server.failures = ['offline'];
    doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'Mijn titel' } }], 'rename');
    doc.getState().commit([{ op: 'update', entity: 'node', id: C, version: 2, data: { body: 'toelichting' } }], 'body');
    doc.getState().commit([{ op: 'update', entity: 'node', id: Q, version: 1, data: { title: 'Andere vraag' } }], 'rename question');
    await doc.getState().flush();
    server.apply([{ op: 'update', entity: 'node', id: C, version: 1, data: { title: 'Hun titel' } }]);
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    const c = doc.getState().conflicts[0];
    expect(c.ops).toHaveLength(2);
    expect(server.state.nodes.get(Q)?.title).toBe('Andere vraag');
    doc.getState().resolveConflict(c.id, 'theirs');
    expect(doc.getState().view.nodes.get(C)).toMatchObject({ title: 'Hun titel', body: '' });
    expect(doc.getState().hasUnsaved()).toBe(false);
  });

  it('a batch the server refuses is reported, not silently lost', async () => {
    const { server, doc } = track(setup());
    server.failures = ['offline'];
    doc.getState().commit(
      [
        { op: 'create', entity: 'node', id: D, data: { kind: 'CLAIM', title: 'reden' } },
        { op: 'create', entity: 'relation', id: R2, data: { type: 'SUPPORTS', fromId: D, toId: C } },
      ],
      'add reason',
    );
    await doc.getState().flush();
    server.apply([{ op: 'delete', entity: 'node', id: C, version: 1 }]);
    await new Promise((r) => setTimeout(r, 20));
    await settle(doc);
    expect(doc.getState().notices).toHaveLength(1);
    expect(doc.getState().notices[0]).toMatchObject({ kind: 'refused', rule: 'dangling-reference', label: 'add reason' });
    expect(doc.getState().view.nodes.has(D)).toBe(false);
    expect(alreadyApplied([{ op: 'delete', entity: 'node', id: C, version: 1 }], doc.getState().base)).toBe(true);
  });
});

describe('alreadyApplied (is a batch whose answer was lost on the server?)', () => {
  it('recognizes a citation whose locator the server completed with offsets and a paragraph', () => {
    const [n, src, c] = [id(500), id(501), id(502)];
    const sent: Operation[] = [
      { op: 'create', entity: 'node', id: n, data: { kind: 'CLAIM', title: 'Bewering' } },
      { op: 'create', entity: 'source', id: src, data: { type: 'REPORT', title: 'Bron' } },
      { op: 'create', entity: 'citation', id: c, data: { nodeId: n, sourceId: src, quote: 'een zin', locator: { page: '3' } } },
    ];
    const onServer = applyOperations(emptyState(), sent).state;
    const cit = onServer.citations.get(c)!;
    onServer.citations.set(c, { ...cit, quoteStatus: 'verified', locator: { page: '3', start: 10, end: 17, paragraph: 2 } });
    expect(alreadyApplied(sent, onServer)).toBe(true);
    onServer.citations.set(c, { ...cit, locator: { page: '4' } });
    expect(alreadyApplied(sent, onServer)).toBe(false);
  });
});
