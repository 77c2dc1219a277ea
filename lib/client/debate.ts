'use client';
// A debate session in the browser: its state (GET /api/v1/sessions/{id}) and the map as
// the session shows it (…/graph), kept current by the session's event stream, which
// the browser's EventSource resumes by itself with Last-Event-ID. Every event refetches
// the state (coalesced), every map change the graph; the timer is shown from the
// server's clock (the offset to this browser's clock is taken at each fetch).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Graph } from '@/lib/argument/graph';
import type { Operation } from '@/lib/argument/operations';
import type { NodeResult } from '@/lib/debate/formats';

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
export interface SessionState {
  id: string;
  mapId: string;
  title: string;
  mode: 'moderated' | 'open';
  format: string;
  code: string | null;
  joinUrl: string;
  locked: boolean;
  mapLocked: boolean;
  status: 'live' | 'ended';
  votingOpen: boolean;
  showVoterNames: boolean;
  agenda: Phase[];
  prepSeconds: number;
  timer: TimerOut;
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

export function useDebate(sessionId: string, opts: { graph?: boolean } = {}) {
  const [state, setState] = useState<SessionState | null>(null);
  const [graph, setGraph] = useState<Graph | null>(null);
  const [results, setResults] = useState<NodeResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState(false);
  const offset = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wantGraph = opts.graph !== false;

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
  const loadGraph = useCallback(async () => {
    if (!wantGraph) return;
    try {
      setGraph(await send<Graph>('GET', sessionApi(sessionId, '/graph')));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [sessionId, wantGraph]);

  useEffect(() => {
    void loadState();
    void loadGraph();
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
      if (type === 'proposal.applied' || type === 'session.ended') void loadGraph();
      // a burst of events is one refetch
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        void loadState();
      }, 500);
    };
    // what the session log does not carry (members editing the map itself) arrives on the next refresh
    const refresh = setInterval(() => void loadGraph(), 15_000);
    return () => {
      source.close();
      clearInterval(refresh);
      if (pending.current) clearTimeout(pending.current);
    };
  }, [sessionId, loadState, loadGraph]);

  return { state, graph, results, error, connected, refresh: loadState, refreshGraph: loadGraph, serverNow: () => Date.now() + offset.current };
}

/** The remaining time of a timer, re-rendered every quarter second while it runs. */
export function useCountdown(timer: TimerOut | undefined, serverNow: () => number): number {
  const [, tick] = useState(0);
  useEffect(() => {
    if (timer?.state !== 'running') return;
    const t = setInterval(() => tick((n) => n + 1), 250);
    return () => clearInterval(t);
  }, [timer?.state, timer?.startedAt]);
  if (!timer) return 0;
  if (timer.state !== 'running' || !timer.startedAt) return timer.remainingMs;
  // remainingMs was what was left at serverTime
  return Math.max(0, timer.remainingMs - (serverNow() - Date.parse(timer.serverTime)));
}

export function formatMs(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
