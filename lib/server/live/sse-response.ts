// The transport of a live stream: a Server-Sent Events response whose writes report the
// bytes the client has not read yet (so the bus can close a reader that does not read),
// ended by the bus, by the client going away, or by the server stopping. Shared by the
// map's event stream and a debate session's.
import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { HttpError } from '../http';
import type { StreamHandle } from './bus';

const HIGH_WATER = 64 * 1024;
const cursor = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Last-Event-ID or ?after=, or `fallback` when neither is given (422 when malformed). */
export function streamCursor(req: NextRequest, fallback: number): number {
  const given = req.headers.get('last-event-id') ?? req.nextUrl.searchParams.get('after');
  if (given === null || given === '') return fallback;
  const parsed = cursor.safeParse(given);
  if (!parsed.success) throw new HttpError(422, 'Invalid input', 'Last-Event-ID and ?after= take a sequence number (an integer ≥ 0).', { type: 'urn:pleit:problem:validation', errors: [{ path: 'after', message: 'An integer ≥ 0.' }] });
  return parsed.data;
}

export async function sseResponse(req: NextRequest, intro: string, subscribe: (io: { write(chunk: string): number; end(): void }) => Promise<StreamHandle>): Promise<Response> {
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
      c.enqueue(encoder.encode(`retry: 2000\n: ${intro}\n\n`));
    },
    cancel: end,
  }, new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER }));
  req.signal.addEventListener('abort', end, { once: true });
  handle = await subscribe({
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
  // the client left while the subscription was made: end() ran before there was a handle
  if (ended) handle.dispose();
  else if (req.signal.aborted) end();
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: Next's compression would hold the stream back
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    },
  });
}
