// An in-memory stand-in for the operations and events endpoints, built on the same
// applyOperations as the real server, so store tests exercise real rule checks,
// versions and event logs without HTTP.
import { applyOperations, emptyState, OperationError, type MapState, type Operation } from '@/lib/argument/operations';
import { entityEvent, type MapEvent } from '@/lib/argument/model';
import type { SendResult, Transport } from '@/lib/client/transport';

export class FakeServer {
  state: MapState = emptyState();
  log: MapEvent[] = [];
  /**
   * answers to hand out instead of applying: 'offline' drops the request, 'lost' applies it
   * and drops the answer, 502 applies it and answers as a proxy that gave up would
   */
  failures: ('offline' | 'lost' | 500 | 502)[] = [];
  sent: Operation[][] = [];

  get revision() {
    return this.log.length;
  }

  apply(ops: Operation[], actorId = 'other'): MapEvent[] {
    const { state, changes } = applyOperations(this.state, ops);
    this.state = state;
    const at = new Date(0).toISOString();
    const events = changes.map(
      (c, k) => ({ ...entityEvent(c.entity, c.kind, c.id, structuredClone((c.after ?? c.before)!)), seq: this.log.length + 1 + k, actorId, at }) as MapEvent,
    );
    this.log.push(...events);
    return events;
  }

  transport(): Transport {
    return {
      send: async (_mapId, ops): Promise<SendResult> => {
        this.sent.push(ops);
        const failure = this.failures.shift();
        if (failure === 'offline') return { kind: 'retry', status: null, offline: true, message: 'Failed to fetch' };
        if (failure === 500) return { kind: 'retry', status: 500, offline: false, message: 'Internal server error' };
        try {
          const events = this.apply(structuredClone(ops), 'me');
          if (failure === 'lost') return { kind: 'retry', status: null, offline: true, message: 'connection reset' };
          if (failure === 502) return { kind: 'retry', status: 502, offline: false, message: 'Bad gateway' };
          return { kind: 'ok', revision: this.revision, events: structuredClone(events) };
        } catch (e) {
          if (!(e instanceof OperationError)) throw e;
          if (e.status === 409 && e.current) {
            return { kind: 'conflict', opIndex: e.opIndex, current: structuredClone(e.current.value), message: e.message, code: e.code };
          }
          return { kind: 'refused', status: e.status, opIndex: e.opIndex, rule: e.status === 422 ? e.code : null, message: e.message };
        }
      },
      events: async (_mapId, after) => {
        const events = this.log.filter((e) => e.seq > after);
        return { events: structuredClone(events), hasMore: false, revision: this.revision };
      },
    };
  }
}
