// The client's sync module against a fake EventSource and the in-memory server: events
// from the stream reach the document once and in order; a stream the server ends (a
// restart) is reopened by itself after the log has been caught up, from the last seq;
// a refused stream falls back to polling and keeps trying.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Operation } from '@/lib/argument/operations';
import type { MapEvent } from '@/lib/argument/model';
import { createEditorDoc } from '@/lib/client/editor-store';
import { createLiveStore, startSync } from '@/lib/client/sync';
import { FakeServer } from './editor-fake-server';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const meta = { id: 'map', title: 'Kaart', description: '', language: 'nl', visibility: 'PRIVATE' as const, role: 'OWNER' as const, version: 1 };
const claim = (n: number, title: string): Operation => ({ op: 'create', entity: 'node', id: id(n), data: { kind: 'CLAIM', title } });

class FakeEventSource extends EventTarget {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(readonly url: string) {
    super();
    FakeEventSource.all.push(this);
  }
  get after() {
    return Number(new URL(this.url, 'http://x').searchParams.get('after'));
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.(new Event('open'));
  }
  send(e: MapEvent) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(e) }));
  }
  emit(type: string, data: unknown) {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.(new Event('error'));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const flushAll = async () => {
  for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.all = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', { visibilityState: 'visible' });
  vi.stubGlobal('navigator', {});
  vi.stubGlobal('BroadcastChannel', undefined);
  // presence reports: the server answers with nobody else there
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ count: 1, viewers: [], renewMs: 10_000 }), { status: 200 })));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function setup() {
  const server = new FakeServer();
  server.apply([claim(1, 'Eerste')]);
  const doc = createEditorDoc({ mapId: 'map', meta, state: server.state, revision: server.revision, readOnly: false, transport: server.transport(), retryDelays: [10] });
  const live = createLiveStore();
  const stop = startSync(live, { mapId: 'map', doc, pollMs: 1000 });
  return { server, doc, live, stop };
}

describe('client sync', () => {
  it('opens the stream after the revision it has, and applies what arrives once and in order', async () => {
    const { server, doc, live, stop } = setup();
    await flushAll();
    const es = FakeEventSource.all[0];
    expect(es.after).toBe(1);
    es.open();
    expect(live.getState().connection).toBe('live');
    const a = server.apply([claim(2, 'Tweede')]);
    const b = server.apply([claim(3, 'Derde')]);
    // out of order and twice: the document still ends up right
    es.send(b[0]);
    es.send(a[0]);
    es.send(a[0]);
    await flushAll();
    expect(doc.getState().revision).toBe(3);
    expect([...doc.getState().view.nodes.values()].map((n) => n.title)).toEqual(['Eerste', 'Tweede', 'Derde']);
    stop();
  });

  it('after the server ends the stream (a restart), catches up from the log and reopens from the last seq', async () => {
    const { server, doc, live, stop } = setup();
    await flushAll();
    const first = FakeEventSource.all[0];
    first.open();
    first.emit('closed', { reason: 'shutdown' });
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(live.getState().connection).toBe('reconnecting');
    // written while no stream was open
    server.apply([claim(2, 'Tijdens de herstart')]);
    await vi.advanceTimersByTimeAsync(1000);
    await flushAll();
    expect(doc.getState().view.nodes.get(id(2))?.title).toBe('Tijdens de herstart');
    const second = FakeEventSource.all.at(-1)!;
    expect(second).not.toBe(first);
    expect(second.after).toBe(2);
    second.open();
    expect(live.getState().connection).toBe('live');
    stop();
  });

  it('polls while the stream is refused, and keeps trying to get it back', async () => {
    const { server, doc, live, stop } = setup();
    await flushAll();
    FakeEventSource.all[0].fail();
    server.apply([claim(2, 'Gepeild')]);
    await vi.advanceTimersByTimeAsync(1000);
    await flushAll();
    expect(doc.getState().view.nodes.get(id(2))?.title).toBe('Gepeild');
    // the retries: a new EventSource each time, further apart
    expect(FakeEventSource.all).toHaveLength(2);
    FakeEventSource.all[1].fail();
    await vi.advanceTimersByTimeAsync(1500);
    await flushAll();
    expect(FakeEventSource.all).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    await flushAll();
    expect(FakeEventSource.all).toHaveLength(3);
    expect(live.getState().connection).toBe('polling');
    FakeEventSource.all.at(-1)!.open();
    expect(live.getState().connection).toBe('live');
    stop();
  });

  it('closes for good when the reader lost access, and says why', async () => {
    const { live, stop } = setup();
    await flushAll();
    const es = FakeEventSource.all[0];
    es.open();
    es.emit('closed', { reason: 'access' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(live.getState()).toMatchObject({ connection: 'closed', closedReason: 'access' });
    expect(FakeEventSource.all).toHaveLength(1);
    stop();
  });

  it('shows the presence the stream sends, marking this tab as self', async () => {
    const { live, stop } = setup();
    await flushAll();
    const es = FakeEventSource.all[0];
    es.open();
    const me = live.getState().clientId;
    es.emit('presence', { count: 2, viewers: [{ clientId: me, name: 'Ik', initials: 'I', editing: null }, { clientId: 'other-tab-1', name: 'Bram Claes', initials: 'BC', editing: id(1) }] });
    expect(live.getState().count).toBe(2);
    expect(live.getState().viewers.find((v) => v.clientId === me)?.self).toBe(true);
    expect(live.getState().viewers.find((v) => v.name === 'Bram Claes')?.self).toBeUndefined();
    stop();
  });
});
