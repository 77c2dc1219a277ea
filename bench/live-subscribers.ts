// The subscriber side of bench/live.ts, in its own process (forked with an IPC channel):
// opens N event streams, time-stamps every map event as it arrives (Date.now(): the
// same system clock as the writer's process on this machine), and when asked reports
// the delivery latencies and what was missing, duplicated or out of order.
import { openStream, type SseStream } from '../tests/api/sse';

export interface OpenRequest {
  type: 'open';
  token: string;
  /** one URL per stream; `group` says which server it is on */
  streams: { url: string; group: number }[];
}
export interface CollectRequest {
  type: 'collect';
  /** node id → the writer's request start and the moment its answer came (ms since the epoch), for the measured edits */
  sent: Record<string, [number, number]>;
  /** every node the writer created (warm-up included): each stream must see each once */
  all: string[];
  /** how long to wait for late deliveries */
  waitMs: number;
}
export type Request = OpenRequest | CollectRequest;

export interface GroupResult {
  group: number;
  streams: number;
  /** arrival − request start, one per measured edit per stream */
  latencies: number[];
  /** arrival − the writer's answer: what delivery adds after the write (negative: it came first) */
  afterAnswer: number[];
  missing: number;
  duplicates: number;
  outOfOrder: number;
  closed: number;
}
export type Reply = { type: 'opened'; streams: number; failed: string[] } | { type: 'result'; groups: GroupResult[] };

interface Tracked {
  group: number;
  stream: SseStream;
  /** node id → arrival times (more than one is a duplicate) */
  arrivals: Map<string, number[]>;
  lastSeq: number;
  outOfOrder: number;
  closed: number;
}

const tracked: Tracked[] = [];
const send = (r: Reply) => process.send!(r);

async function open(req: OpenRequest) {
  const failed: string[] = [];
  // a few at a time, so opening does not look like a thundering herd
  for (let i = 0; i < req.streams.length; i += 10) {
    await Promise.all(
      req.streams.slice(i, i + 10).map(async ({ url, group }) => {
        const stream = await openStream(url, { authorization: `Bearer ${req.token}` });
        if (stream.status !== 200) {
          failed.push(`${url}: ${stream.status}`);
          return;
        }
        const t: Tracked = { group, stream, arrivals: new Map(), lastSeq: -1, outOfOrder: 0, closed: 0 };
        tracked.push(t);
        stream.onMessage((m, at) => record(t, m, at));
        await stream.until((s) => s.messages.some((m) => m.event === 'presence'), 'the first presence message');
      }),
    );
  }
  send({ type: 'opened', streams: tracked.length, failed });
}

function record(t: Tracked, m: { id: string | null; event: string; data: string }, now: number) {
  if (m.event === 'closed') t.closed++;
  if (m.event !== 'message') return;
  const e = JSON.parse(m.data) as { seq: number; type: string; entityId: string };
  if (t.lastSeq >= 0 && e.seq !== t.lastSeq + 1) t.outOfOrder++;
  t.lastSeq = Math.max(t.lastSeq, e.seq);
  if (e.type !== 'node.created') return;
  const list = t.arrivals.get(e.entityId);
  if (list) list.push(now);
  else t.arrivals.set(e.entityId, [now]);
}

async function collect(req: CollectRequest) {
  const complete = (t: Tracked) => req.all.every((id) => t.arrivals.has(id));
  const deadline = Date.now() + req.waitMs;
  while (Date.now() < deadline && !tracked.every(complete)) await new Promise((r) => setTimeout(r, 50));
  const groups = new Map<number, GroupResult>();
  for (const t of tracked) {
    let g = groups.get(t.group);
    if (!g) groups.set(t.group, (g = { group: t.group, streams: 0, latencies: [], afterAnswer: [], missing: 0, duplicates: 0, outOfOrder: 0, closed: 0 }));
    g.streams++;
    g.outOfOrder += t.outOfOrder;
    g.closed += t.closed;
    for (const id of req.all) {
      const times = t.arrivals.get(id);
      if (!times) g.missing++;
      else g.duplicates += times.length - 1;
    }
    for (const [id, [start, answered]] of Object.entries(req.sent)) {
      const times = t.arrivals.get(id);
      if (!times) continue;
      g.latencies.push(times[0] - start);
      g.afterAnswer.push(times[0] - answered);
    }
  }
  for (const t of tracked) t.stream.close();
  send({ type: 'result', groups: [...groups.values()] });
}

process.on('message', (req: Request) => {
  const done = req.type === 'open' ? open(req) : collect(req);
  done.catch((e: Error) => {
    console.error(`[bench subscribers] ${e.stack ?? e.message}`);
    process.exit(1);
  });
});
// the parent going away ends this process too
process.on('disconnect', () => process.exit(0));
