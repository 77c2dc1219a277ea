// GET /api/v1/maps/{mapId}/bibliography: the map's sources as a formatted
// bibliography or as data for reference managers, readable by whoever may read the map
// (references are public where the map is; the sources' texts are not involved).
import 'server-only';
import type { NextRequest } from 'next/server';
import { bibliographyQuery } from '@/lib/api/schemas';
import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { readQuery } from '@/lib/server/http';
import { sourceOut } from '@/lib/server/maps';
import { BIBLIOGRAPHY_FORMATS, EXPORT_FORMATS, FORMAT_IDS, STYLE_IDS, type BibliographyFormat, type BibliographyLanguage, type BibliographyStyle } from '@/lib/sourcing/bibliography-styles';
import { sourcesToCsl } from '@/lib/sourcing/csl';
import { busy, runJobOrAnswer } from './pool';
import { downloadHeader } from '../download-header';

interface BibliographyRequest {
  style: BibliographyStyle;
  format: BibliographyFormat;
  language: BibliographyLanguage;
}

/**
 * Bibliographies already formatted, by map, revision, style, format and language. A
 * map's revision advances with every change to it, so an entry is never stale; the
 * least recently used go when there are too many or they take too much memory.
 */
export const BIBLIOGRAPHY_CACHE = { entries: 200, chars: 32 * 1024 * 1024 } as const;
/** different bibliographies of one map being formatted at once; one more is answered 503 */
export const BIBLIOGRAPHY_JOBS_PER_MAP = 2;

interface Formatting {
  cache: Map<string, string>;
  chars: number;
  /** the jobs running, by key: identical requests wait for the same one */
  running: Map<string, Promise<string>>;
  perMap: Map<string, number>;
}
// one cache per server process (Next may load this module more than once)
const g = globalThis as { pleitBibliographies?: Formatting };
const state = (g.pleitBibliographies ??= { cache: new Map(), chars: 0, running: new Map(), perMap: new Map() });

function cached(key: string): string | undefined {
  const body = state.cache.get(key);
  if (body === undefined) return undefined;
  // the most recently used last
  state.cache.delete(key);
  state.cache.set(key, body);
  return body;
}

function remember(key: string, body: string) {
  if (body.length > BIBLIOGRAPHY_CACHE.chars || state.cache.has(key)) return;
  state.cache.set(key, body);
  state.chars += body.length;
  for (const [k, v] of state.cache) {
    if (state.cache.size <= BIBLIOGRAPHY_CACHE.entries && state.chars <= BIBLIOGRAPHY_CACHE.chars) break;
    state.cache.delete(k);
    state.chars -= v.length;
  }
}

const sourceColumns = { id: true, type: true, title: true, authors: true, container: true, publisher: true, date: true, pages: true, url: true, accessed: true, language: true, fingerprint: true, version: true } as const;

/** The map's bibliography, formatted on a worker thread (CSL-JSON, which is only the data, here). */
async function format(mapId: string, revision: number, key: string, request: BibliographyRequest): Promise<string> {
  const rows = await db().source.findMany({ where: { mapId }, select: sourceColumns, orderBy: { createdAt: 'asc' } });
  const items = sourcesToCsl(rows.map((r) => sourceOut(r, false)));
  const body = request.format === 'csl-json' ? `${JSON.stringify(items, null, 2)}\n` : await runJobOrAnswer('bibliography', { items, request });
  // kept only when the map did not change while its sources were read
  const now = await db().argumentMap.findUnique({ where: { id: mapId }, select: { revision: true } });
  if (now?.revision === revision) remember(key, body);
  return body;
}

/** From the cache, from the job already formatting it, or from a new job (a few per map at most). */
function bibliographyOf(mapId: string, revision: number, request: BibliographyRequest): Promise<string> {
  const key = JSON.stringify([mapId, revision, EXPORT_FORMATS.includes(request.format) ? '' : request.style, request.format, request.language]);
  const done = cached(key);
  if (done !== undefined) return Promise.resolve(done);
  const running = state.running.get(key);
  if (running) return running;
  const jobs = state.perMap.get(mapId) ?? 0;
  if (jobs >= BIBLIOGRAPHY_JOBS_PER_MAP) throw busy('Other bibliographies of this map are being formatted; try again in a few seconds.');
  state.perMap.set(mapId, jobs + 1);
  const job = format(mapId, revision, key, request).finally(() => {
    state.running.delete(key);
    const left = (state.perMap.get(mapId) ?? 1) - 1;
    if (left) state.perMap.set(mapId, left);
    else state.perMap.delete(mapId);
  });
  state.running.set(key, job);
  return job;
}


export async function getBibliography(req: NextRequest, mapId: string): Promise<Response> {
  const access = await requireRead(await getActor(req), mapId);
  const q = readQuery(req, bibliographyQuery);
  const style = q.style as (typeof STYLE_IDS)[number];
  const format = q.format as (typeof FORMAT_IDS)[number];
  const language: BibliographyLanguage = q.lang ?? (access.map.language.startsWith('en') ? 'en' : 'nl');
  const body = await bibliographyOf(mapId, access.map.revision, { style, format, language });
  const { contentType, extension } = BIBLIOGRAPHY_FORMATS[format];
  const isExport = EXPORT_FORMATS.includes(format);
  const suffix = `-bibliography${isExport ? '' : `-${style}`}.${extension}`;
  const attachment = isExport || q.download === '1' || q.download === 'true';
  const headers: Record<string, string> = {
    'content-type': contentType,
    'content-disposition': downloadHeader(access.map.title, suffix, attachment),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  // the entries are the users' words: citeproc escapes them, and the page may run nothing anyway
  if (format === 'html') headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'";
  return new Response(body, { status: 200, headers });
}
