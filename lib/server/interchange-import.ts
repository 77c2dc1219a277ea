// Import of a map file, in any of the formats Pleit reads: its own JSON (pleit-map),
// Argdown, AIF (AIFdb nodeset, OVA/xAIF) and Kialo text. The file comes as the raw body
// or as multipart/form-data (`file`, and for Argdown `include` files its @include lines
// name); the format is the `format` parameter's, or told from the content. The file is
// read in full first, off the event loop when it is big (the sourcing pool's worker
// threads), so a file that fails creates nothing: 422 with every problem and its line,
// column or AIF node id; 413 past the limits. `preview=1` answers what would be created
// (counts, and the report of everything that could not be mapped) and creates nothing.
// Otherwise one operations batch writes the content, through the same spine as every
// edit: into a new PRIVATE map owned by the caller, or (merge) into an existing map the
// caller may edit, the role checked again inside the writing transaction.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import type { Actor } from './auth';
import { INTERCHANGE_LIMITS, type ImportProblem, type InterchangeFormat, type ParseOutcome, type ParsedImport, type ReportItem } from '@/lib/interchange/common';
import { IMPORT_LIMITS } from '@/lib/interchange/json';
import { creationOperations, freshIds, keyedState, type IdOf, type KeyedContent } from '@/lib/interchange/keyed';
import { detectFormat, readInterchange, type DetectedFormat, type ReadInput } from '@/lib/interchange/read';
import { writeText } from '@/lib/server/sourcing/text-route';
import { runJob } from '@/lib/server/sourcing/pool';
import { requireRole } from './access';
import { db } from './db';
import { HttpError, json, readBodyBytes } from './http';
import { createMap } from './map-admin';
import { parseMapFile } from './map-import';
import { applyBatch } from './maps';

export const IMPORT_FORMATS = ['json', 'argdown', 'aif', 'kialo'] as const;
export const importQuery = z.strictObject({
  format: z.enum(IMPORT_FORMATS, { message: 'format: one of json, argdown, aif, kialo (or leave it out: the format is told from the content).' }).optional(),
  preview: z.enum(['0', '1', 'true', 'false']).optional(),
  name: z.string().max(255).optional().describe("the file's name, for a raw body (a title where the file has none)"),
});

/** Files smaller than this are read on the request's own thread (a few milliseconds); bigger ones on a worker. */
export const INLINE_READ_BYTES = 64 * 1024;

const tooLarge = (detail: string, limit: number) => new HttpError(413, 'Import too large', detail, { type: 'urn:pleit:problem:import-too-large', limit });

interface ImportFile {
  bytes: Uint8Array;
  name?: string;
  includes: [string, string][];
}

const decoder = new TextDecoder('utf-8', { fatal: true });
function utf8(bytes: Uint8Array, name = 'The file'): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HttpError(422, 'Invalid file', `${name} is not UTF-8 text.`, { type: 'urn:pleit:problem:import-invalid', errors: [{ message: 'Not UTF-8 text.' }] });
  }
}

/** The file of the request: its raw body, or the `file` part of a multipart form (and its `include` parts). */
async function readFile(req: NextRequest): Promise<ImportFile> {
  const type = req.headers.get('content-type') ?? '';
  const media = type.split(';')[0].trim().toLowerCase();
  const limit = Math.max(IMPORT_LIMITS.bytes, INTERCHANGE_LIMITS.bytes);
  const raw = await readBodyBytes(req, limit, (l) => tooLarge(`A map file may be at most ${l} bytes.`, l));
  if (media === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(Buffer.from(raw), { headers: { 'content-type': type } }).formData();
    } catch {
      throw new HttpError(400, 'Bad request', 'The multipart form could not be read.', { type: 'urn:pleit:problem:import-format' });
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') throw new HttpError(422, 'Invalid input', 'The form needs the file in a part named "file".', { type: 'urn:pleit:problem:validation', errors: [{ path: 'file', message: 'Required.' }] });
    const includes: [string, string][] = [];
    for (const part of form.getAll('include')) {
      if (typeof part === 'string') continue;
      includes.push([part.name, utf8(new Uint8Array(await part.arrayBuffer()), part.name)]);
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || undefined, includes };
  }
  if (media && !/^(application\/(json|octet-stream|[a-z.+-]*\+json)|text\/[a-z.+-]+)$/.test(media)) {
    throw new HttpError(415, 'Unsupported media type', `Send the file itself as the body (or as the "file" part of multipart/form-data); ${media} is not read.`, { type: 'urn:pleit:problem:import-format' });
  }
  return { bytes: raw, name: req.nextUrl.searchParams.get('name') ?? undefined, includes: [] };
}

export interface ReadImport extends Omit<ParsedImport, 'format'> {
  format: DetectedFormat;
  language?: string;
}

/** A parse outcome's failure as the API answers it. */
function failure(format: DetectedFormat, out: Extract<ParseOutcome, { ok: false }>): never {
  if (out.tooLarge) throw tooLarge(out.problems[0]?.message ?? `Too many ${out.tooLarge.what}.`, out.tooLarge.limit);
  const where = (p: ImportProblem) => [p.file, p.line && `line ${p.line}`, p.column && `column ${p.column}`, p.node && `node ${p.node}`].filter(Boolean).join(', ');
  const detail = out.problems.slice(0, 5).map((p) => (where(p) ? `${where(p)}: ${p.message}` : p.message)).join('; ');
  throw new HttpError(422, 'Invalid file', `This ${format === 'aif' ? 'AIF' : format === 'kialo' ? 'Kialo' : format === 'argdown' ? 'Argdown' : ''} file cannot be imported: ${detail}`, {
    type: 'urn:pleit:problem:import-invalid',
    format,
    errors: out.problems,
  });
}

/** The file read into keyed content and a report, or the error that says why not. */
export async function readImport(file: ImportFile, format: DetectedFormat | undefined): Promise<ReadImport> {
  const text = utf8(file.bytes);
  const f = format ?? detectFormat(text, file.name);
  if (f === 'json') {
    const result = parseMapFile(file.bytes);
    if ('problem' in result) throw new ProblemResponse(result.problem);
    const d = result.doc;
    return { format: 'json', title: d.map.title, description: d.map.description, language: d.map.language, content: d, positioned: true, report: [], reportOmitted: 0 };
  }
  if (file.bytes.byteLength > INTERCHANGE_LIMITS.bytes) throw tooLarge(`An ${f} file may be at most ${INTERCHANGE_LIMITS.bytes} bytes.`, INTERCHANGE_LIMITS.bytes);
  const input: ReadInput = { format: f as InterchangeFormat, text, name: file.name, files: file.includes };
  // big files are read on a worker thread: the server's event loop keeps answering
  const out = file.bytes.byteLength < INLINE_READ_BYTES ? readInterchange(input) : await runJob('interchange', input);
  if (!out.ok) failure(f, out);
  return { ...out.value, format: f };
}

/** An answer made before the import (the JSON format's own problem+json). */
class ProblemResponse extends Error {
  constructor(readonly response: Response) {
    super('problem');
  }
}

const countsOf = (c: KeyedContent) => ({ nodes: c.nodes.length, relations: c.relations.length, tags: c.tags.length, sources: c.sources.length, citations: c.citations.length });
const reportOut = (r: ReadImport, more: { items: ReportItem[]; omitted: number } = { items: [], omitted: 0 }) => ({ items: [...(r.report as ReportItem[]), ...more.items], omitted: r.reportOmitted + more.omitted });

/** at most this many citations whose quote is not in their text are listed in a report (the rest are counted) */
const UNMATCHED_LISTED = 200;
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * What the texts written with an import found: citations whose quote is not in their
 * source's text. They are kept (a map may hold them: the text changed after the quote was
 * taken) and marked as not found, as the editor shows them; the report says which.
 */
async function unmatchedQuotes(mapId: string, sourceIds: Iterable<string>) {
  const written = new Set(sourceIds);
  if (!written.size) return { items: [], omitted: 0 };
  const rows = await db().citation.findMany({ where: { mapId, quoteStatus: 'mismatch', sourceId: { in: [...written] } }, select: { quote: true, node: { select: { title: true } } }, orderBy: { createdAt: 'asc' } });
  const items: ReportItem[] = rows.slice(0, UNMATCHED_LISTED).map((r) => ({ action: 'kept', message: `The quote “${short(r.quote)}” of “${short(r.node.title)}” is not in its source’s text: kept, marked as not found.` }));
  return { items, omitted: rows.length - items.length };
}

/** The content's operations with new ids; tags named like one of `existing` reuse it (a merge). */
function operationsFor(content: KeyedContent, existingTags: ReadonlyMap<string, string> = new Map()) {
  const fresh = freshIds(randomUUID);
  const reuse = new Map<string, string>();
  for (const t of content.tags) {
    const id = existingTags.get(t.name.toLocaleLowerCase());
    if (id) reuse.set(t.id, id);
  }
  const idOf: IdOf = (entity, key) => (entity === 'tag' && reuse.has(key) ? reuse.get(key)! : fresh(entity, key));
  const { state, texts } = keyedState({ ...content, tags: content.tags.filter((t) => !reuse.has(t.id)) }, idOf);
  // the reused tags are not created again, but nodes still name them
  const ops = creationOperations(state);
  return { operations: ops, texts };
}

async function writeTexts(mapId: string, actorId: string, texts: Map<string, string>, revision: number) {
  for (const [sourceId, text] of texts) revision = (await writeText(mapId, sourceId, actorId, 1, text, 'paste')).revision;
  return revision;
}

/** POST /api/v1/maps/import: a new map from the file (201), or its preview (200). */
export async function importNewMapRequest(req: NextRequest, actor: Actor): Promise<Response> {
  try {
    const q = importQueryOf(req);
    const read = await readImport(await readFile(req), q.format);
    const counts = countsOf(read.content);
    if (q.preview === '1' || q.preview === 'true') return json({ preview: true, format: read.format, title: read.title, counts, positioned: read.positioned, report: reportOut(read) });
    const map = await createMap(actor.id, { title: read.title, description: read.description, language: read.language ?? 'nl', visibility: 'PRIVATE' });
    try {
      const { operations, texts } = operationsFor(read.content);
      let revision = map.revision;
      if (operations.length) revision = (await applyBatch(map.id, actor.id, operations, 'OWNER')).revision;
      revision = await writeTexts(map.id, actor.id, texts, revision);
      const report = reportOut(read, await unmatchedQuotes(map.id, texts.keys()));
      return json({ map: { ...map, revision }, format: read.format, counts, report }, 201, { location: `/api/v1/maps/${map.id}` });
    } catch (e) {
      // a file that fails halfway leaves no map behind
      await db().argumentMap.deleteMany({ where: { id: map.id } });
      throw e;
    }
  } catch (e) {
    if (e instanceof ProblemResponse) return e.response;
    throw e;
  }
}

/** POST /api/v1/maps/{mapId}/import: the file's content added to a map (EDITOR and up), beside what is there. */
export async function importIntoMapRequest(req: NextRequest, actor: Actor, mapId: string): Promise<Response> {
  try {
    // at the door (404 for a private map one cannot see, 403 below EDITOR), and again in the writing transaction
    await requireRole(actor, mapId, 'EDITOR');
    const q = importQueryOf(req);
    const read = await readImport(await readFile(req), q.format);
    const counts = countsOf(read.content);
    if (q.preview === '1' || q.preview === 'true') return json({ preview: true, format: read.format, title: read.title, counts, positioned: read.positioned, report: reportOut(read) });
    const [tags, right, top] = await Promise.all([
      db().tag.findMany({ where: { mapId }, select: { id: true, name: true } }),
      db().node.aggregate({ where: { mapId }, _max: { x: true } }),
      db().node.aggregate({ where: { mapId }, _min: { y: true } }),
    ]);
    // the imported nodes go to the right of the map's own, in the file's arrangement
    const minX = read.content.nodes.reduce((m, n) => Math.min(m, n.x ?? 0), 0);
    const minY = read.content.nodes.reduce((m, n) => Math.min(m, n.y ?? 0), 0);
    const dx = right._max.x === null ? 0 : right._max.x + 400 - minX;
    const dy = (top._min.y ?? 0) - minY;
    const content = { ...read.content, nodes: read.content.nodes.map((n) => ({ ...n, x: (n.x ?? 0) + dx, y: (n.y ?? 0) + dy })) };
    const { operations, texts } = operationsFor(content, new Map(tags.map((t) => [t.name.toLocaleLowerCase(), t.id])));
    let revision = (await db().argumentMap.findUniqueOrThrow({ where: { id: mapId }, select: { revision: true } })).revision;
    if (operations.length) revision = (await applyBatch(mapId, actor.id, operations, 'EDITOR')).revision;
    revision = await writeTexts(mapId, actor.id, texts, revision);
    return json({ map: { id: mapId, revision }, format: read.format, counts, report: reportOut(read, await unmatchedQuotes(mapId, texts.keys())) });
  } catch (e) {
    if (e instanceof ProblemResponse) return e.response;
    throw e;
  }
}

function importQueryOf(req: NextRequest) {
  const parsed = importQuery.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}
