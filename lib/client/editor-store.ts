// The editor's document: the map as the server last confirmed it (`base`, at
// `revision`), the local batches not yet confirmed (`pending`), and what the screen
// shows (`view` = base + pending, computed with the model's own applyOperations).
//
// - A change is applied on screen at once and queued; batches go to the server one at
//   a time, in order. Failed sends are retried with backoff and never dropped; a batch
//   whose answer got lost is checked against the event log before it is sent again.
// - Undo and redo are batches too: the inverse of what a batch changed, with versions
//   brought up to date when it runs.
// - Other people's changes arrive as events (from the live stream, lib/client/sync.ts,
//   from `events?after=` when catching up, and with every answer); base follows the
//   event log in order and pending batches are re-applied on top.
// - A 409 never loses an edit: the batch is held back as a conflict that shows both
//   versions and can be applied again on top of the current one.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { LIMITS } from '@/lib/api/schemas';
import type { EntityByType, EntityType } from '@/lib/argument/model';
import { applyOperations, collectionOf, OperationError, type Change, type MapState, type Operation } from '@/lib/argument/operations';
import type { MapEvent } from '@/lib/argument/model';
import { applyEvents, type MapMeta } from '@/lib/argument/graph';
import { alreadyApplied, chunkOperations, inverseOf, notYetApplied, touchedKeys, withCurrentVersions, withoutNoops } from './history';
import type { SendResult, Transport } from './transport';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'error';

export interface PendingBatch {
  id: number;
  label: string;
  /** operations the server has not accepted yet */
  ops: Operation[];
  /** parts the server accepted, with the revision that holds them, until base catches up */
  accepted: { ops: Operation[]; revision: number }[];
  attempts: number;
  /** the last request's outcome is unknown (the connection dropped) */
  uncertain: boolean;
}

export interface HistoryEntry {
  batchId: number;
  label: string;
  inverse: Operation[];
}

export type AnyEntity = EntityByType[EntityType];

export interface Conflict {
  id: number;
  label: string;
  entity: EntityType;
  entityId: string;
  /** the entity as the server has it now; null when it was deleted */
  theirs: AnyEntity | null;
  /** the entity as this editor showed it, with our change */
  local: AnyEntity | null;
  /** the operation of ours that collided */
  mine: Operation;
  /** every operation held back with it, in order: "apply mine again" replays these */
  ops: Operation[];
  message: string;
}

export interface Notice {
  id: number;
  /** refused: the server refused a batch; undo: an undo no longer applies; removed: someone else deleted what you were editing */
  kind: 'refused' | 'undo' | 'removed';
  label: string;
  message: string;
  rule: string | null;
  /** refused: the operations that were not saved, so what the user typed can be shown again */
  ops?: Operation[];
}

export type Refusal = { ok: false; error: OperationError };
export type CommitResult = { ok: true; changes: Change[] } | Refusal;

export interface EditorDocState {
  mapId: string;
  readOnly: boolean;
  meta: MapMeta;
  base: MapState;
  revision: number;
  view: MapState;
  pending: PendingBatch[];
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  status: SaveStatus;
  statusDetail: string | null;
  conflicts: Conflict[];
  notices: Notice[];
}

export interface EditorDocActions {
  /** Applies a batch on screen and queues it for the server; refused batches change nothing. */
  commit(ops: Operation[], label: string): CommitResult;
  undo(): CommitResult | null;
  redo(): CommitResult | null;
  /** Merges events of the map's log (from the stream, a catch-up or a batch's answer), in seq order, each once. */
  receive(events: MapEvent[]): void;
  /** Catches up from the event log (`events?after=`). */
  poll(): Promise<void>;
  flush(): Promise<void>;
  resolveConflict(id: number, choice: 'mine' | 'theirs'): CommitResult | null;
  dismissNotice(id: number): void;
  addNotice(notice: Omit<Notice, 'id'>): void;
  hasUnsaved(): boolean;
  /** The network is back (or the stream reconnected): send what waits now and catch up. */
  wake(): void;
  dispose(): void;
}

export type EditorDoc = EditorDocState & EditorDocActions;
export type EditorDocStore = StoreApi<EditorDoc>;

export interface EditorDocOptions {
  mapId: string;
  meta: MapMeta;
  state: MapState;
  revision: number;
  readOnly: boolean;
  transport: Transport;
  /** operations per request; the API's limit by default */
  chunkSize?: number;
  retryDelays?: number[];
}

const DEFAULT_RETRY = [1000, 2000, 4000, 8000, 15000, 30000];

export function createEditorDoc(opts: EditorDocOptions): EditorDocStore {
  const chunkSize = opts.chunkSize ?? LIMITS.operationsPerBatch;
  const retryDelays = opts.retryDelays ?? DEFAULT_RETRY;
  let nextId = 1;
  let sending = false;
  let polling: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let disposed = false;
  /** a failed send or poll: what the status shows until the next success */
  let trouble: { offline: boolean; message: string } | null = null;
  const buffered = new Map<number, MapEvent>();

  return createStore<EditorDoc>()((set, get) => {
    const statusOf = (pending: PendingBatch[]): Pick<EditorDocState, 'status' | 'statusDetail'> => {
      if (trouble) return { status: trouble.offline ? 'offline' : 'error', statusDetail: trouble.message };
      const unsaved = pending.some((b) => b.ops.length > 0);
      return { status: unsaved ? 'saving' : 'saved', statusDetail: null };
    };

    /** base + every batch still pending; a batch that no longer applies is left for the server to judge */
    const rebase = (base: MapState, revision: number, pending: PendingBatch[]): MapState => {
      let s = base;
      for (const b of pending) {
        for (const part of b.accepted) {
          if (part.revision <= revision) continue;
          try {
            s = applyOperations(s, part.ops).state;
          } catch {
            /* already in base through a poll that overtook the answer */
          }
        }
        if (!b.ops.length) continue;
        try {
          s = applyOperations(s, b.ops).state;
        } catch {
          // part of it may be in base already (its own events arrived before its answer)
          try {
            const rest = notYetApplied(b.ops, s);
            if (rest.length) s = applyOperations(s, rest).state;
          } catch {
            /* someone else's change got in the way: the server will answer with a conflict */
          }
        }
      }
      return s;
    };

    const setPending = (pending: PendingBatch[], extra: Partial<EditorDocState> = {}) => {
      const s = get();
      const base = extra.base ?? s.base;
      const revision = extra.revision ?? s.revision;
      set({ ...extra, pending, view: rebase(base, revision, pending), ...statusOf(pending) });
    };

    const refuse = (error: unknown): Refusal => {
      if (error instanceof OperationError) return { ok: false, error };
      throw error;
    };

    const enqueue = (ops: Operation[], label: string): { batch: PendingBatch; changes: Change[]; state: MapState } => {
      const { state, changes } = applyOperations(get().view, ops);
      const batch: PendingBatch = { id: nextId++, label, ops, accepted: [], attempts: 0, uncertain: false };
      return { batch, changes, state };
    };

    const kick = () => {
      if (!disposed) queueMicrotask(() => void get().flush());
    };

    /**
     * Undo (from the undo stack onto the redo stack) or redo (the other way round): applies
     * the top entry's inverse at the entities' current versions. An inverse the rules now
     * refuse (someone else changed the map) is dropped with a notice saying why.
     */
    const replay = (from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack'): Refusal | { ok: true; changes: Change[] } | null => {
      const s = get();
      const entry = s[from].at(-1);
      if (!entry || s.readOnly) return null;
      let r;
      try {
        r = enqueue(withCurrentVersions(entry.inverse, s.view), entry.label);
      } catch (e) {
        const refusal = refuse(e);
        set({
          [from]: s[from].slice(0, -1),
          notices: [...s.notices, { id: nextId++, kind: 'undo', label: entry.label, message: refusal.error.message, rule: refusal.error.code }],
        });
        return refusal;
      }
      const pending = [...s.pending, r.batch];
      set({
        view: r.state,
        pending,
        [from]: s[from].slice(0, -1),
        [to]: [...s[to], { batchId: r.batch.id, label: entry.label, inverse: inverseOf(r.changes) }],
        ...statusOf(pending),
      });
      kick();
      return { ok: true, changes: r.changes };
    };

    const scheduleRetry = () => {
      if (retryTimer || disposed) return;
      const delay = retryDelays[Math.min(failures - 1, retryDelays.length - 1)] ?? 1000;
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void get().flush();
      }, delay);
    };

    /** Removes a refused batch and every later unsent batch that builds on the same entities. */
    const holdBack = (batchId: number): { ops: Operation[]; labels: string[] } => {
      const { pending, undoStack, redoStack } = get();
      const start = pending.findIndex((b) => b.id === batchId);
      if (start < 0) return { ops: [], labels: [] };
      const keys = touchedKeys(pending[start].ops);
      const removed = new Set([batchId]);
      const ops = [...pending[start].ops];
      const labels = [pending[start].label];
      for (const b of pending.slice(start + 1)) {
        if (b.accepted.length || !b.ops.some((op) => keys.has(`${op.entity}:${op.id}`))) continue;
        for (const k of touchedKeys(b.ops)) keys.add(k);
        removed.add(b.id);
        ops.push(...b.ops);
        labels.push(b.label);
      }
      const remaining = pending
        .map((b) => (b.id === batchId ? { ...b, ops: [] } : b))
        .filter((b) => !(removed.has(b.id) && b.accepted.length === 0));
      setPending(remaining, {
        undoStack: undoStack.filter((h) => !removed.has(h.batchId)),
        redoStack: redoStack.filter((h) => !removed.has(h.batchId)),
      });
      return { ops, labels };
    };

    const onRefused = (batch: PendingBatch, chunk: Operation[], res: Extract<SendResult, { kind: 'conflict' | 'refused' }>) => {
      const before = get().view;
      const { ops, labels } = holdBack(batch.id);
      if (res.kind === 'conflict') {
        const mine = chunk[res.opIndex] ?? chunk[0];
        const coll = mine.entity;
        set({
          conflicts: [
            ...get().conflicts,
            {
              id: nextId++,
              label: labels[0],
              entity: coll,
              entityId: mine.id,
              theirs: res.current,
              local: collectionOf(before, coll).get(mine.id) ?? null,
              mine,
              ops,
              message: res.message,
            },
          ],
        });
      } else {
        set({ notices: [...get().notices, { id: nextId++, kind: 'refused', label: labels[0], message: res.message, rule: res.rule, ops }] });
      }
      // their version comes with the event log
      void get().poll();
    };

    /** Marks the first `n` unsent operations of a batch as accepted at `revision`. */
    const accept = (batchId: number, n: number, revision: number) => {
      const pending = get().pending.map((b) =>
        b.id === batchId
          ? { ...b, ops: b.ops.slice(n), accepted: [...b.accepted, { ops: b.ops.slice(0, n), revision }], uncertain: false }
          : b,
      );
      setPending(pending);
    };

    const pollOnce = async () => {
      for (;;) {
        const page = await opts.transport.events(opts.mapId, get().revision);
        get().receive(page.events);
        if (!page.hasMore || !page.events.length) break;
      }
    };

    return {
      mapId: opts.mapId,
      readOnly: opts.readOnly,
      meta: opts.meta,
      base: opts.state,
      revision: opts.revision,
      view: opts.state,
      pending: [],
      undoStack: [],
      redoStack: [],
      status: 'saved',
      statusDetail: null,
      conflicts: [],
      notices: [],

      commit(input, label) {
        if (get().readOnly) return refuse(new OperationError(422, 'dangling-reference', 'This map is read-only for you.', 0));
        const ops = withoutNoops(input, get().view);
        if (!ops.length) return { ok: true, changes: [] };
        let r;
        try {
          r = enqueue(ops, label);
        } catch (e) {
          return refuse(e);
        }
        const s = get();
        const pending = [...s.pending, r.batch];
        set({
          view: r.state,
          pending,
          undoStack: [...s.undoStack, { batchId: r.batch.id, label, inverse: inverseOf(r.changes) }],
          redoStack: [],
          ...statusOf(pending),
        });
        kick();
        return { ok: true, changes: r.changes };
      },

      undo() {
        return replay('undoStack', 'redoStack');
      },

      redo() {
        return replay('redoStack', 'undoStack');
      },

      receive(events) {
        const s = get();
        for (const e of events) if (e.seq > s.revision) buffered.set(e.seq, e);
        const next: MapEvent[] = [];
        let revision = s.revision;
        while (buffered.has(revision + 1)) {
          next.push(buffered.get(revision + 1)!);
          buffered.delete(revision + 1);
          revision++;
        }
        const pending = s.pending
          .map((b) => (b.accepted.some((p) => p.revision <= revision) ? { ...b, accepted: b.accepted.filter((p) => p.revision > revision) } : b))
          .filter((b) => b.ops.length || b.accepted.length);
        if (!next.length && pending.length === s.pending.length && pending.every((b, i) => b === s.pending[i])) {
          if (buffered.size) void get().poll();
          return;
        }
        const { state: base, meta } = next.length ? applyEvents(s.base, next) : { state: s.base, meta: null };
        setPending(pending, { base, revision, ...(meta ? { meta: { ...s.meta, ...meta } } : {}) });
        // a gap: someone else's events sit between ours
        if (buffered.size) void get().poll();
      },

      poll() {
        if (disposed) return Promise.resolve();
        if (polling) return polling;
        polling = pollOnce()
          .then(() => {
            if (trouble?.offline && !get().pending.some((b) => b.ops.length)) {
              trouble = null;
              set(statusOf(get().pending));
            }
          })
          .catch((e: Error) => {
            if (!get().pending.some((b) => b.ops.length)) {
              trouble = { offline: true, message: e.message };
              set(statusOf(get().pending));
            }
          })
          .finally(() => {
            polling = null;
          });
        return polling;
      },

      async flush() {
        if (sending || disposed) return;
        sending = true;
        try {
          for (;;) {
            let batch = get().pending.find((b) => b.ops.length > 0);
            if (!batch) break;
            if (batch.uncertain) {
              // the last answer was lost: see whether the server has it before sending it twice
              try {
                await pollOnce();
              } catch (e) {
                failures++;
                trouble = { offline: true, message: (e as Error).message };
                set(statusOf(get().pending));
                scheduleRetry();
                return;
              }
              batch = get().pending.find((b) => b.id === batch!.id);
              if (!batch || !batch.ops.length) continue;
              const first = chunkOperations(batch.ops, chunkSize)[0];
              if (alreadyApplied(first, get().base)) {
                accept(batch.id, first.length, get().revision);
                continue;
              }
            }
            const chunk = chunkOperations(batch.ops, chunkSize)[0];
            const res = await opts.transport.send(opts.mapId, chunk);
            if (disposed) return;
            if (res.kind === 'retry') {
              failures++;
              trouble = { offline: res.offline, message: res.message };
              // the server may have written the batch before the answer was lost (a 502 from a
              // proxy, a dropped connection): before sending it again, look in the event log
              setPending(get().pending.map((b) => (b.id === batch!.id ? { ...b, attempts: b.attempts + 1, uncertain: true } : b)));
              scheduleRetry();
              return;
            }
            failures = 0;
            trouble = null;
            if (res.kind === 'ok') {
              accept(batch.id, chunk.length, res.revision);
              get().receive(res.events);
            } else {
              onRefused(batch, chunk, res);
            }
          }
        } finally {
          sending = false;
          set(statusOf(get().pending));
        }
      },

      resolveConflict(id, choice) {
        const c = get().conflicts.find((x) => x.id === id);
        if (!c) return null;
        set({ conflicts: get().conflicts.filter((x) => x.id !== id) });
        if (choice === 'theirs') return null;
        const result = get().commit(withCurrentVersions(c.ops, get().view), c.label);
        if (!result.ok) set({ conflicts: [...get().conflicts, c] });
        return result;
      },

      dismissNotice(id) {
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },

      hasUnsaved() {
        return get().pending.some((b) => b.ops.length > 0) || get().conflicts.length > 0;
      },

      addNotice(notice) {
        set({ notices: [...get().notices, { ...notice, id: nextId++ }] });
      },

      wake() {
        if (retryTimer) {
          clearTimeout(retryTimer);
          retryTimer = null;
        }
        void get().flush();
        void get().poll();
      },

      dispose() {
        disposed = true;
        if (retryTimer) clearTimeout(retryTimer);
      },
    };
  });
}
