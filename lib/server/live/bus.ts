// The live bus of one server process: every open event stream of a map is a subscriber
// of that map's room. A room learns that its map has new entries from the event log
// (this process, after commit) or from PostgreSQL's NOTIFY (another process), reads the
// new entries once, and hands them to each subscriber in order. A subscriber has its own
// cursor: it catches up from the table (Last-Event-ID / ?after=), then follows the room;
// whatever it missed it reads again, so nothing is skipped and nothing is sent twice.
// Presence (who views, who edits which node) travels the same way, but is never logged.
// A room follows one log: a map's (keyed by its id) or another numbered log such as a
// debate session's (keyed `session:<id>`, lib/server/debate-log.ts), which brings its
// own reader and its own per-subscriber view.
import 'server-only';
import type { MapEvent } from '@/lib/argument/model';
import { mapAccess } from '../access';
import type { Actor } from '../auth';
import { db, databaseProvider } from '../db';
import { logReader, onPublished, readEvents, redact, type LogReader } from '../event-log';
import { HttpError } from '../http';
import { startPgListener } from './pg-listener';
import { presenceOf, onPresenceChanged, type PresenceView } from './presence';

/** events a room keeps in memory for subscribers that are a little behind */
const BUFFER = 2000;
const PAGE = 500;
/** a stream whose client does not read is closed (it reconnects and catches up) */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;
export const HEARTBEAT_MS = 15_000;

export const STREAM_LIMITS = {
  perUser: Number(process.env.PLEIT_STREAMS_PER_USER ?? 16),
  perMap: Number(process.env.PLEIT_STREAMS_PER_MAP ?? 1000),
  total: Number(process.env.PLEIT_STREAMS_TOTAL ?? 5000),
};

/** An entry of any log the bus follows: numbered 1, 2, 3, … without gaps. */
export interface LiveEvent {
  seq: number;
}

/** How a room reads its log: a page after a seq, and the log's current head (null when it is gone). */
export interface LiveLog {
  read(after: number, limit: number): Promise<{ events: LiveEvent[]; hasMore: boolean }>;
  head(): Promise<number | null>;
}

const mapLog = (mapId: string): LiveLog => ({
  read: (after, limit) => readEvents(mapId, after, limit),
  head: async () => (await db().argumentMap.findUnique({ where: { id: mapId }, select: { revision: true } }))?.revision ?? null,
});

export interface Subscriber {
  readonly id: number;
  readonly mapId: string;
  readonly actor: Actor | null;
  reader: LogReader;
  /** for logs other than a map's: what this subscriber is sent of an entry (a map's uses `reader`); null ends the stream (access lost) */
  view?: (e: LiveEvent) => LiveEvent | null;
  cursor: number;
  /** writes one SSE chunk; returns the bytes the client has not read yet */
  write(chunk: string): number;
  /** ends the stream with a last `closed` message */
  close(reason: 'access' | 'gone' | 'slow' | 'shutdown'): void;
  pumping: boolean;
  again: boolean;
  closed: boolean;
}

class Room {
  lastSeq: number;
  buffer: LiveEvent[] = [];
  readonly subs = new Set<Subscriber>();
  private wanted = 0;
  private refreshing: Promise<void> | null = null;

  constructor(
    readonly mapId: string,
    revision: number,
    readonly log: LiveLog = mapLog(mapId),
  ) {
    this.lastSeq = revision;
  }

  /** The map's log has reached `revision` (or may have: `revision` null re-reads the table). */
  refresh(revision: number | null) {
    if (revision !== null && revision <= this.lastSeq) return;
    this.wanted = Math.max(this.wanted, revision ?? Number.MAX_SAFE_INTEGER);
    this.refreshing ??= this.read().finally(() => {
      this.refreshing = null;
    });
  }

  private async read() {
    try {
      while (this.lastSeq < this.wanted) {
        const page = await this.log.read(this.lastSeq, PAGE);
        if (!page.events.length) break;
        this.buffer.push(...page.events);
        if (this.buffer.length > BUFFER) this.buffer.splice(0, this.buffer.length - BUFFER);
        this.lastSeq = page.events.at(-1)!.seq;
        for (const s of this.subs) void pump(this, s);
        if (!page.hasMore) break;
      }
    } catch (e) {
      console.error(`[pleit] live: could not read the events of map ${this.mapId}`, e);
    } finally {
      this.wanted = 0;
    }
  }

  /** The entries after `cursor` that the buffer still holds, or null when it starts later. */
  from(cursor: number): LiveEvent[] | null {
    const first = this.buffer[0]?.seq;
    if (first === undefined || cursor + 1 < first) return null;
    return this.buffer.slice(cursor + 1 - first);
  }
}

interface Bus {
  rooms: Map<string, Room>;
  perUser: Map<string, number>;
  total: number;
  nextId: number;
  timer: ReturnType<typeof setInterval> | null;
  started: boolean;
}
const g = globalThis as unknown as { pleitBus?: Bus };
const bus: Bus = (g.pleitBus ??= { rooms: new Map(), perUser: new Map(), total: 0, nextId: 1, timer: null, started: false });

function start() {
  if (bus.started) return;
  bus.started = true;
  onPublished((mapId, revision) => bus.rooms.get(mapId)?.refresh(revision));
  onPresenceChanged((mapId) => {
    const room = bus.rooms.get(mapId);
    if (room) for (const s of room.subs) sendPresence(s);
  });
  if (databaseProvider() === 'postgresql') {
    startPgListener({
      onEvents: (mapId, revision) => bus.rooms.get(mapId)?.refresh(revision),
      // after the listener (re)connects, notifications may have been missed: read again
      onReconnect: () => {
        for (const room of bus.rooms.values()) room.refresh(null);
      },
    });
  }
  // a stopping server ends its streams (the readers reconnect to whichever server is up),
  // else the open connections would keep it from exiting
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      for (const room of bus.rooms.values()) for (const s of [...room.subs]) s.close('shutdown');
    });
  }
  // heartbeats keep proxies from closing idle streams; the revision check catches writes
  // whose notification went missing (another process on SQLite, a dropped listener)
  bus.timer = setInterval(() => void heartbeat(), HEARTBEAT_MS);
  bus.timer.unref?.();
}

async function heartbeat() {
  for (const room of bus.rooms.values()) {
    for (const s of room.subs) s.write(': heartbeat\n\n');
    try {
      const head = await room.log.head();
      if (head === null) {
        for (const s of [...room.subs]) s.close('gone');
        continue;
      }
      room.refresh(head);
    } catch {
      /* the database is away for a moment: the next beat tries again */
    }
  }
}

const tooMany = (detail: string) =>
  new HttpError(429, 'Too many open streams', detail, { type: 'urn:pleit:problem:too-many-streams', headers: { 'retry-after': '30' } });

function userKey(actor: Actor | null) {
  return actor ? `user:${actor.id}` : null;
}

/** Counts a new stream against the limits, or refuses it with 429. */
function admit(mapId: string, actor: Actor | null) {
  const room = bus.rooms.get(mapId);
  if (bus.total >= STREAM_LIMITS.total) throw tooMany('This server has as many open streams as it can hold; try again shortly.');
  if ((room?.subs.size ?? 0) >= STREAM_LIMITS.perMap) throw tooMany(`This map already has ${STREAM_LIMITS.perMap} open streams on this server.`);
  const key = userKey(actor);
  if (key && (bus.perUser.get(key) ?? 0) >= STREAM_LIMITS.perUser) {
    throw tooMany(`You have ${STREAM_LIMITS.perUser} open streams; close some tabs (tabs of one browser share one stream per map).`);
  }
}

async function roomFor(mapId: string, log: LiveLog = mapLog(mapId)): Promise<Room> {
  let room = bus.rooms.get(mapId);
  if (room) return room;
  const head = await log.head();
  room = bus.rooms.get(mapId) ?? new Room(mapId, head ?? 0, log);
  bus.rooms.set(mapId, room);
  return room;
}

/**
 * Sends a subscriber everything after its cursor: from the room's buffer when it holds
 * it, else from the table. Only one pump runs per subscriber; a wake-up while it runs
 * makes it go round once more.
 */
async function pump(room: Room, s: Subscriber) {
  if (s.closed) return;
  if (s.pumping) {
    s.again = true;
    return;
  }
  s.pumping = true;
  try {
    do {
      s.again = false;
      while (!s.closed && s.cursor < room.lastSeq) {
        const events = room.from(s.cursor) ?? (await room.log.read(s.cursor, PAGE)).events;
        if (!events.length) break;
        for (const e of events) {
          if (s.closed) return;
          if (e.seq <= s.cursor) continue;
          if (!s.view && affectsAccess(e as MapEvent, s) && !(await recheck(s))) return;
          const shown = s.view ? s.view(e) : redact(e as MapEvent, s.reader);
          if (shown === null) {
            s.close('access');
            return;
          }
          const queued = s.write(`id: ${e.seq}\ndata: ${JSON.stringify(shown)}\n\n`);
          s.cursor = e.seq;
          if (queued > MAX_QUEUED_BYTES) {
            s.close('slow');
            return;
          }
        }
      }
    } while (s.again && !s.closed);
  } catch (e) {
    console.error('[pleit] live: a stream could not be served', e);
    s.close('gone');
  } finally {
    s.pumping = false;
  }
}

function affectsAccess(e: MapEvent, s: Subscriber): boolean {
  if (e.entity === 'member') return e.data.userId === s.actor?.id;
  return e.type === 'map.updated' && e.data.visibility !== undefined;
}

/** Access changed: the stream goes on with what the reader may now see, or closes. */
async function recheck(s: Subscriber): Promise<boolean> {
  try {
    const access = await mapAccess(s.actor, s.mapId);
    s.reader = await logReader(s.mapId, access.role !== null);
    sendPresence(s);
    return true;
  } catch {
    s.close('access');
    return false;
  }
}

function sendPresence(s: Subscriber) {
  if (s.closed || s.view) return;
  const view: PresenceView = presenceOf(s.mapId, s.reader.member);
  s.write(`event: presence\ndata: ${JSON.stringify(view)}\n\n`);
}

export interface StreamHandle {
  subscriber: Subscriber;
  /** ends the subscription; safe to call more than once */
  dispose(): void;
}

/**
 * Subscribes a reader to a map from `after` on. The caller has checked read access and
 * owns the transport: `write` and `close` go to its stream.
 */
export async function subscribe(
  mapId: string,
  actor: Actor | null,
  member: boolean,
  after: number,
  io: { write(chunk: string): number; end(): void },
  other?: { log: LiveLog; view: (e: LiveEvent) => LiveEvent | null },
): Promise<StreamHandle> {
  start();
  admit(mapId, actor);
  const room = await roomFor(mapId, other?.log);
  admit(mapId, actor);
  const key = userKey(actor);
  let disposed = false;
  const subscriber: Subscriber = {
    id: bus.nextId++,
    mapId,
    actor,
    reader: other ? { member, hiddenUpTo: 0 } : await logReader(mapId, member),
    view: other?.view,
    cursor: after,
    pumping: false,
    again: false,
    closed: false,
    write: (chunk) => (subscriber.closed ? 0 : io.write(chunk)),
    close(reason) {
      if (subscriber.closed) return;
      io.write(`event: closed\ndata: ${JSON.stringify({ reason })}\n\n`);
      dispose();
      io.end();
    },
  };
  const dispose = () => {
    if (disposed) return;
    disposed = true;
    subscriber.closed = true;
    room.subs.delete(subscriber);
    bus.total--;
    if (key) {
      const n = (bus.perUser.get(key) ?? 1) - 1;
      if (n > 0) bus.perUser.set(key, n);
      else bus.perUser.delete(key);
    }
    if (!room.subs.size && bus.rooms.get(mapId) === room) bus.rooms.delete(mapId);
  };
  room.subs.add(subscriber);
  bus.total++;
  if (key) bus.perUser.set(key, (bus.perUser.get(key) ?? 0) + 1);
  sendPresence(subscriber);
  // the log may have moved between the room's creation and now
  room.refresh(null);
  void pump(room, subscriber);
  return { subscriber, dispose };
}

/** The actors with an open stream on a room of this process (who is there, for a session's moderator). */
export function roomActors(key: string): Set<string> {
  return new Set([...(bus.rooms.get(key)?.subs ?? [])].map((s) => s.actor?.id).filter((id): id is string => !!id));
}

/** Open streams of this process (for tests and the health page). */
export function streamStats() {
  return { streams: bus.total, maps: bus.rooms.size };
}
