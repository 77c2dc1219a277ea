// Drawn PNG and PDF exports, kept for a while and shared.
//
// A map's PNG linked from a course page as <img src> is asked for by every student who
// opens the page, often at the same moment. Without this each request would draw it again
// (seconds of CPU), and past the export queue (lib/server/export-png.ts) the rest would get
// 503. So requests for the same drawing (the same map at the same revision, with the same
// options) wait for one drawing and share it, and a drawing is kept, within a memory
// budget, until the map changes or newer ones push it out. Each request has been
// authorized before it gets here (loadForExport); the key holds nothing that depends on
// who asks, because the drawing does not.
import 'server-only';
import { createHash } from 'node:crypto';
import { envCount } from './sourcing/pool';
import { HttpError } from './http';

export const EXPORT_CACHE_LIMITS = {
  /** bytes of drawn exports kept at most (PLEIT_EXPORT_CACHE_MB, 0 keeps none) */
  bytes: envCount('PLEIT_EXPORT_CACHE_MB', 96, 0) * 1024 * 1024,
} as const;

interface Kept {
  bytes: Buffer;
  mapId: string;
  revision: number;
}
/** the map a drawing is of */
interface Drawn {
  id: string;
  revision: number;
}

export class ExportCache {
  private kept = new Map<string, Kept>(); // least recently used first
  private size = 0;
  private drawing = new Map<string, Promise<Buffer>>();
  hits = 0;
  draws = 0;

  constructor(private readonly budget: number) {}

  /**
   * The drawing under `key`: kept, being drawn for another request (then shared), or drawn
   * now by `draw`. A drawing that fails is not kept; one given up because its requester
   * left (499) is drawn again for the others still waiting.
   */
  async get(key: string, of: Drawn, draw: () => Promise<Buffer>): Promise<Buffer> {
    const kept = this.kept.get(key);
    if (kept) {
      this.kept.delete(key);
      this.kept.set(key, kept);
      this.hits++;
      return kept.bytes;
    }
    const running = this.drawing.get(key);
    if (running) {
      try {
        const bytes = await running;
        this.hits++;
        return bytes;
      } catch (e) {
        if (e instanceof HttpError && e.status === 499) return this.get(key, of, draw);
        throw e;
      }
    }
    // (the entry goes before anyone waiting hears the outcome, so a retry draws anew)
    const started = draw()
      .then((bytes) => {
        this.keep(key, of, bytes);
        return bytes;
      })
      .finally(() => this.drawing.delete(key));
    this.drawing.set(key, started);
    this.draws++;
    return started;
  }

  private keep(key: string, of: Drawn, bytes: Buffer) {
    // drawings of the map at an older revision will not be asked for again; a drawing
    // finished after the map changed (and was drawn anew) is not kept either
    for (const [k, v] of this.kept) {
      if (v.mapId !== of.id) continue;
      if (v.revision > of.revision) return;
      if (v.revision < of.revision) this.drop(k, v);
    }
    // one drawing may take at most half the budget, so a large one does not empty it alone
    if (bytes.length > this.budget / 2) return;
    this.kept.set(key, { bytes, mapId: of.id, revision: of.revision });
    this.size += bytes.length;
    for (const [k, v] of this.kept) {
      if (this.size <= this.budget) break;
      this.drop(k, v);
    }
  }

  private drop(key: string, kept: Kept) {
    this.kept.delete(key);
    this.size -= kept.bytes.length;
  }

  stats() {
    return { kept: this.kept.size, bytes: this.size, drawing: this.drawing.size, hits: this.hits, draws: this.draws };
  }
}

/**
 * The key of a drawing: what it is drawn from (the map at its revision, its title and
 * language) and how (the options, a selection in any order; not `download`, which only
 * changes a header).
 */
export function exportKey(kind: 'png' | 'pdf', map: { id: string; revision: number; title: string; language: string }, options: Record<string, unknown>): string {
  const canonical = Object.keys(options)
    .sort()
    .filter((k) => k !== 'download' && options[k] !== undefined)
    .map((k) => {
      const v = options[k];
      return [k, v instanceof Set || Array.isArray(v) ? [...v].map(String).sort() : v];
    });
  return createHash('sha256').update(JSON.stringify([kind, map.id, map.revision, map.title, map.language, canonical])).digest('base64url');
}

// one per server process (kept on globalThis: Next may load this module more than once)
const g = globalThis as { pleitExportCache?: ExportCache };
export const exportCache = (g.pleitExportCache ??= new ExportCache(EXPORT_CACHE_LIMITS.bytes));
