// The participant side of bench/sessions.ts, in its own process (forked with an IPC
// channel): opens one session stream per participant (each with its own guest token),
// time-stamps every entry as it arrives, and when asked reports per entry the delay
// from the entry's server timestamp, and for approvals from the moderator's request.
// With `mapUrl`, each participant also holds the session's map stream (…/map/stream), as
// the participant page does, and the arrival of each approved proposal's node there is
// timed from the moderator's approve request too.
import { openStream, type SseStream } from '../tests/api/sse';

export interface OpenRequest {
  type: 'open';
  url: string;
  /** the session's map stream: one more connection per participant */
  mapUrl?: string;
  tokens: string[];
}
export interface CollectRequest {
  type: 'collect';
  /** proposal id → the moderator's approve request start (ms since the epoch) */
  approvals: Record<string, number>;
  /** node id → the moderator's approve request start, for the map stream */
  nodeApprovals: Record<string, number>;
  /** the session's last seq: every stream must have seen every seq after its start once */
  lastSeq: number;
  waitMs: number;
}
export type Request = OpenRequest | CollectRequest;
export type Reply =
  | { type: 'opened'; streams: number; failed: string[] }
  | { type: 'result'; fromWrite: number[]; fromApprove: number[]; missing: number; duplicates: number; outOfOrder: number; closed: number; redacted: number; fromApproveOnMap: number[]; mapMissing: number; mapDuplicates: number };

interface Tracked {
  stream: SseStream;
  first: number;
  seqs: Map<number, number>;
  lastSeq: number;
  outOfOrder: number;
  duplicates: number;
  closed: number;
  fromWrite: number[];
  applied: Map<string, number>;
  redacted: number;
  map: SseStream | null;
  /** node id → arrival of its node.created on the map stream */
  nodes: Map<string, number>;
  mapDuplicates: number;
}
const tracked: Tracked[] = [];
const send = (r: Reply) => process.send!(r);

async function open(req: OpenRequest) {
  const failed: string[] = [];
  for (let i = 0; i < req.tokens.length; i += 10) {
    await Promise.all(
      req.tokens.slice(i, i + 10).map(async (token) => {
        const stream = await openStream(req.url, { authorization: `Bearer ${token}` });
        if (stream.status !== 200) {
          failed.push(String(stream.status));
          return;
        }
        const t: Tracked = { stream, first: -1, seqs: new Map(), lastSeq: -1, outOfOrder: 0, duplicates: 0, closed: 0, fromWrite: [], applied: new Map(), redacted: 0, map: null, nodes: new Map(), mapDuplicates: 0 };
        tracked.push(t);
        stream.onMessage((m, at) => record(t, m, at));
        if (req.mapUrl) {
          const map = await openStream(req.mapUrl, { authorization: `Bearer ${token}` });
          if (map.status !== 200) {
            failed.push(`map ${map.status}`);
            return;
          }
          t.map = map;
          map.onMessage((m, at) => {
            if (m.event !== 'message') return;
            const e = JSON.parse(m.data) as { type: string; entityId: string };
            if (e.type !== 'node.created') return;
            if (t.nodes.has(e.entityId)) t.mapDuplicates++;
            else t.nodes.set(e.entityId, at);
          });
        }
      }),
    );
  }
  send({ type: 'opened', streams: tracked.length, failed });
}

function record(t: Tracked, m: { event: string; data: string }, now: number) {
  if (m.event === 'closed') t.closed++;
  if (m.event !== 'message') return;
  const e = JSON.parse(m.data) as { seq: number; type: string; at: string; data: { id?: string } | null };
  if (t.first < 0) t.first = e.seq;
  if (t.seqs.has(e.seq)) t.duplicates++;
  if (t.lastSeq >= 0 && e.seq !== t.lastSeq + 1) t.outOfOrder++;
  t.lastSeq = Math.max(t.lastSeq, e.seq);
  t.seqs.set(e.seq, now);
  t.fromWrite.push(now - Date.parse(e.at));
  if (e.type === 'redacted') t.redacted++;
  if (e.type === 'proposal.applied' && e.data?.id) t.applied.set(e.data.id, now);
}

async function collect(req: CollectRequest) {
  const done = (t: Tracked) => t.lastSeq >= req.lastSeq;
  const deadline = Date.now() + req.waitMs;
  while (Date.now() < deadline && !tracked.every(done)) await new Promise((r) => setTimeout(r, 50));
  const nodeIds = Object.keys(req.nodeApprovals);
  while (Date.now() < deadline && !tracked.every((t) => !t.map || nodeIds.every((id) => t.nodes.has(id)))) await new Promise((r) => setTimeout(r, 50));
  const out = { fromWrite: [] as number[], fromApprove: [] as number[], missing: 0, duplicates: 0, outOfOrder: 0, closed: 0, redacted: 0, fromApproveOnMap: [] as number[], mapMissing: 0, mapDuplicates: 0 };
  for (const t of tracked) {
    out.fromWrite.push(...t.fromWrite);
    out.duplicates += t.duplicates;
    out.outOfOrder += t.outOfOrder;
    out.closed += t.closed;
    out.redacted += t.redacted;
    if (t.first >= 0) for (let q = t.first; q <= req.lastSeq; q++) if (!t.seqs.has(q)) out.missing++;
    for (const [id, start] of Object.entries(req.approvals)) {
      const at = t.applied.get(id);
      if (at !== undefined) out.fromApprove.push(at - start);
      else out.missing++;
    }
    t.stream.close();
    if (t.map) {
      out.mapDuplicates += t.mapDuplicates;
      for (const [id, start] of Object.entries(req.nodeApprovals)) {
        const at = t.nodes.get(id);
        if (at !== undefined) out.fromApproveOnMap.push(at - start);
        else out.mapMissing++;
      }
      t.map.close();
    }
  }
  send({ type: 'result', ...out });
}

process.on('message', (req: Request) => {
  (req.type === 'open' ? open(req) : collect(req)).catch((e: Error) => {
    console.error(`[bench participants] ${e.stack ?? e.message}`);
    process.exit(1);
  });
});
process.on('disconnect', () => process.exit(0));
