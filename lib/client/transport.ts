// How the editor store talks to the v1 API: one batch of operations out, events in.
// Every answer is sorted into what the store must do with it: merge it, show a
// conflict, report a refusal, or keep the batch and try again later.
import type { Operation } from '@/lib/argument/operations';
import type { EntityByType, EntityType, MapEvent } from '@/lib/argument/model';

export type SendResult =
  | { kind: 'ok'; revision: number; events: MapEvent[] }
  /** 409 with the entity as it now is: someone else changed it first */
  | { kind: 'conflict'; opIndex: number; current: EntityByType[EntityType] | null; message: string; code: string }
  /** the server will never accept this batch as it is (404, 422, 400, 413, or a taken id) */
  | { kind: 'refused'; status: number; opIndex: number | null; rule: string | null; message: string }
  /** nothing was decided: try again later */
  | { kind: 'retry'; status: number | null; offline: boolean; message: string };

export interface EventPage {
  events: MapEvent[];
  hasMore: boolean;
  revision: number;
}

export interface Transport {
  send(mapId: string, operations: Operation[]): Promise<SendResult>;
  /** throws when the events could not be fetched */
  events(mapId: string, after: number): Promise<EventPage>;
}

interface Problem {
  title?: string;
  detail?: string;
  rule?: string;
  operationIndex?: number;
  current?: EntityByType[EntityType];
  type?: string;
}

async function readProblem(res: Response): Promise<Problem> {
  try {
    return (await res.json()) as Problem;
  } catch {
    return {};
  }
}

export const fetchTransport: Transport = {
  async send(mapId, operations) {
    let res: Response;
    try {
      res = await fetch(`/api/v1/maps/${encodeURIComponent(mapId)}/operations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ operations }),
        cache: 'no-store',
      });
    } catch (e) {
      return { kind: 'retry', status: null, offline: true, message: (e as Error).message };
    }
    if (res.ok) {
      try {
        const body = (await res.json()) as { revision: number; events: MapEvent[] };
        return { kind: 'ok', revision: body.revision, events: body.events };
      } catch (e) {
        // written, most likely, but the answer was cut off: the event log will tell
        return { kind: 'retry', status: res.status, offline: false, message: (e as Error).message };
      }
    }
    const p = await readProblem(res);
    const message = p.detail || p.title || `HTTP ${res.status}`;
    const code = p.type?.replace('urn:pleit:problem:', '') ?? '';
    if (res.status === 409 && (p.current || code === 'version-conflict')) {
      return { kind: 'conflict', opIndex: p.operationIndex ?? 0, current: p.current ?? null, message, code: code || 'version-conflict' };
    }
    if ([400, 404, 409, 413, 415, 422].includes(res.status)) {
      return { kind: 'refused', status: res.status, opIndex: p.operationIndex ?? null, rule: p.rule ?? null, message };
    }
    return { kind: 'retry', status: res.status, offline: false, message };
  },
  async events(mapId, after) {
    const res = await fetch(`/api/v1/maps/${encodeURIComponent(mapId)}/events?after=${after}&limit=1000`, { cache: 'no-store' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as EventPage;
  },
};
