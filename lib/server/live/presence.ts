// Presence: who has a map open, and who is editing which node. It is not part of the
// map and never enters the event log. Each open tab says so every few seconds
// (POST …/presence); an entry that is not renewed expires, and a tab that closes says
// goodbye at once (a beacon). On PostgreSQL the entries of every server process are
// shared through NOTIFY, so a reader sees everyone on the map whichever server they are on.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { databaseProvider, db } from '../db';

/** an entry lives this long after its tab's last word */
export const PRESENCE_TTL_MS = 25_000;
/** how often a tab renews its entry */
export const PRESENCE_RENEW_MS = 10_000;
const MAX_PER_MAP = 2000;
export const PRESENCE_CHANNEL = 'pleit_presence';

export interface PresenceEntry {
  /** the tab's own id, random per tab */
  clientId: string;
  userId: string | null;
  name: string;
  /** the node this tab is editing, if any */
  editing: string | null;
  expires: number;
}

/** What a reader is shown: members see who, others only how many. */
export interface PresenceView {
  count: number;
  viewers: { clientId: string; name: string; initials: string; editing: string | null; self?: boolean }[];
}

type Listener = (mapId: string) => void;
interface State {
  maps: Map<string, Map<string, PresenceEntry>>;
  listeners: Set<Listener>;
  proc: string;
  sweeper: ReturnType<typeof setInterval> | null;
}
const g = globalThis as unknown as { pleitPresence?: State };
const state: State = (g.pleitPresence ??= { maps: new Map(), listeners: new Set(), proc: randomUUID(), sweeper: null });

export const processId = () => state.proc;

export function onPresenceChanged(l: Listener) {
  state.listeners.add(l);
  return () => state.listeners.delete(l);
}

const changed = (mapId: string) => {
  for (const l of state.listeners) l(mapId);
};

/** keys are per user, so nobody can overwrite another person's entry by guessing a tab id */
const keyOf = (userId: string | null, clientId: string) => `${userId ?? 'guest'}:${clientId}`;

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)!] : parts;
  return letters.map((p) => [...p][0]?.toLocaleUpperCase() ?? '').join('') || '?';
}

function sweep() {
  const now = Date.now();
  for (const [mapId, entries] of state.maps) {
    let any = false;
    for (const [k, e] of entries) {
      if (e.expires <= now) {
        entries.delete(k);
        any = true;
      }
    }
    if (!entries.size) state.maps.delete(mapId);
    if (any) changed(mapId);
  }
}

function ensureSweeper() {
  if (state.sweeper) return;
  state.sweeper = setInterval(sweep, 2000);
  state.sweeper.unref?.();
}

/** Applies an entry (or its removal) from this process or another; true when something changed. */
export function applyPresence(mapId: string, key: string, entry: PresenceEntry | null): boolean {
  ensureSweeper();
  let entries = state.maps.get(mapId);
  const before = entries?.get(key);
  if (!entry) {
    if (!before) return false;
    entries!.delete(key);
    if (!entries!.size) state.maps.delete(mapId);
    changed(mapId);
    return true;
  }
  if (!entries) state.maps.set(mapId, (entries = new Map()));
  if (!before && entries.size >= MAX_PER_MAP) return false;
  entries.set(key, entry);
  const same = before && before.name === entry.name && before.editing === entry.editing;
  if (!same) changed(mapId);
  return !same;
}

/** A tab's word from this process: applied here, and shared with the other processes. */
export async function reportPresence(mapId: string, who: { userId: string | null; name: string }, clientId: string, update: { editing: string | null } | 'leave') {
  const key = keyOf(who.userId, clientId);
  const entry: PresenceEntry | null =
    update === 'leave' ? null : { clientId, userId: who.userId, name: who.name, editing: update.editing, expires: Date.now() + PRESENCE_TTL_MS };
  applyPresence(mapId, key, entry);
  if (databaseProvider() === 'postgresql') {
    const payload = JSON.stringify({ proc: state.proc, mapId, key, entry });
    await db().$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${payload})`;
  }
}

/** A notification from another process. */
export function receiveRemotePresence(payload: string) {
  try {
    const m = JSON.parse(payload) as { proc: string; mapId: string; key: string; entry: PresenceEntry | null };
    if (m.proc === state.proc || typeof m.mapId !== 'string' || typeof m.key !== 'string') return;
    // the other process's clock may differ: the entry lives a full TTL from now
    applyPresence(m.mapId, m.key, m.entry && { ...m.entry, expires: Date.now() + PRESENCE_TTL_MS });
  } catch {
    /* not ours */
  }
}

export function presenceOf(mapId: string, member: boolean, self?: { userId: string | null; clientId?: string }): PresenceView {
  const now = Date.now();
  const entries = [...(state.maps.get(mapId)?.values() ?? [])].filter((e) => e.expires > now);
  if (!member) return { count: entries.length, viewers: [] };
  return {
    count: entries.length,
    viewers: entries.map((e) => ({
      clientId: e.clientId,
      name: e.name,
      initials: initials(e.name),
      editing: e.editing,
      ...(self && self.clientId === e.clientId && self.userId === e.userId ? { self: true } : {}),
    })),
  };
}
