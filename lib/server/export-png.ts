// The server's PNG export, and the limit on heavy exports running at once.
//
// PNG: the drawing is cut into horizontal strips, each an SVG document with only the
// pieces that reach into it (lib/render/svg.ts drawStrip), and the strips are drawn by a
// few worker threads (scripts/export-worker.mjs: resvg, then the strip's rows filtered and
// deflated into an IDAT chunk). This thread only joins the chunks: nothing here grows with
// the pixels, so the event loop stays free, and on a machine with two free cores a large
// PNG takes about half the time of one resvg call (see docs/benchmarks.md). The workers
// draw the text as glyph outlines (scripts/text-outlines.mjs): resvg reads the whole font
// file again for every glyph it lays out itself.
//
// The limit: PNG and PDF exports hold memory and CPU for seconds; at most
// EXPORT_QUEUE_LIMITS.running run at once, up to EXPORT_QUEUE_LIMITS.queued more wait in
// turn, and one more is answered 503 with Retry-After at once.
import 'server-only';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { drawStrip, placedPieces, type ExportLayout } from '@/lib/render/svg';
import { fontFiles } from './fonts';
import { HttpError } from './http';
import { envCount } from './sourcing/pool';

export const EXPORT_QUEUE_LIMITS = {
  /** worker threads drawing PNG strips */
  workers: envCount('PLEIT_EXPORT_WORKERS', 2, 1),
  /** PNG and PDF exports drawn at once */
  running: envCount('PLEIT_EXPORT_CONCURRENCY', 2, 1),
  /** PNG and PDF exports waiting for their turn; one more is refused with 503 */
  queued: envCount('PLEIT_EXPORT_QUEUE', 4, 0),
  /** seconds the server suggests in Retry-After */
  retryAfterSeconds: 10,
  /** a strip that takes longer has its worker stopped (and the export fails with 503) */
  stripDeadlineMs: 120_000,
} as const;

/** pixels of one strip at most: about 12 bytes of memory each while it is drawn and encoded */
const STRIP_PIXELS = 6_000_000;

// ---------------------------------------------------------------- admission

interface Waiting {
  start: () => void;
  fail: (e: Error) => void;
}
class Admission {
  running = 0;
  queue: Waiting[] = [];

  /** Runs `work` when a place is free; refuses at once (503) when the queue is full too. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.running >= EXPORT_QUEUE_LIMITS.running) {
      if (this.queue.length >= EXPORT_QUEUE_LIMITS.queued) throw exportBusy();
      await new Promise<void>((resolve, reject) => {
        const w: Waiting = { start: resolve, fail: reject };
        this.queue.push(w);
        // a caller that left while waiting gives its place up
        signal?.addEventListener('abort', () => {
          const at = this.queue.indexOf(w);
          if (at >= 0) {
            this.queue.splice(at, 1);
            reject(new HttpError(499, 'Client closed request'));
          }
        });
      });
    } else this.running++;
    try {
      return await work();
    } finally {
      // the place goes to the next in line (running stays counted), or is given back
      const next = this.queue.shift();
      if (next) next.start();
      else this.running--;
    }
  }
}

export const exportBusy = () =>
  new HttpError(503, 'Service unavailable', `The server is drawing ${EXPORT_QUEUE_LIMITS.running} exports and has ${EXPORT_QUEUE_LIMITS.queued} waiting; try again in a few seconds, or export SVG (drawn at once).`, {
    type: 'urn:pleit:problem:busy',
    retryAfter: EXPORT_QUEUE_LIMITS.retryAfterSeconds,
  });

// ---------------------------------------------------------------- strip workers

interface StripJob {
  input: { svg: string; width: number; height: number; fonts: Record<number, string>; opaque: boolean };
  resolve: (v: StripResult) => void;
  reject: (e: Error) => void;
}
interface StripResult {
  chunk: Uint8Array;
  adler: number;
  length: number;
}
interface Slot {
  worker: Worker;
  job: StripJob | null;
  timer: NodeJS.Timeout | null;
}

const workerFile = () => path.join(process.env.PLEIT_ROOT ?? process.cwd(), 'scripts', 'export-worker.mjs');

class StripPool {
  private slots: Slot[] = [];
  private queue: StripJob[] = [];

  stats() {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  run(input: StripJob['input']): Promise<StripResult> {
    return new Promise((resolve, reject) => {
      const job = { input, resolve, reject };
      const idle = this.slots.find((s) => !s.job) ?? (this.slots.length < EXPORT_QUEUE_LIMITS.workers ? this.spawn() : null);
      if (idle) this.start(idle, job);
      else this.queue.push(job); // bounded: the admission above lets few exports in
    });
  }

  private spawn(): Slot {
    // (Reflect.construct: Turbopack would otherwise try to bundle the worker file)
    const worker: Worker = Reflect.construct(Worker, [workerFile(), { workerData: { pleitExportWorker: true }, resourceLimits: { maxOldGenerationSizeMb: 512 } }]);
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (m: { ready: true } | { ok: true; value: StripResult } | { ok: false; error: { message: string } }) => {
      if ('ready' in m) return;
      const job = this.finish(slot);
      if (!job) return;
      if (m.ok) job.resolve(m.value);
      else job.reject(new Error(`PNG strip: ${m.error.message}`));
      const next = this.queue.shift();
      if (next) this.start(slot, next);
    });
    const gone = (why: string) => {
      const job = this.remove(slot);
      job?.reject(exportFailed(why));
    };
    worker.on('error', (e) => gone(`the drawing stopped: ${e.message}`));
    worker.on('exit', () => gone('the drawing stopped'));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: StripJob) {
    slot.job = job;
    slot.worker.postMessage(job.input);
    slot.timer = setTimeout(() => {
      const running = this.remove(slot);
      void slot.worker.terminate();
      running?.reject(exportFailed(`a strip took longer than ${EXPORT_QUEUE_LIMITS.stripDeadlineMs / 1000} s`));
    }, EXPORT_QUEUE_LIMITS.stripDeadlineMs);
  }

  private finish(slot: Slot): StripJob | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    return job;
  }

  /** A slot whose worker is gone leaves the pool; waiting strips get a fresh worker. */
  private remove(slot: Slot): StripJob | null {
    const at = this.slots.indexOf(slot);
    if (at < 0) return null;
    this.slots.splice(at, 1);
    const job = this.finish(slot);
    slot.worker.removeAllListeners('message');
    const waiting = this.queue.shift();
    if (waiting) this.start(this.spawn(), waiting);
    return job;
  }
}

const exportFailed = (why: string) =>
  new HttpError(503, 'Service unavailable', `The PNG could not be drawn (${why}); try again later, or export SVG or PDF.`, {
    type: 'urn:pleit:problem:busy',
    retryAfter: EXPORT_QUEUE_LIMITS.retryAfterSeconds,
  });

// one of each per server process (kept on globalThis: Next may load this module more than once)
const g = globalThis as { pleitExportAdmission?: Admission; pleitStripPool?: StripPool };
const admission = (g.pleitExportAdmission ??= new Admission());
const strips = (g.pleitStripPool ??= new StripPool());

/** Runs a PNG or PDF export in its turn (503 with Retry-After when too many wait). */
export const inExportTurn = <T>(work: () => Promise<T>, signal?: AbortSignal) => admission.run(work, signal);

export const exportQueueStats = () => ({ running: admission.running, queued: admission.queue.length, strips: strips.stats() });

// ---------------------------------------------------------------- PNG assembly

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(data.length + 12);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** zlib's adler32_combine: the checksum of A followed by B, from theirs and B's length. */
export function adlerCombine(a1: number, a2: number, len2: number): number {
  const BASE = 65521;
  const rem = len2 % BASE;
  let sum1 = a1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (a2 & 0xffff) + BASE - 1;
  sum2 += ((a1 >>> 16) & 0xffff) + ((a2 >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= 2 * BASE) sum2 -= 2 * BASE;
  if (sum2 >= BASE) sum2 -= BASE;
  return (sum1 + sum2 * 65536) >>> 0;
}

/**
 * One PNG from strips drawn one under the other: the signature, the header, a first IDAT
 * with the zlib header, each strip's IDAT (their deflate data, sync-flushed, is one stream),
 * and a last IDAT with the stream's end and its Adler-32.
 */
export function assemblePng(width: number, height: number, parts: readonly StripResult[]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filtering, no interlace
  let adler = 1;
  for (const p of parts) adler = adlerCombine(adler, p.adler, p.length);
  const end = Buffer.alloc(6);
  end.set([0x03, 0x00]); // an empty final block (fixed codes)
  end.writeUInt32BE(adler, 2);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x01])),
    ...parts.map((p) => p.chunk),
    chunk('IDAT', end),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * The rows of each strip: none past STRIP_PIXELS, and as many strips as a multiple of the
 * workers, so that each has as many to draw (7 strips on 2 workers kept one busy for 4
 * while the other had drawn its 3).
 */
export function stripRows(width: number, height: number, workers: number): number[] {
  const count = Math.min(height, workers * Math.max(1, Math.ceil((width * height) / STRIP_PIXELS / workers)));
  const rows: number[] = [];
  for (let i = 0, y = 0; i < count; i++) {
    const next = Math.round(((i + 1) * height) / count);
    rows.push(next - y);
    y = next;
  }
  return rows;
}

/** The PNG of a layout at `scale` (its size checked by the caller), drawn in strips on the workers. */
export async function renderPng(layout: ExportLayout, scale: number): Promise<Buffer> {
  const width = Math.ceil(layout.width * scale);
  const height = Math.ceil(layout.height * scale);
  // resvg has only Inter: asked for Inter alone it skips looking up the fallbacks for every text
  const l = { ...layout, options: { ...layout.options, fontStack: 'Inter' } };
  const pieces = placedPieces(l);
  const fonts = fontFiles();
  let y0 = 0;
  const svgs = stripRows(width, height, EXPORT_QUEUE_LIMITS.workers).map((rows) => {
    const svg = drawStrip(l, pieces, scale, y0, rows, width);
    y0 += rows;
    return { svg, rows };
  });
  const jobs = svgs.map(({ svg, rows }) => strips.run({ svg, width, height: rows, fonts, opaque: layout.options.background === 'white' }));
  return assemblePng(width, height, await Promise.all(jobs));
}
