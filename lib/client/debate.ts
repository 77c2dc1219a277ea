'use client';
// A debate session in the browser: its state (GET /api/v1/sessions/{id}) kept current by
// the session's event stream (EventSource resumes it by itself with Last-Event-ID; every
// event refetches the state, coalesced), and the session's map: loaded once from …/graph
// into the editor's own document store (read-only) and followed live through the map's
// events as the session relays them (…/map/stream, resumed from the store's revision;
// …/map/events?after= catches up after a gap or while no stream can be had), so a map
// editor's direct edit reaches every participant as it happens. The timer is shown from
// the server's clock (the offset to this browser's clock is taken at each fetch).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { graphToState, type Graph, type MapMeta } from '@/lib/argument/graph';
import type { MapEvent } from '@/lib/argument/model';
import type { MapState, Operation } from '@/lib/argument/operations';
import type { NodeResult, PrepOut as PrepAt } from '@/lib/debate/formats';
import { createEditorDoc, type EditorDocStore } from './editor-store';
import type { EventPage, Transport } from './transport';

export type { NodeResult };

export interface Phase {
  name: string;
  seconds: number;
}
export interface ParticipantOut {
  id: string;
  name: string;
  side: 'pro' | 'contra' | 'neutral';
  guest: boolean;
  removed: boolean;
  online?: boolean;
}
export interface ProposalOut {
  id: string;
  participantId: string;
  operations: Operation[];
  note: string;
  status: 'pending' | 'applied' | 'rejected' | 'merged';
  reason: string;
  revision: number | null;
  /** merged: the node it was merged into */
  mergedIntoId: string | null;
  createdAt: string;
}
export interface TimerOut {
  phase: number;
  phaseName: string | null;
  state: 'idle' | 'running' | 'paused' | 'done';
  startedAt: string | null;
  remainingMs: number;
  serverTime: string;
}
/** each side's preparation bank as the server computed it at serverTime (lib/debate/formats.ts) */
export type PrepOut = PrepAt & { serverTime: string };
export interface SessionState {
  id: string;
  mapId: string;
  title: string;
  mode: 'moderated' | 'open';
  format: string;
  code: string | null;
  /** the moderator's only */
  joinUrl: string | null;
  locked: boolean;
  mapLocked: boolean;
  status: 'live' | 'ended';
  votingOpen: boolean;
  showVoterNames: boolean;
  agenda: Phase[];
  /** each side's preparation time (0: none) */
  prepSeconds: number;
  timer: TimerOut;
  prep: PrepOut;
  floor: { participantId: string; name: string; side: string; since: string | null } | null;
  spotlight: string | null;
  reveal: { all: boolean; nodeIds: string[] };
  hands: { participantId: string; reply: boolean; raisedAt: string }[];
  participants: ParticipantOut[];
  seq: number;
  endRevision: number | null;
  me: { moderator: boolean; participant: ParticipantOut | null };
  proposals: ProposalOut[];
}

export const sessionApi = (id: string, rest = '') => `/api/v1/sessions/${encodeURIComponent(id)}${rest}`;

/** Sends a request to the session API; resolves to the body, or throws an Error with the problem's detail. */
export async function send<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, { method, credentials: 'same-origin', headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as unknown) : null;
  if (!res.ok) {
    const p = parsed as { detail?: string; title?: string } | null;
    throw new Error(p?.detail ?? p?.title ?? `HTTP ${res.status}`);
  }
  return parsed as T;
}

/** The session's map log for the editor's document store: read-only, events from the session's relay. */
export function sessionTransport(sessionId: string): Transport {
  return {
    async send() {
      return { kind: 'refused', status: 403, opIndex: null, rule: null, message: 'The session view is read-only.' };
    },
    async events(_mapId, after) {
      const res = await fetch(sessionApi(sessionId, `/map/events?after=${after}&limit=1000`), { cache: 'no-store', credentials: 'same-origin' });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as EventPage;
    },
  };
}

/** The map as a Graph (what the list, the presenter and the proposal form read). */
export function viewToGraph(view: MapState, meta: MapMeta, revision: number): Graph {
  return { map: meta, nodes: [...view.nodes.values()], relations: [...view.relations.values()], tags: [...view.tags.values()], sources: [...view.sources.values()], citations: [...view.citations.values()], revision };
}

type DocSlice = { view: MapState | null; revision: number; meta: MapMeta | null };
/** stands in for the document store until the map has loaded (hooks run on every render) */
const FALLBACK_DOC: StoreApi<DocSlice> = createStore<DocSlice>()(() => ({ view: null, revision: 0, meta: null }));

/**
 * The session's map: loaded once, then followed live (see the top of this file). Returns
 * the document store (for the canvas) once loaded; `live` says whether the stream is open.
 */
export function useSessionMap(sessionId: string, enabled = true) {
  const [doc, setDoc] = useState<EditorDocStore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let store: EditorDocStore | null = null;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    const open = () => {
      if (stopped || !store) return;
      const es = new EventSource(sessionApi(sessionId, `/map/stream?after=${store.getState().revision}`));
      source = es;
      es.onopen = () => {
        attempt = 0;
        setLive(true);
        // whatever was written between the load and the stream
        void store?.getState().poll();
      };
      es.onmessage = (m) => {
        try {
          store?.getState().receive([JSON.parse(m.data) as MapEvent]);
        } catch {
          /* a malformed message: the next poll fills the gap */
        }
      };
      es.addEventListener('closed', (m) => {
        let reason = 'closed';
        try {
          reason = (JSON.parse((m as MessageEvent).data) as { reason: string }).reason;
        } catch {
          /* keep the default */
        }
        es.close();
        setLive(false);
        // removed, or the session ended: nothing more to follow
        if (reason !== 'access') reopen();
      });
      es.onerror = () => {
        setLive(false);
        // CONNECTING: the browser reconnects by itself with Last-Event-ID; CLOSED: refused, try again later
        if (es.readyState === EventSource.CLOSED) reopen();
      };
    };
    const reopen = () => {
      if (stopped) return;
      clearTimeout(retryTimer);
      const delay = Math.min(30_000, 1000 * 2 ** attempt++);
      retryTimer = setTimeout(() => {
        void store?.getState().poll();
        open();
      }, delay);
    };
    void (async () => {
      try {
        const graph = await send<Graph & { map: { id: string; title: string } }>('GET', sessionApi(sessionId, '/graph'));
        if (stopped) return;
        const meta: MapMeta = { id: graph.map.id, title: graph.map.title, description: '', language: '', visibility: 'PRIVATE', role: null, version: 0 };
        store = createEditorDoc({ mapId: graph.map.id, meta, state: graphToState(graph), revision: graph.revision, readOnly: true, transport: sessionTransport(sessionId) });
        setDoc(store);
        open();
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
      store?.getState().dispose();
    };
  }, [sessionId, enabled]);
  return { doc, error, live };
}

export function useDebate(sessionId: string, opts: { graph?: boolean } = {}) {
  const [state, setState] = useState<SessionState | null>(null);
  const [results, setResults] = useState<NodeResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const offset = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wantGraph = opts.graph !== false;
  const map = useSessionMap(sessionId, wantGraph);
  const docState = useStore((map.doc as unknown as StoreApi<DocSlice> | null) ?? FALLBACK_DOC, (s) => s);
  const view = map.doc ? docState.view : null;
  const graph = useMemo(() => (map.doc && view ? viewToGraph(view, docState.meta!, docState.revision) : null), [map.doc, view, docState.meta, docState.revision]);
  const docRef = useRef<EditorDocStore | null>(null);
  docRef.current = map.doc;

  const loadState = useCallback(async () => {
    try {
      const s = await send<SessionState>('GET', sessionApi(sessionId));
      offset.current = Date.parse(s.timer.serverTime) - Date.now();
      setState(s);
      setError(null);
      if (s.me.moderator || s.reveal.all || s.reveal.nodeIds.length) {
        setResults((await send<{ results: NodeResult[] }>('GET', sessionApi(sessionId, '/results')).catch(() => ({ results: null as never }))).results ?? null);
      }
    } catch (e) {
      setError((e as Error).message);
    }
  }, [sessionId]);

  useEffect(() => {
    void loadState();
    const source = new EventSource(sessionApi(sessionId, '/stream'));
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (m) => {
      let type = '';
      try {
        type = (JSON.parse(m.data) as { type: string }).type;
      } catch {
        return;
      }
      if (type === 'redacted') return; // an entry for the moderator only: nothing of ours changed
      // the map stream brings the change itself; this catches up should it be down
      if (type === 'proposal.applied' || type === 'proposal.merged') void docRef.current?.getState().poll();
      // a burst of events is one refetch
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        void loadState();
      }, 500);
    };
    return () => {
      source.close();
      if (pending.current) clearTimeout(pending.current);
    };
  }, [sessionId, loadState]);

  return {
    state,
    graph,
    /** the map as a MapState (what the editor's helpers read) */
    view,
    /** the map's document store (read-only), for the canvas */
    doc: map.doc,
    mapLive: map.live,
    results,
    error: error ?? map.error,
    connected,
    refresh: loadState,
    refreshGraph: () => docRef.current?.getState().poll() ?? Promise.resolve(),
    serverNow: () => Date.now() + offset.current,
  };
}

/** Re-renders every quarter second while `running`. */
function useTicking(running: boolean, startedAt: string | null | undefined) {
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(t);
  }, [running, startedAt]);
}

/** What a clock has left now: `remainingMs` was what it had at the server's `serverTime`. */
const leftNow = (running: boolean, remainingMs: number, serverTime: string, serverNow: () => number) => (running ? Math.max(0, remainingMs - (serverNow() - Date.parse(serverTime))) : remainingMs);

/** The remaining time of a timer, re-rendered every quarter second while it runs. */
export function useCountdown(timer: TimerOut | undefined, serverNow: () => number): number {
  const running = timer?.state === 'running' && !!timer.startedAt;
  useTicking(running, timer?.startedAt);
  if (!timer) return 0;
  return leftNow(running, timer.remainingMs, timer.serverTime, serverNow);
}

/** Each side's preparation time now, re-rendered while one side's clock runs. */
export function usePrepCountdown(prep: PrepOut | undefined, serverNow: () => number): { pro: number; contra: number } {
  useTicking(!!prep?.running, prep?.startedAt);
  if (!prep) return { pro: 0, contra: 0 };
  return { pro: leftNow(prep.running === 'pro', prep.remainingMs.pro, prep.serverTime, serverNow), contra: leftNow(prep.running === 'contra', prep.remainingMs.contra, prep.serverTime, serverNow) };
}

export function formatMs(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
