// Pleit's own JSON format (pleit-map) as an import reads it: checked in full first (its
// JSON, its shape, its references, the domain's rules: every problem with its path), so
// a file that fails creates nothing. The import itself, of this and the other formats,
// is lib/server/interchange-import.ts.
import 'server-only';
import { IMPORT_LIMITS, MAP_FORMAT, mapDocument, type MapDocument } from '@/lib/interchange/json';
import { HttpError, zodProblem } from './http';

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
