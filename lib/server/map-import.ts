// Import of a map file as a new map owned by the importer. The file is checked in full
// first (its JSON, its shape, its references, the domain's rules: every problem with its
// path), so a file that fails creates nothing. Then the map is created and its content
// written in one operations batch, through the same spine as every edit; stored source
// texts follow, each checking its citations. Only Pleit's own JSON format so far: the
// `format` parameter is where other formats (#12) plug in.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { IMPORT_LIMITS, importOperations, MAP_FORMAT, mapDocument, type MapDocument } from '@/lib/interchange/json';
import { writeText } from '@/lib/server/sourcing/text-route';
import { db } from './db';
import { HttpError, readBodyBytes, zodProblem } from './http';
import { createMap } from './map-admin';
import { applyBatch } from './maps';

export const IMPORT_FORMATS = ['json'] as const;
export const importQuery = z.strictObject({
  format: z
    .enum(IMPORT_FORMATS, { message: `format: only "json" (Pleit's own format, ${MAP_FORMAT}) can be imported so far.` })
    .optional(),
});

const tooLarge = (detail: string, limit: number) => new HttpError(413, 'Import too large', detail, { type: 'urn:pleit:problem:import-too-large', limit });

/** The file as a checked document, or the answer that says what is wrong with it. */
export function parseMapFile(raw: Uint8Array): { doc: MapDocument } | { problem: Response } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new HttpError(415, 'Unsupported file', `This is not a JSON file (${(e as Error).message}). Pleit imports its own JSON format (${MAP_FORMAT}, see /api/v1/schemas/map.json).`, {
      type: 'urn:pleit:problem:import-format',
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpError(415, 'Unsupported file', `This JSON is not a Pleit map: expected an object with "format": "${MAP_FORMAT}".`, { type: 'urn:pleit:problem:import-format' });
  }
  const v = value as Record<string, unknown>;
  const count = (k: string) => (Array.isArray(v[k]) ? (v[k] as unknown[]).length : 0);
  const nodes = count('nodes');
  if (nodes > IMPORT_LIMITS.nodes) throw tooLarge(`A map file may hold at most ${IMPORT_LIMITS.nodes} nodes; this one has ${nodes}.`, IMPORT_LIMITS.nodes);
  const entities = ['nodes', 'relations', 'tags', 'sources', 'citations'].reduce((n, k) => n + count(k), 0);
  if (entities > IMPORT_LIMITS.entities) {
    throw tooLarge(`A map file may hold at most ${IMPORT_LIMITS.entities} nodes, relations, tags, sources and citations together; this one has ${entities}.`, IMPORT_LIMITS.entities);
  }
  const parsed = mapDocument.safeParse(value);
  if (!parsed.success) return { problem: zodProblem(parsed.error, 'Invalid map file') };
  return { doc: parsed.data };
}

export async function importMapRequest(req: NextRequest, actorId: string): Promise<Response> {
  const media = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (media && !/^(application\/(json|octet-stream|[a-z.+-]*\+json)|text\/plain)$/.test(media)) {
    throw new HttpError(415, 'Unsupported media type', `Send the file itself as the body (application/json); ${media} is not read.`, { type: 'urn:pleit:problem:import-format' });
  }
  const raw = await readBodyBytes(req, IMPORT_LIMITS.bytes, (limit) => tooLarge(`A map file may be at most ${limit} bytes.`, limit));
  const result = parseMapFile(raw);
  if ('problem' in result) return result.problem;
  const map = await importDocument(result.doc, actorId);
  return new Response(JSON.stringify({ map, counts: countsOf(result.doc) }), {
    status: 201,
    headers: { 'content-type': 'application/json', location: `/api/v1/maps/${map.id}`, 'cache-control': 'no-store' },
  });
}

export const countsOf = (d: MapDocument) => ({ nodes: d.nodes.length, relations: d.relations.length, tags: d.tags.length, sources: d.sources.length, citations: d.citations.length });

/** Creates the map and its content; if writing fails halfway, the new map goes again. */
export async function importDocument(doc: MapDocument, actorId: string) {
  const map = await createMap(actorId, { title: doc.map.title, description: doc.map.description, language: doc.map.language, visibility: 'PRIVATE' });
  try {
    const { operations, texts } = importOperations(doc, randomUUID);
    let revision = map.revision;
    if (operations.length) revision = (await applyBatch(map.id, actorId, operations, 'OWNER')).revision;
    for (const [sourceId, text] of texts) revision = (await writeText(map.id, sourceId, actorId, 1, text, 'paste')).revision;
    return { ...map, revision };
  } catch (e) {
    await db().argumentMap.deleteMany({ where: { id: map.id } });
    throw e;
  }
}
