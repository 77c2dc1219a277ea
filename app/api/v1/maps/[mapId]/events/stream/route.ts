import { z } from 'zod';
import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { HttpError, route } from '@/lib/server/http';
import { subscribe, type StreamHandle } from '@/lib/server/live/bus';

export const dynamic = 'force-dynamic';

const HIGH_WATER = 64 * 1024;
const cursor = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * The map's event log as Server-Sent Events: one message per entry, its seq as the SSE
 * id and the entry (as GET …/events gives it) as data. Resumes after `Last-Event-ID`
 * (what a browser's EventSource sends when it reconnects) or `?after=`; without either
 * it starts at the map's current revision. `event: presence` messages say who is on
 * the map; `event: closed` ends a stream whose reader lost access (or that was too slow).
 */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await getActor(req);
  const access = await requireRead(actor, mapId);
  const given = req.headers.get('last-event-id') ?? req.nextUrl.searchParams.get('after');
  let after = access.map.revision;
  if (given !== null && given !== '') {
    const parsed = cursor.safeParse(given);
    if (!parsed.success) throw new HttpError(422, 'Invalid input', 'Last-Event-ID and ?after= take a sequence number (an integer ≥ 0).', { type: 'urn:pleit:problem:validation', errors: [{ path: 'after', message: 'An integer ≥ 0.' }] });
    after = parsed.data;
  }

  const encoder = new TextEncoder();
  let handle: StreamHandle | null = null;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    handle?.dispose();
    try {
      controller.close();
    } catch {
      /* already closed by the client */
    }
  };
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      // the first bytes go out at once, so proxies and the browser see the stream open
      c.enqueue(encoder.encode(`retry: 2000\n: stream of map ${mapId} after ${after}\n\n`));
    },
    cancel: end,
  }, new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER }));
  req.signal.addEventListener('abort', end, { once: true });
  handle = await subscribe(mapId, actor, access.role !== null, after, {
    write(chunk) {
      if (ended) return 0;
      try {
        controller.enqueue(encoder.encode(chunk));
      } catch {
        end();
        return 0;
      }
      // bytes written that the client has not read yet
      return HIGH_WATER - (controller.desiredSize ?? 0);
    },
    end,
  });
  if (req.signal.aborted) end();
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: Next's compression would hold the stream back
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    },
  });
});
