// Pleit's own JSON format (pleit-map) as an import reads it: checked in full first (its
// JSON, its shape, its references, the domain's rules: every problem with its path), so
// a file that fails creates nothing. The import itself, of this and the other formats,
// is lib/server/interchange-import.ts.
import 'server-only';
import { z } from 'zod';
import { IMPORT_LIMITS, MAP_FORMAT, mapDocument, referenceIssues, type MapDocument } from '@/lib/interchange/json';
import { jsonErrorOffset, lineColumn } from '@/lib/interchange/read';
import { HttpError, zodProblem } from './http';

const tooLarge = (detail: string, limit: number) => new HttpError(413, 'Import too large', detail, { type: 'urn:pleit:problem:import-too-large', limit });

/** The file as a checked document, or the answer that says what is wrong with it. */
export function parseMapFile(raw: Uint8Array): { doc: MapDocument } | { problem: Response } {
  let value: unknown;
  const text = Buffer.from(raw).toString('utf8');
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // where it goes wrong, as a line and column (a linear scan, only for a file that fails)
    const at = /position (\d+)/.exec((e as Error).message);
    const offset = at ? Number(at[1]) + (text.charCodeAt(0) === 0xfeff ? 1 : 0) : jsonErrorOffset(text);
    const where = offset !== null ? lineColumn(text, offset) : null;
    throw new HttpError(415, 'Unsupported file', `This is not a JSON file (${where ? `line ${where.line}, column ${where.column}: ` : ''}${(e as Error).message}). Pleit imports its own JSON format (${MAP_FORMAT}, see /api/v1/schemas/map.json).`, {
      type: 'urn:pleit:problem:import-format',
      ...(where ?? {}),
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
  if (!parsed.success) {
    // a file whose shape is wrong is not checked further by the schema: its ids and
    // references are read from what it holds, so that their problems are reported too
    const said = new Set(parsed.error.issues.map((i) => `${i.path.join('.')}\n${i.message}`));
    const more = referenceIssues(value).filter((i) => !said.has(`${i.path.join('.')}\n${i.message}`));
    const issues = [...parsed.error.issues, ...more.map((i) => ({ code: 'custom' as const, path: i.path, message: i.message, input: undefined }))];
    return { problem: zodProblem(new z.ZodError(issues), 'Invalid map file') };
  }
  return { doc: parsed.data };
}
