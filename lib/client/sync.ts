// Keeps an open map in step with the server: the map's event stream (Server-Sent
// Events) hands every new entry of the log to the document store, which applies each
// once and in order; `events?after=` catches up after a gap, a reconnect or a server
// restart, and stands in for the stream while the stream cannot be had.
//
// Tabs of one browser share one stream per map: the tab holding a Web Lock on the map
// is the one that listens, and passes what it hears to the others over a
// BroadcastChannel. When it closes, another tab takes the lock and the stream over.
// So five tabs on a map use one of the browser's six HTTP/1.1 connections, not five.
//
// Presence: each tab tells the server every few seconds that it is here and which node
// it edits (POST …/presence), and says goodbye with a beacon when it closes.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MapEvent } from '@/lib/argument/model';
import type { EditorDocStore } from './editor-store';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'polling' | 'closed';

export interface PresenceViewer {
  clientId: string;
  name: string;
  initials: string;
  editing: string | null;
  self?: boolean;
}

export interface LiveState {
  connection: Connection;
  /** why the stream closed for good (lost access, map gone) */
  closedReason: string | null;
  count: number;
  viewers: PresenceViewer[];
  clientId: string;
}
export type LiveStore = StoreApi<LiveState>;

export interface SyncOptions {
  mapId: string;
  doc: EditorDocStore;
  /** which node this tab edits now, and a way to hear when it changes */
  editing?: { get(): string | null; subscribe(listener: () => void): () => void };
  lang?: 'nl' | 'en';
  /** polling interval while no stream can be had */
  pollMs?: number;
}

const RECONNECT = [1000, 2000, 5000, 10000, 20000, 30000];

type Shared = { kind: 'event'; event: MapEvent } | { kind: 'presence'; count: number; viewers: PresenceViewer[] } | { kind: 'state'; connection: Connection };

function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createLiveStore(): LiveStore {
  return createStore<LiveState>()(() => ({ connection: 'connecting', closedReason: null, count: 0, viewers: [], clientId: newClientId() }));
}

/** Starts syncing a map; returns the function that stops it. */
export function startSync(live: LiveStore, opts: SyncOptions): () => void {
  const { mapId, doc } = opts;
  const base = `/api/v1/maps/${encodeURIComponent(mapId)}`;
  const pollMs = opts.pollMs ?? 5000;
  let stopped = false;
  let source: EventSource | null = null;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  let presenceTimer: ReturnType<typeof setInterval> | undefined;
  let renewMs = 10_000;
  let releaseLock: (() => void) | null = null;
  let leading = false;
  const cleanups: (() => void)[] = [];
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(`pleit-map:${mapId}`) : null;

  const share = (m: Shared) => channel?.postMessage(m);
  // a batch's events arrive as separate messages in a burst: they reach the store together
  let inbox: MapEvent[] = [];
  let inboxTimer: ReturnType<typeof setTimeout> | undefined;
  const deliver = (e: MapEvent) => {
    inbox.push(e);
    inboxTimer ??= setTimeout(() => {
      inboxTimer = undefined;
      const events = inbox;
      inbox = [];
      if (!stopped) doc.getState().receive(events);
    }, 0);
  };
  const setConnection = (connection: Connection, reason: string | null = null) => {
    if (live.getState().connection === connection && !reason) return;
    live.setState({ connection, ...(reason ? { closedReason: reason } : {}) });
    share({ kind: 'state', connection });
  };
  const setPresence = (count: number, viewers: PresenceViewer[]) => {
    const me = live.getState().clientId;
    live.setState({ count, viewers: viewers.map((v) => ({ ...v, self: v.clientId === me || undefined })) });
  };

  const startPolling = () => {
    if (pollTimer || stopped) return;
    pollTimer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void doc.getState().poll();
    }, pollMs);
  };
  const stopPolling = () => {
    clearInterval(pollTimer);
    pollTimer = undefined;
  };

  /** The listening tab: one EventSource, reopened after the log has been caught up. */
  const open = async () => {
    if (stopped) return;
    // what the store already has need not come again
    await doc.getState().poll();
    if (stopped) return;
    const es = new EventSource(`${base}/events/stream?after=${doc.getState().revision}`);
    source = es;
    es.onopen = () => {
      attempt = 0;
      stopPolling();
      setConnection('live');
      // whatever was written while we were away
      doc.getState().wake();
    };
    es.onmessage = (m) => {
      let event: MapEvent;
      try {
        event = JSON.parse(m.data) as MapEvent;
      } catch {
        return;
      }
      deliver(event);
      share({ kind: 'event', event });
    };
    es.addEventListener('presence', (m) => {
      try {
        const p = JSON.parse((m as MessageEvent).data) as { count: number; viewers: PresenceViewer[] };
        setPresence(p.count, p.viewers);
        share({ kind: 'presence', count: p.count, viewers: p.viewers });
      } catch {
        /* ignore a malformed message */
      }
    });
    es.addEventListener('closed', (m) => {
      let reason = 'closed';
      try {
        reason = (JSON.parse((m as MessageEvent).data) as { reason: string }).reason;
      } catch {
        /* keep the default */
      }
      es.close();
      if (reason === 'slow' || reason === 'shutdown') return retry();
      setConnection('closed', reason);
    });
    es.onerror = () => {
      if (stopped) return;
      // CONNECTING: the browser reconnects by itself and sends Last-Event-ID
      if (es.readyState === EventSource.CONNECTING) {
        setConnection('reconnecting');
        return;
      }
      retry();
    };
  };

  /** The stream was refused or dropped for good (a restart, a 429, a proxy's 502): poll, and try again later. */
  const retry = () => {
    source?.close();
    source = null;
    if (stopped) return;
    setConnection(attempt === 0 ? 'reconnecting' : 'polling');
    startPolling();
    const delay = RECONNECT[Math.min(attempt++, RECONNECT.length - 1)];
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => void open().catch(retry), delay);
  };

  const lead = () => {
    leading = true;
    void open().catch(retry);
  };

  // one listening tab per map and browser
  if (channel && typeof navigator !== 'undefined' && navigator.locks) {
    channel.onmessage = (m: MessageEvent<Shared>) => {
      if (releaseLock) return; // the leader hears the server itself
      const msg = m.data;
      if (msg.kind === 'event') deliver(msg.event);
      else if (msg.kind === 'presence') setPresence(msg.count, msg.viewers);
      else if (msg.kind === 'state') live.setState({ connection: msg.connection });
    };
    // until this tab leads, it follows; a follower that hears nothing still catches up on focus
    live.setState({ connection: 'live' });
    void navigator.locks
      .request(`pleit-stream:${mapId}`, () => {
        if (stopped) return;
        lead();
        return new Promise<void>((resolve) => {
          releaseLock = resolve;
        });
      })
      .catch(() => lead());
    const onFocus = () => {
      if (!releaseLock) void doc.getState().poll();
    };
    window.addEventListener('focus', onFocus);
    cleanups.push(() => window.removeEventListener('focus', onFocus));
  } else {
    lead();
  }

  // presence: here, editing what, and gone
  const report = async (body: Record<string, unknown>) => {
    try {
      const res = await fetch(`${base}/presence`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: live.getState().clientId, lang: opts.lang, ...body }),
        cache: 'no-store',
      });
      if (!res.ok) return;
      const p = (await res.json()) as { count: number; viewers: PresenceViewer[]; renewMs?: number };
      setPresence(p.count, p.viewers);
      if (p.renewMs && p.renewMs !== renewMs) {
        renewMs = p.renewMs;
        clearInterval(presenceTimer);
        presenceTimer = setInterval(here, renewMs);
      }
    } catch {
      /* offline: the next beat tries again */
    }
  };
  const here = () => void report({ editing: opts.editing?.get() ?? null });
  here();
  presenceTimer = setInterval(here, renewMs);
  if (opts.editing) cleanups.push(opts.editing.subscribe(here));
  const leave = () => {
    const body = JSON.stringify({ clientId: live.getState().clientId, leave: true });
    if (!navigator.sendBeacon?.(`${base}/presence`, new Blob([body], { type: 'application/json' }))) void report({ leave: true });
  };
  window.addEventListener('pagehide', leave);
  cleanups.push(() => window.removeEventListener('pagehide', leave));

  const online = () => {
    doc.getState().wake();
    if (leading && !source) retry();
  };
  window.addEventListener('online', online);
  cleanups.push(() => window.removeEventListener('online', online));

  return () => {
    if (stopped) return;
    stopped = true;
    source?.close();
    clearTimeout(inboxTimer);
    clearTimeout(reconnectTimer);
    stopPolling();
    clearInterval(presenceTimer);
    for (const c of cleanups) c();
    leave();
    releaseLock?.();
    channel?.close();
  };
}
