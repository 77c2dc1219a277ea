// Debate sessions on a map: starting and joining, who the caller is (a map member, a
// signed-in participant, or a guest with a session-only bearer secret), proposals and
// their approval through the map's write spine, votes, hands, floor, spotlight, timer
// and reveal. Every state change is one transaction that also appends to the session's
// own event log (numbered per session, like a map's) and is published to the live bus
// under `session:<id>` (in this process after commit; on PostgreSQL through NOTIFY on
// the map events' channel). Authorization is decided inside that transaction.
import 'server-only';
import { randomBytes, randomInt } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { roleAtLeast, type Role } from '@/lib/argument/model';
import { applyOperations, OperationError, type Operation } from '@/lib/argument/operations';
import { CODE_ALPHABET, CODE_LENGTH, FORMAT_AGENDAS, freshPrep, noPrep, prepAt, readPrep, remainingAt, startPrep, stopPrep, type NodeResult, type Phase, type PrepSide } from '@/lib/debate/formats';
import { getActor, tokenHash, type Actor } from './auth';
import { loadScope } from './batch-scope';
import { databaseProvider, db, onCommit, writeTransaction, type Tx } from './db';
import { closeSessionStreams } from './debate-streams';
import { EVENTS_CHANNEL, publishLocal } from './event-log';
import { forbidden, HttpError, notFound, unauthorized } from './http';
import { roomActors, type LiveEvent, type LiveLog } from './live/bus';
import { applyBatchInTx, lockMap } from './maps';
import { FailureLog } from './throttle';

export const GUEST_PREFIX = 'pleit_guest_';
export const participantCookie = (sessionId: string) => `pleit_participant_${sessionId.replace(/[^A-Za-z0-9-]/g, '')}`;
export const COOKIE_PATH = '/api/v1/sessions';
export const sessionKey = (id: string) => `session:${id}`;

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const MINUTE = 60_000;

/** Limits for participants (configurable; README, "Debate sessions"). */
export const SESSION_LIMITS = {
  maxPending: env('PLEIT_SESSION_MAX_PENDING', 5),
  proposals: { limit: env('PLEIT_SESSION_PROPOSALS_PER_MINUTE', 10), windowMs: MINUTE },
  votes: { limit: env('PLEIT_SESSION_VOTES_PER_MINUTE', 120), windowMs: MINUTE },
  hands: { limit: env('PLEIT_SESSION_HANDS_PER_MINUTE', 10), windowMs: MINUTE },
  /** wrong join codes per client address in 15 minutes */
  joinFailures: { limit: env('PLEIT_JOIN_FAILURES', 20), windowMs: 15 * MINUTE },
};

const stores = globalThis as unknown as { pleitDebateThrottle?: Record<'proposals' | 'votes' | 'hands' | 'join', FailureLog> };
const throttles = () =>
  (stores.pleitDebateThrottle ??= {
    proposals: new FailureLog(SESSION_LIMITS.proposals),
    votes: new FailureLog(SESSION_LIMITS.votes),
    hands: new FailureLog(SESSION_LIMITS.hands),
    join: new FailureLog(SESSION_LIMITS.joinFailures),
  });

const slowDown = (retryAfter: number, what: string) =>
  new HttpError(429, 'Too many requests', `Too many ${what}: wait ${retryAfter} seconds, then try again.`, {
    type: 'urn:pleit:problem:rate-limited',
    retryAfter,
    headers: { 'retry-after': String(retryAfter) },
  });

/** Counts one action of a participant; refuses it (429) past the limit. */
function spend(kind: 'proposals' | 'votes' | 'hands', participantId: string, what: string) {
  const log = throttles()[kind];
  const wait = log.retryAfter(participantId);
  if (wait > 0) throw slowDown(wait, what);
  log.fail(participantId);
}

export function joinRetryAfter(address: string) {
  return throttles().join.retryAfter(address);
}
export function joinFailed(address: string) {
  throttles().join.fail(address);
}

const conflict = (rule: string, detail: string) => new HttpError(409, 'Conflict', detail, { type: `urn:pleit:problem:${rule}`, rule });
const parse = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

type SessionRow = NonNullable<Awaited<ReturnType<Db['debateSession']['findUnique']>>>;
type ParticipantRow = NonNullable<Awaited<ReturnType<Db['participant']['findUnique']>>>;
type Db = ReturnType<typeof db>;

// ---- the session's event log

export type Audience = 'all' | 'mod' | `mod+${string}`;

export interface SessionEventOut extends LiveEvent {
  seq: number;
  type: string;
  actor: string | null;
  at: string;
  data: unknown;
}

async function append(tx: Tx, sessionId: string, type: string, data: unknown, audience: Audience = 'all', actor: string | null = null): Promise<number> {
  const s = await tx.debateSession.update({ where: { id: sessionId }, data: { seq: { increment: 1 } }, select: { seq: true } });
  await tx.sessionEvent.create({ data: { sessionId, seq: s.seq, type, audience, actor, data: JSON.stringify(data ?? null) } });
  const key = sessionKey(sessionId);
  if (databaseProvider() === 'postgresql') await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${`${key}:${s.seq}`})`;
  onCommit(tx, () => publishLocal(key, s.seq));
  return s.seq;
}

type EventRow = { seq: number; type: string; audience: string; actor: string | null; at: Date; data: string };
const eventOut = (e: EventRow): SessionEventOut & { audience: string } => ({ seq: e.seq, type: e.type, audience: e.audience, actor: e.actor, at: e.at.toISOString(), data: parse(e.data, null) });

export const sessionLog = (sessionId: string): LiveLog => ({
  async read(after, limit) {
    const rows = await db().sessionEvent.findMany({ where: { sessionId, seq: { gt: after } }, orderBy: { seq: 'asc' }, take: limit + 1 });
    return { events: rows.slice(0, limit).map(eventOut), hasMore: rows.length > limit };
  },
  head: async () => (await db().debateSession.findUnique({ where: { id: sessionId }, select: { seq: true } }))?.seq ?? null,
});

/** What one reader is sent of an entry: the same seq always, the content only when it is theirs to see; null closes a removed participant's stream. */
export function eventView(viewer: Viewer) {
  return (e: LiveEvent): LiveEvent | null => {
    const { audience, ...rest } = e as SessionEventOut & { audience: string };
    // a removed participant's stream ends with their removal
    if (rest.type === 'participant.removed' && viewer.participantId && (rest.data as { id?: string } | null)?.id === viewer.participantId) return null;
    if (viewer.moderator || audience === 'all' || (viewer.participantId && audience === `mod+${viewer.participantId}`)) return rest;
    return { seq: rest.seq, type: 'redacted', actor: null, at: rest.at, data: null } as SessionEventOut;
  };
}

// ---- who is calling

export interface Viewer {
  actor: Actor | null;
  participant: ParticipantRow | null;
  participantId: string | null;
  moderator: boolean;
  /** the map role of a signed-in caller */
  role: Role | null;
}

/**
 * The caller of a session endpoint: a participant's secret (Bearer pleit_guest_… or the
 * session's participant cookie) or a user (cookie, API token). A guest secret of another
 * session is a 401, as anywhere else in the API.
 */
export async function sessionCaller(req: NextRequest, sessionId: string): Promise<{ session: SessionRow; viewer: Viewer }> {
  const header = req.headers.get('authorization');
  let participant: ParticipantRow | null = null;
  let actor: Actor | null = null;
  const bearer = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (bearer?.startsWith(GUEST_PREFIX)) {
    participant = await participantBySecret(bearer, sessionId);
    if (!participant) throw new HttpError(401, 'Unauthorized', 'This participant token is unknown, removed, or belongs to another session.');
  } else {
    actor = await getActor(req);
    const cookie = req.cookies.get(participantCookie(sessionId))?.value;
    if (!actor && cookie) participant = await participantBySecret(cookie, sessionId);
  }
  const session = await db().debateSession.findUnique({ where: { id: sessionId } });
  if (!session) throw notFound('session');
  let role: Role | null = null;
  if (actor) {
    const member = await db().mapMember.findUnique({ where: { mapId_userId: { mapId: session.mapId, userId: actor.id } }, select: { role: true } });
    role = (member?.role as Role | undefined) ?? null;
    participant = await db().participant.findUnique({ where: { sessionId_userId: { sessionId, userId: actor.id } } });
    if (participant?.removed) participant = null;
  }
  // who started the session moderates it as long as they are the map's OWNER or MODERATOR
  const moderator = !!actor && roleAtLeast(role, 'MODERATOR');
  if (!moderator && !participant && !role) {
    if (!actor) throw unauthorized();
    throw notFound('session');
  }
  return { session, viewer: { actor, participant, participantId: participant?.id ?? null, moderator, role } };
}

async function participantBySecret(secret: string, sessionId: string) {
  const p = await db().participant.findUnique({ where: { secretHash: tokenHash(secret) } });
  return p && p.sessionId === sessionId && !p.removed ? p : null;
}

/** The moderator check again inside the writing transaction (a demoted moderator writes nothing). */
async function requireModeratorInTx(tx: Tx, session: { id: string; mapId: string; createdById: string }, viewer: Viewer) {
  if (!viewer.actor) throw viewer.participant ? forbidden('Only the moderator may do this.') : unauthorized();
  const member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId: session.mapId, userId: viewer.actor.id } }, select: { role: true } });
  if (!roleAtLeast(member?.role as Role | undefined, 'MODERATOR')) throw forbidden('Only the moderator (the map\'s OWNER or MODERATOR) may do this.');
}

/** The participant still there, inside the transaction. */
async function requireParticipantInTx(tx: Tx, sessionId: string, viewer: Viewer): Promise<ParticipantRow> {
  if (!viewer.participantId) throw forbidden('Join the session first.');
  const p = await tx.participant.findUnique({ where: { id: viewer.participantId } });
  if (!p || p.removed || p.sessionId !== sessionId) throw new HttpError(401, 'Unauthorized', 'You were removed from this session.');
  return p;
}

/** Reads the session inside the transaction, after its row is locked by a no-op update. */
async function liveSessionInTx(tx: Tx, sessionId: string, opts: { allowEnded?: boolean } = {}): Promise<SessionRow> {
  await tx.$executeRaw`UPDATE "DebateSession" SET "seq" = "seq" WHERE "id" = ${sessionId}`;
  const s = await tx.debateSession.findUnique({ where: { id: sessionId } });
  if (!s) throw notFound('session');
  if (s.status !== 'live' && !opts.allowEnded) throw conflict('session-ended', 'This session has ended.');
  return s;
}

// ---- starting, joining

function newCode() {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export function agendaFor(format: string | undefined, custom: Phase[] | undefined): Phase[] {
  if (format === 'bp' || format === 'ld' || format === 'classroom') return FORMAT_AGENDAS[format].phases;
  return custom ?? [];
}

export async function startSession(mapId: string, actor: Actor, input: { title: string; mode: string; format?: string; agenda?: Phase[]; prepSeconds?: number }) {
  const agenda = agendaFor(input.format, input.agenda);
  const prepSeconds = input.prepSeconds ?? (input.format === 'ld' ? FORMAT_AGENDAS.ld.prepSeconds : 0);
  const prep = prepSeconds > 0 ? freshPrep(prepSeconds) : noPrep();
  if (input.format === 'custom' && !agenda.length) throw new HttpError(422, 'Invalid input', 'A custom format needs an agenda of at least one phase.', { type: 'urn:pleit:problem:validation', errors: [{ path: 'agenda', message: 'At least one phase.' }] });
  for (let attempt = 0; ; attempt++) {
    const code = newCode();
    try {
      return await writeTransaction(async (tx) => {
        await lockMap(tx, mapId);
        const member = await tx.mapMember.findUnique({ where: { mapId_userId: { mapId, userId: actor.id } }, select: { role: true } });
        if (!roleAtLeast(member?.role as Role | undefined, 'MODERATOR')) {
          const map = await tx.argumentMap.findUnique({ where: { id: mapId }, select: { visibility: true } });
          if (!map || (!member && map.visibility === 'PRIVATE')) throw notFound('map');
          throw forbidden('Starting a session needs the OWNER or MODERATOR role on the map.');
        }
        const live = await tx.debateSession.findFirst({ where: { mapId, status: 'live' }, select: { id: true } });
        if (live) throw new HttpError(409, 'Conflict', 'This map already has a live session: end it first.', { type: 'urn:pleit:problem:session-live', rule: 'one-live-session', sessionId: live.id });
        const map = await tx.argumentMap.findUnique({ where: { id: mapId }, select: { revision: true } });
        const s = await tx.debateSession.create({
          data: { mapId, liveMapId: mapId, createdById: actor.id, title: input.title, mode: input.mode, format: input.format ?? 'none', code, liveCode: code, agenda: JSON.stringify(agenda), prep: JSON.stringify(prep), timerRemainingMs: (agenda[0]?.seconds ?? 0) * 1000 },
        });
        // the map's revision at the start: what participants may read of the map's log begins after it (lib/server/debate-map.ts)
        await append(tx, s.id, 'session.started', { title: s.title, mode: s.mode, format: s.format, revision: map?.revision ?? 0 }, 'all', actor.id);
        return s;
      });
    } catch (e) {
      // a code taken by another live session (1 in 27 billion): draw again
      if ((e as { code?: string }).code === 'P2002' && attempt < 5) {
        const other = await db().debateSession.findFirst({ where: { liveMapId: mapId }, select: { id: true } });
        if (other) throw new HttpError(409, 'Conflict', 'This map already has a live session: end it first.', { type: 'urn:pleit:problem:session-live', rule: 'one-live-session', sessionId: other.id });
        continue;
      }
      throw e;
    }
  }
}

const newSecret = () => {
  const secret = `${GUEST_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: tokenHash(secret) };
};

/** Joins by code. A rejoin (same cookie, or the same signed-in user) is the same participant. */
export async function joinSession(code: string, name: string, side: string | undefined, actor: Actor | null, cookieOf: (sessionId: string) => string | undefined) {
  const session = await db().debateSession.findUnique({ where: { liveCode: code } });
  if (!session) return null;
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, session.id);
    const cookie = cookieOf(s.id);
    let existing: ParticipantRow | null = null;
    if (actor) existing = await tx.participant.findUnique({ where: { sessionId_userId: { sessionId: s.id, userId: actor.id } } });
    else if (cookie) {
      const p = await tx.participant.findUnique({ where: { secretHash: tokenHash(cookie) } });
      existing = p && p.sessionId === s.id ? p : null;
    }
    if (existing?.removed) throw forbidden('The moderator removed you from this session.');
    if (existing) {
      // a guest's cookie is its secret; a user gets a new one (the old token stops)
      if (!actor && cookie) return { session: s, participant: existing, secret: cookie, rejoined: true };
      const { secret, hash } = newSecret();
      const p = await tx.participant.update({ where: { id: existing.id }, data: { secretHash: hash } });
      return { session: s, participant: p, secret, rejoined: true };
    }
    if (s.locked) throw new HttpError(403, 'Forbidden', 'The moderator has locked this session: no one new may join.', { type: 'urn:pleit:problem:session-locked' });
    const { secret, hash } = newSecret();
    const p = await tx.participant.create({ data: { sessionId: s.id, userId: actor?.id ?? null, name: actor ? actor.name.slice(0, 60) || name : name, side: side ?? 'neutral', secretHash: hash } });
    await append(tx, s.id, 'participant.joined', { id: p.id, name: p.name, side: p.side, guest: !actor });
    return { session: s, participant: p, secret, rejoined: false };
  });
}

// ---- state as a reader sees it

const participantOut = (p: ParticipantRow, online?: Set<string>) => ({ id: p.id, name: p.name, side: p.side, guest: !p.userId, removed: p.removed, ...(online ? { online: online.has(p.id) || (!!p.userId && online.has(p.userId)) } : {}) });

type ProposalRow = NonNullable<Awaited<ReturnType<Db['proposal']['findUnique']>>>;
const proposalOut = (p: ProposalRow) => ({
  id: p.id,
  participantId: p.participantId,
  operations: parse<Operation[]>(p.operations, []),
  note: p.note,
  status: p.status,
  reason: p.reason,
  decidedById: p.decidedById,
  decidedAt: p.decidedAt?.toISOString() ?? null,
  revision: p.revision,
  mergedIntoId: p.mergedIntoId,
  createdAt: p.createdAt.toISOString(),
});

/** Each side's preparation bank at `now`, with the server's time (as the timer). */
export function prepOut(s: SessionRow, now = Date.now()) {
  return { ...prepAt(readPrep(s.prep), now), serverTime: new Date(now).toISOString() };
}

export function timerOut(s: SessionRow, now = Date.now()) {
  const agenda = parse<Phase[]>(s.agenda, []);
  return {
    phase: s.phase,
    phaseName: agenda[s.phase]?.name ?? null,
    state: s.timerState,
    startedAt: s.timerStartedAt?.toISOString() ?? null,
    remainingMs: remainingAt({ state: s.timerState, startedAt: s.timerStartedAt, remainingMs: s.timerRemainingMs }, now),
    serverTime: new Date(now).toISOString(),
  };
}

type Reveal = { all: boolean; nodeIds: string[] };
const revealOf = (s: SessionRow) => parse<Reveal>(s.reveal, { all: false, nodeIds: [] });

function handOrder<T extends { reply: boolean; raisedAt: Date }>(hands: T[]): T[] {
  return [...hands].sort((a, b) => (a.reply === b.reply ? a.raisedAt.getTime() - b.raisedAt.getTime() : a.reply ? -1 : 1));
}

export async function sessionView(s: SessionRow, viewer: Viewer) {
  const [participants, hands, proposals] = await Promise.all([
    db().participant.findMany({ where: { sessionId: s.id }, orderBy: { joinedAt: 'asc' } }),
    db().hand.findMany({ where: { sessionId: s.id } }),
    db().proposal.findMany({ where: viewer.moderator ? { sessionId: s.id } : { sessionId: s.id, participantId: viewer.participantId ?? '-' }, orderBy: { createdAt: 'asc' } }),
  ]);
  const online = viewer.moderator ? roomActors(sessionKey(s.id)) : undefined;
  const floor = participants.find((p) => p.id === s.floorId);
  return {
    id: s.id,
    mapId: s.mapId,
    title: s.title,
    mode: s.mode,
    format: s.format,
    // the code is the moderator's to hand out (console, presenter view); participants and other members do not need it
    code: viewer.moderator && s.status === 'live' ? s.code : null,
    joinUrl: viewer.moderator && s.status === 'live' ? `/join?code=${s.code}` : null,
    locked: s.locked,
    mapLocked: s.mapLocked,
    status: s.status,
    votingOpen: s.votingOpen,
    showVoterNames: s.showVoterNames,
    agenda: parse<Phase[]>(s.agenda, []),
    prepSeconds: readPrep(s.prep).totalMs / 1000,
    timer: timerOut(s),
    prep: prepOut(s),
    floor: floor ? { participantId: floor.id, name: floor.name, side: floor.side, since: s.floorSince?.toISOString() ?? null } : null,
    spotlight: s.spotlightId,
    reveal: revealOf(s),
    hands: handOrder(hands).map((h) => ({ participantId: h.participantId, reply: h.reply, raisedAt: h.raisedAt.toISOString() })),
    participants: participants.filter((p) => !p.removed || viewer.moderator).map((p) => participantOut(p, online)),
    seq: s.seq,
    endRevision: s.endRevision,
    createdById: s.createdById,
    createdAt: s.createdAt.toISOString(),
    endedAt: s.endedAt?.toISOString() ?? null,
    me: { moderator: viewer.moderator, participant: viewer.participant ? participantOut(viewer.participant) : null },
    proposals: proposals.map(proposalOut),
  };
}

// ---- session settings

export async function updateSession(sessionId: string, viewer: Viewer, patch: { mode?: string; locked?: boolean; mapLocked?: boolean; votingOpen?: boolean; showVoterNames?: boolean; status?: 'ended' }) {
  return writeTransaction(async (tx) => {
    const current = await tx.debateSession.findUnique({ where: { id: sessionId }, select: { mapId: true } });
    if (!current) throw notFound('session');
    if (patch.status === 'ended') await lockMap(tx, current.mapId);
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const { status, ...settings } = patch;
    let data: Record<string, unknown> = { ...settings };
    if (status === 'ended') {
      const map = await tx.argumentMap.findUnique({ where: { id: s.mapId }, select: { revision: true } });
      const remainingMs = remainingAt({ state: s.timerState, startedAt: s.timerStartedAt, remainingMs: s.timerRemainingMs }, Date.now());
      data = { ...data, status: 'ended', liveMapId: null, liveCode: null, endedAt: new Date(), endRevision: map?.revision ?? 0, votingOpen: false, timerState: s.timerState === 'running' ? 'paused' : s.timerState, timerRemainingMs: remainingMs, timerStartedAt: null, prep: JSON.stringify(stopPrep(readPrep(s.prep), Date.now())) };
    }
    const updated = await tx.debateSession.update({ where: { id: sessionId }, data });
    if (status === 'ended') onCommit(tx, () => closeSessionStreams(sessionId, null));
    await append(tx, sessionId, status === 'ended' ? 'session.ended' : 'session.updated', { ...settings, ...(status ? { status, endRevision: updated.endRevision } : {}) }, 'all', viewer.actor!.id);
    return updated;
  });
}

// ---- proposals

/**
 * What a participant may propose: new nodes, relations, sources and citations, and
 * edits of nodes their own applied proposals created. No deletions, no tags, no edits
 * of others' work: the moderator does that.
 */
async function checkParticipantOperations(tx: Tx, participantId: string, operations: Operation[]) {
  operations.forEach((o, i) => {
    if (o.op === 'delete') throw new OperationError(422, 'proposal-scope' as never, 'A proposal may not delete anything; ask the moderator.', i);
    if (o.entity === 'tag') throw new OperationError(422, 'proposal-scope' as never, 'A proposal may not create or change tags.', i);
    if (o.op === 'update' && o.entity !== 'node') throw new OperationError(422, 'proposal-scope' as never, 'A proposal may only edit nodes that your own approved proposals created.', i);
  });
  // each edited node is looked up among the participant's applied proposals by its id (a
  // text match narrows them down in the database; only the matches are read and parsed)
  const checked = new Set<string>();
  for (const [i, o] of operations.entries()) {
    if (o.op !== 'update' || checked.has(o.id)) continue;
    if (!(await createdBy(tx, participantId, o.id))) throw new OperationError(422, 'proposal-scope' as never, 'A proposal may only edit nodes that your own approved proposals created.', i);
    checked.add(o.id);
  }
}

/** Whether one of the participant's applied (or merged) proposals created this node. */
async function createdBy(tx: Tx, participantId: string, nodeId: string): Promise<boolean> {
  // operations are stored as JSON.stringify writes them: `"id":"<id>"` with no spaces
  const candidates = await tx.proposal.findMany({
    where: { participantId, status: { in: ['applied', 'merged'] }, operations: { contains: `"id":${JSON.stringify(nodeId)}` } },
    select: { operations: true },
    take: 20,
  });
  return candidates.some((p) => parse<Operation[]>(p.operations, []).some((o) => o.op === 'create' && o.entity === 'node' && o.id === nodeId));
}

/** The operations against the map as it is now, without writing (the same rules as any edit). */
async function dryRun(tx: Tx, mapId: string, operations: Operation[]) {
  const state = await loadScope(tx, mapId, operations);
  applyOperations(state, operations);
}

export async function createProposal(sessionId: string, viewer: Viewer, input: { operations: Operation[]; note?: string }) {
  if (!viewer.participantId) throw forbidden('Only participants propose; as a moderator, edit the map.');
  spend('proposals', viewer.participantId, 'proposals');
  return writeTransaction(async (tx) => {
    const mapId = (await tx.debateSession.findUnique({ where: { id: sessionId }, select: { mapId: true } }))?.mapId;
    if (!mapId) throw notFound('session');
    await lockMap(tx, mapId);
    const s = await liveSessionInTx(tx, sessionId);
    const p = await requireParticipantInTx(tx, sessionId, viewer);
    if (s.mapLocked) throw conflict('map-locked', 'The moderator has locked the map: no proposals now.');
    const pending = await tx.proposal.count({ where: { participantId: p.id, status: 'pending' } });
    if (s.mode === 'moderated' && pending >= SESSION_LIMITS.maxPending) {
      throw new HttpError(429, 'Too many pending proposals', `You have ${pending} proposals waiting for the moderator (at most ${SESSION_LIMITS.maxPending}); wait until some are decided.`, { type: 'urn:pleit:problem:too-many-pending', limit: SESSION_LIMITS.maxPending, headers: { 'retry-after': '30' } });
    }
    await checkParticipantOperations(tx, p.id, input.operations);
    const ops = JSON.stringify(input.operations);
    if (s.mode === 'open') {
      const result = await applyBatchInTx(tx, mapId, p.userId, input.operations);
      const row = await tx.proposal.create({ data: { sessionId, participantId: p.id, operations: ops, note: input.note ?? '', status: 'applied', decidedAt: new Date(), revision: result.revision } });
      await append(tx, sessionId, 'proposal.applied', { id: row.id, participantId: p.id, participantName: p.name, side: p.side, moderatorId: null, revision: result.revision, operations: input.operations, note: row.note, mode: 'open' });
      return proposalOut(row);
    }
    await dryRun(tx, mapId, input.operations);
    const row = await tx.proposal.create({ data: { sessionId, participantId: p.id, operations: ops, note: input.note ?? '' } });
    await append(tx, sessionId, 'proposal.created', { id: row.id, participantId: p.id, participantName: p.name, side: p.side, operations: input.operations, note: row.note }, `mod+${p.id}`);
    return proposalOut(row);
  });
}

/** Approval: the operations (the moderator's edit, or as proposed) are applied as one batch, with the proposal's status, in one transaction. */
export async function approveProposal(sessionId: string, proposalId: string, viewer: Viewer, operations?: Operation[]) {
  return writeTransaction(async (tx) => {
    const mapId = (await tx.debateSession.findUnique({ where: { id: sessionId }, select: { mapId: true } }))?.mapId;
    if (!mapId) throw notFound('session');
    await lockMap(tx, mapId);
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId }, include: { participant: true } });
    if (!proposal || proposal.sessionId !== sessionId) throw notFound('proposal');
    if (proposal.status !== 'pending') throw conflict('proposal-decided', `This proposal was already ${proposal.status}.`);
    const ops = operations ?? parse<Operation[]>(proposal.operations, []);
    const result = await applyBatchInTx(tx, mapId, viewer.actor!.id, ops);
    const row = await tx.proposal.update({ where: { id: proposalId }, data: { status: 'applied', decidedById: viewer.actor!.id, decidedAt: new Date(), revision: result.revision, ...(operations ? { operations: JSON.stringify(operations) } : {}) } });
    await append(tx, sessionId, 'proposal.applied', { id: row.id, participantId: proposal.participantId, participantName: proposal.participant.name, side: proposal.participant.side, moderatorId: viewer.actor!.id, revision: result.revision, operations: ops, edited: !!operations, note: row.note }, 'all', viewer.actor!.id);
    return { proposal: proposalOut(row), revision: result.revision, events: result.events };
  });
}

/**
 * The author changes a proposal still waiting for the moderator: the new operations are
 * checked as a new proposal's are (scope, then a dry run against the map as it is now).
 */
export async function editProposal(sessionId: string, proposalId: string, viewer: Viewer, input: { operations?: Operation[]; note?: string }) {
  if (!viewer.participantId) throw forbidden('Only the participant who proposed it may change a proposal.');
  spend('proposals', viewer.participantId, 'proposals');
  return writeTransaction(async (tx) => {
    const mapId = (await tx.debateSession.findUnique({ where: { id: sessionId }, select: { mapId: true } }))?.mapId;
    if (!mapId) throw notFound('session');
    await lockMap(tx, mapId);
    const s = await liveSessionInTx(tx, sessionId);
    const p = await requireParticipantInTx(tx, sessionId, viewer);
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId } });
    if (!proposal || proposal.sessionId !== sessionId || proposal.participantId !== p.id) throw notFound('proposal');
    if (proposal.status !== 'pending') throw conflict('proposal-decided', `This proposal was already ${proposal.status}; propose an edit of its node instead.`);
    if (s.mapLocked) throw conflict('map-locked', 'The moderator has locked the map: no proposals now.');
    if (input.operations) {
      await checkParticipantOperations(tx, p.id, input.operations);
      await dryRun(tx, mapId, input.operations);
    }
    const row = await tx.proposal.update({ where: { id: proposalId }, data: { ...(input.operations ? { operations: JSON.stringify(input.operations) } : {}), ...(input.note !== undefined ? { note: input.note } : {}) } });
    await append(tx, sessionId, 'proposal.updated', { id: row.id, participantId: p.id, participantName: p.name, side: p.side, operations: parse<Operation[]>(row.operations, []), note: row.note }, `mod+${p.id}`);
    return proposalOut(row);
  });
}

/**
 * Merge into an existing node: the node the proposal would create is not created; what
 * the proposal attaches to it (its relations, its citation) goes to `nodeId` instead, and
 * a relation the map already has is left out. The rewritten operations go through the
 * map's write spine like an approval (the same rules, against the map as it is now:
 * 422 with the rule when they no longer hold), attributed to the participant and the
 * moderator, with the proposal's status `merged`. The proposal keeps what was proposed (its
 * author sees what became of it); the session log's `proposal.merged` has what was applied.
 */
export async function mergeProposal(sessionId: string, proposalId: string, viewer: Viewer, input: { nodeId: string; fromId?: string; reason?: string }) {
  return writeTransaction(async (tx) => {
    const mapId = (await tx.debateSession.findUnique({ where: { id: sessionId }, select: { mapId: true } }))?.mapId;
    if (!mapId) throw notFound('session');
    await lockMap(tx, mapId);
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId }, include: { participant: true } });
    if (!proposal || proposal.sessionId !== sessionId) throw notFound('proposal');
    if (proposal.status !== 'pending') throw conflict('proposal-decided', `This proposal was already ${proposal.status}.`);
    const ops = parse<Operation[]>(proposal.operations, []);
    const created = ops.filter((o) => o.op === 'create' && o.entity === 'node').map((o) => o.id);
    const invalid = (rule: string, detail: string, path = 'nodeId') => new HttpError(422, 'Cannot merge', detail, { type: `urn:pleit:problem:${rule}`, rule, errors: [{ path, message: detail }] });
    if (!created.length) throw invalid('merge-nothing', 'This proposal creates no node to merge.', 'fromId');
    const fromId = input.fromId ?? (created.length === 1 ? created[0] : null);
    if (!fromId) throw invalid('merge-ambiguous', 'This proposal creates several nodes: say which one to merge (fromId).', 'fromId');
    if (!created.includes(fromId)) throw invalid('merge-nothing', 'fromId is not a node this proposal creates.', 'fromId');
    const target = await tx.node.findFirst({ where: { id: input.nodeId, mapId }, select: { id: true, title: true } });
    if (!target) throw invalid('merge-target-missing', 'The node to merge into is not on the map (any more).');
    const swap = (id: string) => (id === fromId ? target.id : id);
    const work = structuredClone(ops);
    const rewritten: Operation[] = [];
    for (const o of work) {
      if (o.op === 'create' && o.entity === 'node' && o.id === fromId) continue;
      if (o.op !== 'create') {
        if (o.id === fromId) continue;
        rewritten.push(o);
        continue;
      }
      if (o.entity === 'relation') {
        const data = { ...o.data, fromId: swap(o.data.fromId), toId: swap(o.data.toId) };
        if (data.fromId === data.toId) throw invalid('merge-self', 'The proposal relates its node to the node it would be merged into: merged, it would point at itself. Approve or reject it instead.');
        // what the map already says is not said twice
        const exists = await tx.relation.findFirst({ where: { mapId, type: data.type, fromId: data.fromId, toId: data.toId }, select: { id: true } });
        if (exists) {
          // an undercut of this relation in the proposal now undercuts the one on the map
          for (const later of work) if (later.op === 'create' && later.entity === 'relation' && later.data.toId === o.id) later.data.toId = exists.id;
          continue;
        }
        rewritten.push({ ...o, data });
        continue;
      }
      if (o.entity === 'citation') {
        rewritten.push({ ...o, data: { ...o.data, nodeId: swap(o.data.nodeId) } });
        continue;
      }
      rewritten.push(o);
    }
    let revision: number;
    let events: unknown[] = [];
    if (rewritten.length) {
      const result = await applyBatchInTx(tx, mapId, viewer.actor!.id, rewritten);
      revision = result.revision;
      events = result.events;
    } else {
      revision = (await tx.argumentMap.findUnique({ where: { id: mapId }, select: { revision: true } }))?.revision ?? 0;
    }
    // no default wording here: each reader's page says "merged into …" in its own language (mergedIntoId)
    const reason = input.reason?.trim() ?? '';
    const row = await tx.proposal.update({ where: { id: proposalId }, data: { status: 'merged', reason, mergedIntoId: target.id, decidedById: viewer.actor!.id, decidedAt: new Date(), revision } });
    await append(tx, sessionId, 'proposal.merged', { id: row.id, participantId: proposal.participantId, participantName: proposal.participant.name, side: proposal.participant.side, moderatorId: viewer.actor!.id, nodeId: target.id, fromId, revision, operations: rewritten, proposed: ops, reason, note: row.note }, 'all', viewer.actor!.id);
    return { proposal: proposalOut(row), nodeId: target.id, revision, events };
  });
}

export async function rejectProposal(sessionId: string, proposalId: string, viewer: Viewer, reason: string) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const proposal = await tx.proposal.findUnique({ where: { id: proposalId } });
    if (!proposal || proposal.sessionId !== sessionId) throw notFound('proposal');
    if (proposal.status !== 'pending') throw conflict('proposal-decided', `This proposal was already ${proposal.status}.`);
    const row = await tx.proposal.update({ where: { id: proposalId }, data: { status: 'rejected', reason, decidedById: viewer.actor!.id, decidedAt: new Date() } });
    await append(tx, sessionId, 'proposal.rejected', { id: row.id, participantId: row.participantId, reason }, `mod+${row.participantId}`, viewer.actor!.id);
    return proposalOut(row);
  });
}

// ---- votes and results

export async function castVote(sessionId: string, nodeId: string, viewer: Viewer, vote: { agreement?: number; impact?: number }) {
  if (!viewer.participantId) throw forbidden('Only participants vote.');
  spend('votes', viewer.participantId, 'votes');
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    const p = await requireParticipantInTx(tx, sessionId, viewer);
    if (!s.votingOpen) throw conflict('voting-closed', 'The moderator has closed voting.');
    // a claim (or any node) takes agreement and impact; a relation, its impact on what it bears on (as in Kialo)
    const node = await tx.node.findFirst({ where: { id: nodeId, mapId: s.mapId }, select: { id: true } });
    if (!node) {
      const relation = await tx.relation.findFirst({ where: { id: nodeId, mapId: s.mapId }, select: { id: true } });
      if (!relation) throw notFound('node or relation');
      if (vote.agreement !== undefined) {
        throw new HttpError(422, 'Invalid input', 'A relation takes an impact vote (0…4) only; agreement is for the claims themselves.', { type: 'urn:pleit:problem:validation', errors: [{ path: 'agreement', message: 'Not for a relation.' }] });
      }
    }
    const v = await tx.vote.upsert({
      where: { participantId_nodeId: { participantId: p.id, nodeId } },
      create: { sessionId, participantId: p.id, nodeId, agreement: vote.agreement ?? null, impact: vote.impact ?? null },
      update: { ...(vote.agreement !== undefined ? { agreement: vote.agreement } : {}), ...(vote.impact !== undefined ? { impact: vote.impact } : {}) },
    });
    await append(tx, sessionId, 'vote.changed', { nodeId }, 'mod');
    return { nodeId, agreement: v.agreement, impact: v.impact };
  });
}


/** Per process: the last aggregate of each session, good while the session's seq (bumped by every vote) is unchanged. */
const resultCache = new Map<string, { seq: number; names: boolean; results: NodeResult[] }>();
const RESULT_CACHE_SESSIONS = 500;

/**
 * Every node's distribution, counted by the database (one GROUP BY per scale: a few rows
 * per voted node, however many participants voted), and cached per session until its
 * next event. Voters' names are read only when asked for (the moderator with
 * showVoterNames on, the report).
 */
async function aggregate(s: SessionRow, names: boolean): Promise<NodeResult[]> {
  const cached = resultCache.get(s.id);
  if (cached && cached.seq === s.seq && cached.names === names) return cached.results;
  const [byAgreement, byImpact, voters] = await Promise.all([
    db().vote.groupBy({ by: ['nodeId', 'agreement'], where: { sessionId: s.id }, _count: { _all: true } }),
    db().vote.groupBy({ by: ['nodeId', 'impact'], where: { sessionId: s.id }, _count: { _all: true } }),
    names ? db().vote.findMany({ where: { sessionId: s.id }, select: { nodeId: true, agreement: true, impact: true, participant: { select: { name: true } } }, orderBy: { updatedAt: 'asc' } }) : null,
  ]);
  const by = new Map<string, NodeResult>();
  const get = (nodeId: string) => {
    let r = by.get(nodeId);
    if (!r) by.set(nodeId, (r = { nodeId, votes: 0, agreement: [0, 0, 0, 0, 0], impact: [0, 0, 0, 0, 0], agreementMean: null, impactMean: null }));
    return r;
  };
  for (const g of byAgreement) {
    const r = get(g.nodeId);
    r.votes += g._count._all;
    if (g.agreement !== null) r.agreement[g.agreement + 2] += g._count._all;
  }
  for (const g of byImpact) if (g.impact !== null) get(g.nodeId).impact[g.impact] += g._count._all;
  for (const v of voters ?? []) (get(v.nodeId).voters ??= []).push({ name: v.participant.name, agreement: v.agreement, impact: v.impact });
  const mean = (counts: number[], offset: number) => {
    const n = counts.reduce((a, b) => a + b, 0);
    return n ? Math.round((counts.reduce((a, c, i) => a + c * (i + offset), 0) / n) * 100) / 100 : null;
  };
  for (const r of by.values()) {
    r.agreementMean = mean(r.agreement, -2);
    r.impactMean = mean(r.impact, 0);
  }
  const out = [...by.values()].sort((a, b) => a.nodeId.localeCompare(b.nodeId));
  if (resultCache.size >= RESULT_CACHE_SESSIONS) resultCache.delete(resultCache.keys().next().value!);
  resultCache.set(s.id, { seq: s.seq, names, results: out });
  return out;
}

export async function results(s: SessionRow, viewer: Viewer, opts: { names?: boolean } = {}): Promise<{ revealed: Reveal; results: NodeResult[] }> {
  const reveal = revealOf(s);
  if (!viewer.moderator && !reveal.all && !reveal.nodeIds.length) {
    throw new HttpError(403, 'Forbidden', 'The results are hidden until the moderator reveals them.', { type: 'urn:pleit:problem:results-hidden' });
  }
  const names = (viewer.moderator && s.showVoterNames) || !!opts.names;
  const all = await aggregate(s, names);
  const shown = viewer.moderator || reveal.all ? all : all.filter((r) => reveal.nodeIds.includes(r.nodeId));
  return { revealed: reveal, results: shown };
}

export async function reveal(sessionId: string, viewer: Viewer, nodeIds?: string[]) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const current = revealOf(s);
    const next: Reveal = nodeIds ? { all: current.all, nodeIds: [...new Set([...current.nodeIds, ...nodeIds])] } : { all: true, nodeIds: current.nodeIds };
    await tx.debateSession.update({ where: { id: sessionId }, data: { reveal: JSON.stringify(next) } });
    await append(tx, sessionId, 'results.revealed', next, 'all', viewer.actor!.id);
    return next;
  });
}

// ---- timer, hands, floor, spotlight

export async function timerAction(sessionId: string, viewer: Viewer, action: string, seconds?: number) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const agenda = parse<Phase[]>(s.agenda, []);
    const now = new Date();
    const left = remainingAt({ state: s.timerState, startedAt: s.timerStartedAt, remainingMs: s.timerRemainingMs }, now.getTime());
    const duration = (phase: number) => (agenda[phase]?.seconds ?? 0) * 1000;
    let data: { phase?: number; timerState: string; timerStartedAt: Date | null; timerRemainingMs: number };
    switch (action) {
      case 'start': {
        const ms = seconds ? seconds * 1000 : duration(s.phase);
        if (!ms) throw new HttpError(422, 'Invalid input', 'This phase has no duration: give seconds.', { type: 'urn:pleit:problem:validation', errors: [{ path: 'seconds', message: 'Required without an agenda.' }] });
        data = { timerState: 'running', timerStartedAt: now, timerRemainingMs: ms };
        break;
      }
      case 'pause':
        if (s.timerState !== 'running') throw conflict('timer-not-running', 'The timer is not running.');
        data = { timerState: 'paused', timerStartedAt: null, timerRemainingMs: left };
        break;
      case 'resume':
        if (s.timerState !== 'paused') throw conflict('timer-not-paused', 'The timer is not paused.');
        data = { timerState: 'running', timerStartedAt: now, timerRemainingMs: left };
        break;
      case 'extend':
        if (!seconds) throw new HttpError(422, 'Invalid input', 'extend needs seconds.', { type: 'urn:pleit:problem:validation', errors: [{ path: 'seconds', message: 'Required.' }] });
        data = s.timerState === 'running' ? { timerState: 'running', timerStartedAt: now, timerRemainingMs: left + seconds * 1000 } : { timerState: s.timerState === 'done' ? 'paused' : s.timerState, timerStartedAt: null, timerRemainingMs: left + seconds * 1000 };
        break;
      case 'next': {
        const phase = s.phase + 1;
        data = phase >= agenda.length ? { phase: agenda.length ? agenda.length - 1 : 0, timerState: 'done', timerStartedAt: null, timerRemainingMs: 0 } : { phase, timerState: 'idle', timerStartedAt: null, timerRemainingMs: duration(phase) };
        break;
      }
      default:
        data = { timerState: 'idle', timerStartedAt: null, timerRemainingMs: duration(s.phase) };
    }
    // one clock at a time: a speech that starts ends the preparation that ran
    const prep = readPrep(s.prep);
    const stopsPrep = data.timerState === 'running' && prep.running !== null;
    const updated = await tx.debateSession.update({ where: { id: sessionId }, data: stopsPrep ? { ...data, prep: JSON.stringify(stopPrep(prep, now.getTime())) } : data });
    const timer = timerOut(updated, now.getTime());
    await append(tx, sessionId, 'timer.changed', { action, ...timer }, 'all', viewer.actor!.id);
    if (stopsPrep) await append(tx, sessionId, 'prep.changed', { action: 'stop', side: prep.running, ...prepOut(updated, now.getTime()) }, 'all', viewer.actor!.id);
    return timer;
  });
}

/**
 * Moderator: start `side`'s preparation clock (Lincoln–Douglas: each side spends a bank of
 * minutes between speeches), or stop the one that runs. One clock runs at a time: starting
 * one side's stops the other's, and pauses a running speech timer.
 */
export async function prepAction(sessionId: string, viewer: Viewer, action: 'start' | 'stop', side?: PrepSide) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    const prep = readPrep(s.prep);
    if (!prep.totalMs) throw conflict('no-prep', 'This session has no preparation time (start a Lincoln–Douglas session, or give prepSeconds when starting one).');
    const now = Date.now();
    let next = prep;
    let data: Record<string, unknown> = {};
    if (action === 'stop') {
      if (!prep.running) throw conflict('prep-not-running', 'No preparation time is running.');
      next = stopPrep(prep, now);
    } else {
      const started = startPrep(prep, side!, now);
      if (!started) throw conflict('prep-used-up', `The ${side === 'pro' ? 'affirmative' : 'negative'} side has used all its preparation time.`);
      next = started;
      if (s.timerState === 'running') {
        data = { timerState: 'paused', timerStartedAt: null, timerRemainingMs: remainingAt({ state: s.timerState, startedAt: s.timerStartedAt, remainingMs: s.timerRemainingMs }, now) };
      }
    }
    const updated = await tx.debateSession.update({ where: { id: sessionId }, data: { ...data, prep: JSON.stringify(next) } });
    if (data.timerState) await append(tx, sessionId, 'timer.changed', { action: 'pause', ...timerOut(updated, now) }, 'all', viewer.actor!.id);
    const out = prepOut(updated, now);
    await append(tx, sessionId, 'prep.changed', { action, side: action === 'stop' ? prep.running : side, ...out }, 'all', viewer.actor!.id);
    return out;
  });
}

export async function raiseHand(sessionId: string, viewer: Viewer, reply: boolean) {
  if (!viewer.participantId) throw forbidden('Only participants raise a hand.');
  spend('hands', viewer.participantId, 'raised hands');
  return writeTransaction(async (tx) => {
    await liveSessionInTx(tx, sessionId);
    const p = await requireParticipantInTx(tx, sessionId, viewer);
    await tx.hand.upsert({ where: { sessionId_participantId: { sessionId, participantId: p.id } }, create: { sessionId, participantId: p.id, reply }, update: { reply } });
    await append(tx, sessionId, 'hand.raised', { participantId: p.id, name: p.name, reply });
    return { participantId: p.id, reply };
  });
}

export async function lowerHand(sessionId: string, viewer: Viewer, participantId?: string) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    let who: string;
    if (participantId && participantId !== viewer.participantId) {
      await requireModeratorInTx(tx, s, viewer);
      who = participantId;
    } else who = (await requireParticipantInTx(tx, sessionId, viewer)).id;
    const { count } = await tx.hand.deleteMany({ where: { sessionId, participantId: who } });
    if (count) await append(tx, sessionId, 'hand.lowered', { participantId: who });
  });
}

export async function giveFloor(sessionId: string, viewer: Viewer, participantId: string | null) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    let speaker: ParticipantRow | null = null;
    if (participantId) {
      speaker = await tx.participant.findUnique({ where: { id: participantId } });
      if (!speaker || speaker.sessionId !== sessionId || speaker.removed) throw notFound('participant');
      await tx.hand.deleteMany({ where: { sessionId, participantId } });
    }
    await tx.debateSession.update({ where: { id: sessionId }, data: { floorId: speaker?.id ?? null, floorSince: speaker ? new Date() : null } });
    const floor = speaker ? { participantId: speaker.id, name: speaker.name, side: speaker.side } : null;
    await append(tx, sessionId, 'floor.changed', { floor }, 'all', viewer.actor!.id);
    return { floor };
  });
}

export async function setSpotlight(sessionId: string, viewer: Viewer, nodeId: string | null) {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId);
    await requireModeratorInTx(tx, s, viewer);
    if (nodeId && !(await tx.node.findFirst({ where: { id: nodeId, mapId: s.mapId }, select: { id: true } }))) throw notFound('node');
    await tx.debateSession.update({ where: { id: sessionId }, data: { spotlightId: nodeId } });
    await append(tx, sessionId, 'spotlight.changed', { nodeId }, 'all', viewer.actor!.id);
    return { nodeId };
  });
}

// ---- participants

export async function updateParticipant(sessionId: string, participantId: string, viewer: Viewer, patch: { name?: string; side?: string } | 'remove') {
  return writeTransaction(async (tx) => {
    const s = await liveSessionInTx(tx, sessionId, { allowEnded: patch !== 'remove' });
    await requireModeratorInTx(tx, s, viewer);
    const p = await tx.participant.findUnique({ where: { id: participantId } });
    if (!p || p.sessionId !== sessionId) throw notFound('participant');
    if (patch === 'remove') {
      await tx.participant.update({ where: { id: p.id }, data: { removed: true } });
      await tx.hand.deleteMany({ where: { participantId: p.id } });
      if (s.floorId === p.id) await tx.debateSession.update({ where: { id: sessionId }, data: { floorId: null, floorSince: null } });
      await append(tx, sessionId, 'participant.removed', { id: p.id }, 'all', viewer.actor!.id);
      onCommit(tx, () => closeSessionStreams(sessionId, p.id));
      return null;
    }
    const updated = await tx.participant.update({ where: { id: p.id }, data: patch });
    await append(tx, sessionId, 'participant.updated', { id: p.id, name: updated.name, side: updated.side }, 'all', viewer.actor!.id);
    return participantOut(updated);
  });
}

// ---- report

export async function report(s: SessionRow, viewer: Viewer) {
  if (!viewer.moderator && !viewer.role) throw forbidden('The report is for the map\'s members.');
  const [participants, proposals, events, res] = await Promise.all([
    db().participant.findMany({ where: { sessionId: s.id }, orderBy: { joinedAt: 'asc' } }),
    db().proposal.findMany({ where: { sessionId: s.id }, orderBy: { createdAt: 'asc' } }),
    db().sessionEvent.findMany({ where: { sessionId: s.id, type: { not: 'vote.changed' } }, orderBy: { seq: 'asc' } }),
    results(s, { ...viewer, moderator: true }),
  ]);
  const ids = res.results.map((r) => r.nodeId);
  const titles = new Map((await db().node.findMany({ where: { mapId: s.mapId, id: { in: ids } }, select: { id: true, title: true } })).map((n) => [n.id, n.title]));
  // a relation's votes are titled by its ends
  const relations = await db().relation.findMany({ where: { mapId: s.mapId, id: { in: ids.filter((id) => !titles.has(id)) } }, select: { id: true, fromId: true, toId: true } });
  const ends = new Map((await db().node.findMany({ where: { mapId: s.mapId, id: { in: relations.flatMap((r) => [r.fromId, r.toId]) } }, select: { id: true, title: true } })).map((n) => [n.id, n.title]));
  for (const r of relations) titles.set(r.id, `${ends.get(r.fromId) ?? '?'} → ${ends.get(r.toId) ?? '?'}`);
  return {
    session: { id: s.id, mapId: s.mapId, title: s.title, mode: s.mode, format: s.format, status: s.status, createdAt: s.createdAt.toISOString(), endedAt: s.endedAt?.toISOString() ?? null, endRevision: s.endRevision, agenda: parse<Phase[]>(s.agenda, []) },
    participants: participants.map((p) => participantOut(p)),
    timeline: events.map((e) => { const { audience: _a, ...rest } = eventOut(e); return rest; }),
    proposals: proposals.map(proposalOut),
    // a node deleted since has no title any more
    results: res.results.map((r) => ({ ...r, title: titles.get(r.nodeId) ?? null })),
    map: { id: s.mapId, revision: s.endRevision, eventsUrl: `/api/v1/maps/${s.mapId}/events?after=0` },
  };
}
