// Pleit's lossless JSON format for a whole map ("pleit-map", version 1): the map's
// title, description and language, its tags, sources (with their stored text), nodes
// (with positions), relations (undercuts included: their toId names a relation),
// and citations. Ids are the file's own: an import gives every entity a new id and
// keeps the references. Pure: the server exports and imports through these functions;
// GET /api/v1/schemas/map.json publishes the JSON Schema made from `mapDocument`.
import { z } from 'zod';
import { citationCreate, LIMITS, nodeCreate, relationCreate, sourceCreate, tagCreate } from '@/lib/api/schemas';
import type { ArgNode, Citation, Relation, Source, Tag } from '@/lib/argument/model';
import type { MapState, Operation } from '@/lib/argument/operations';
import { creationOperations, freshIds, keyedState } from './keyed';
import { checkMapState } from '@/lib/argument/rules';
import { SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';

export const MAP_FORMAT = 'pleit-map';
export const MAP_FORMAT_VERSION = 1;

/** What one import may hold (the API answers 413 past these; README, "JSON format"). */
export const IMPORT_LIMITS = {
  bytes: 16 * 1024 * 1024,
  nodes: 5000,
  /** nodes, relations, tags, sources and citations together */
  entities: 8000,
} as const;

const fileId = z.string().min(1, 'Required.').max(100, 'At most 100 characters.');

/** One problem of a file, where it is. */
export interface FileIssue {
  path: (string | number)[];
  message: string;
}

const listOf = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>) : {})) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The file's ids and references: every id once, and every reference to something the file
 * holds. It reads what it can of any value, so that a file whose shape is wrong elsewhere
 * (a kind misspelt, a number as a string) has these problems reported with the others.
 */
export function referenceIssues(file: unknown): FileIssue[] {
  const doc = file && typeof file === 'object' ? (file as Record<string, unknown>) : {};
  const out: FileIssue[] = [];
  const issue = (path: (string | number)[], message: string) => out.push({ path, message });
  const ids = (at: string) => {
    const seen = new Set<string>();
    listOf(doc[at]).forEach((e, i) => {
      const id = str(e.id);
      if (id === null) return;
      if (seen.has(id)) issue([at, i, 'id'], `The id "${id}" occurs twice.`);
      seen.add(id);
    });
    return seen;
  };
  const tags = ids('tags');
  const sources = ids('sources');
  const nodes = ids('nodes');
  const relations = ids('relations');
  ids('citations');
  const names = new Set<string>();
  listOf(doc.tags).forEach((t, i) => {
    const name = str(t.name);
    if (name === null) return;
    const key = name.trim().toLocaleLowerCase();
    if (names.has(key)) issue(['tags', i, 'name'], `Two tags are named "${name.trim()}".`);
    names.add(key);
  });
  const missing = (path: (string | number)[], what: string, id: string) => issue(path, `No ${what} with id "${id}" in the file.`);
  const refer = (path: (string | number)[], what: string, known: Set<string>, v: unknown) => {
    const id = str(v);
    if (id !== null && !known.has(id)) missing(path, what, id);
  };
  listOf(doc.nodes).forEach((n, i) => (Array.isArray(n.tagIds) ? n.tagIds : []).forEach((t, k) => refer(['nodes', i, 'tagIds', k], 'tag', tags, t)));
  listOf(doc.relations).forEach((r, i) => {
    const id = str(r.id);
    if (id !== null && nodes.has(id)) issue(['relations', i, 'id'], `The id "${id}" is also a node's.`);
    refer(['relations', i, 'fromId'], 'node', nodes, r.fromId);
    if (r.type === 'UNDERCUTS') refer(['relations', i, 'toId'], 'relation', relations, r.toId);
    else refer(['relations', i, 'toId'], 'node', nodes, r.toId);
  });
  listOf(doc.citations).forEach((c, i) => {
    refer(['citations', i, 'nodeId'], 'node', nodes, c.nodeId);
    refer(['citations', i, 'sourceId'], 'source', sources, c.sourceId);
  });
  return out;
}

export const mapDocument = z
  .strictObject({
    format: z.literal(MAP_FORMAT).describe('Always "pleit-map".'),
    version: z.literal(MAP_FORMAT_VERSION).describe('The format version: 1.'),
    exportedAt: z.string().max(40).optional().describe('When the file was written (ISO 8601); ignored on import.'),
    map: z.strictObject({
      title: z.string().trim().min(1, 'Required.').max(LIMITS.mapTitle),
      description: z.string().max(LIMITS.mapDescription).default(''),
      language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag like nl or en-GB.').default('nl'),
    }),
    tags: z.array(tagCreate.extend({ id: fileId })).default([]),
    sources: z
      .array(
        sourceCreate.extend({
          id: fileId,
          text: z.string().max(SOURCE_TEXT_LIMITS.textChars).nullable().default(null).describe("The source's stored text, or null."),
        }),
      )
      .default([]),
    nodes: z.array(nodeCreate.extend({ id: fileId })).max(IMPORT_LIMITS.nodes).default([]),
    relations: z.array(relationCreate.extend({ id: fileId }).describe('toId names a node, or for UNDERCUTS a relation.')).default([]),
    citations: z.array(citationCreate.omit({ quoteStatus: true }).extend({ id: fileId })).default([]),
  })
  .superRefine((doc, ctx) => {
    // every id once, and every reference to something the file holds
    const broken = referenceIssues(doc);
    for (const i of broken) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
    if (broken.length) return;
    // the domain's rules (which kinds a relation may join, no duplicates, evidence cited)
    const where = new Map<string, (string | number)[]>();
    doc.nodes.forEach((n, i) => where.set(n.id, ['nodes', i]));
    doc.relations.forEach((r, i) => where.set(r.id, ['relations', i]));
    for (const v of checkMapState({ nodes: doc.nodes as ArgNode[], relations: doc.relations as Relation[], citations: doc.citations as Citation[] })) {
      ctx.addIssue({ code: 'custom', path: where.get(v.entityId ?? '') ?? [], message: `${v.message} (rule ${v.rule})` });
    }
  });

export type MapDocument = z.output<typeof mapDocument>;

/** The JSON Schema of the format (draft 2020-12), as GET /api/v1/schemas/map.json publishes it. */
export function mapJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(mapDocument, { io: 'input', unrepresentable: 'any' }),
    $id: '/api/v1/schemas/map.json',
    title: 'Pleit map (pleit-map, version 1)',
    description: 'A whole argument map, lossless: import it with POST /api/v1/maps/import.',
  };
}

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

/** A map as a document. `texts` holds the stored text of sources that have one. */
export function exportMapDocument(
  map: { title: string; description: string; language: string },
  state: MapState,
  texts: ReadonlyMap<string, string>,
  exportedAt = new Date().toISOString(),
): MapDocument {
  return {
    format: MAP_FORMAT,
    version: MAP_FORMAT_VERSION,
    exportedAt,
    map: { title: map.title, description: map.description, language: map.language },
    tags: [...state.tags.values()].map((t: Tag) => pick(t, ['id', 'name', 'color'])),
    sources: [...state.sources.values()].map((s: Source) => ({
      ...pick(s, ['id', 'type', 'title']),
      authors: s.authors as MapDocument['sources'][number]['authors'],
      ...pick(s, ['container', 'publisher', 'date', 'pages', 'url', 'accessed', 'language']),
      // the original text's fingerprint (the demo's sources): a copy can still recognise it
      ...(s.fingerprint ? { fingerprint: s.fingerprint } : {}),
      text: texts.get(s.id) ?? null,
    })),
    nodes: [...state.nodes.values()].map((n) => pick(n, ['id', 'kind', 'title', 'body', 'x', 'y', 'tagIds'])),
    relations: [...state.relations.values()].map((r) => pick(r, ['id', 'type', 'fromId', 'toId'])),
    citations: [...state.citations.values()].map((c) => pick(c, ['id', 'nodeId', 'sourceId', 'quote', 'locator'])),
  };
}

/**
 * The operations that create a document's content in an empty map, every entity with
 * a new id from `newId`, in an order the operations accept (tags and sources first,
 * undercuts after the relations they attack). Also the new id of every source with text.
 */
export function importOperations(doc: MapDocument, newId: () => string): { operations: Operation[]; texts: Map<string, string> } {
  const { state, texts } = keyedState(doc, freshIds(newId));
  return { operations: creationOperations(state), texts };
}

/** JSON with every object's keys sorted: the same content, the same text. */
const stableJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, (x as Record<string, unknown>)[k]])) : x));

/**
 * A document in a form where two exports of the same content compare equal: the
 * timestamp dropped, every id replaced by a name made from what the entity holds, and
 * every list sorted by it. (A store may hand entities created together in any order.)
 */
export function canonicalDocument(doc: MapDocument): unknown {
  const name = new Map<string, string>();
  const key = (p: string, id: string) => name.get(`${p}:${id}`) ?? `?${id}`;
  const named = <T extends { id: string }>(p: string, items: readonly T[], content: (e: T) => unknown) => {
    const rows = items.map((e) => ({ e, k: stableJson(content(e)) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
    // equal content gets a counter, so each name stays unique
    const seen = new Map<string, number>();
    return rows.map(({ e, k }) => {
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      name.set(`${p}:${e.id}`, `${p}:${k}#${n}`);
      return { ...content(e) as object, id: `${p}:${k}#${n}` };
    });
  };
  const tags = named('t', doc.tags, ({ id: _id, ...t }) => t);
  const sources = named('s', doc.sources, ({ id: _id, ...s }) => s);
  const nodes = named('n', doc.nodes, ({ id: _id, tagIds, ...n }) => ({ ...n, tagIds: (tagIds ?? []).map((t) => key('t', t)).sort() }));
  const plain = named('r', doc.relations.filter((r) => r.type !== 'UNDERCUTS'), ({ id: _id, ...r }) => ({ ...r, fromId: key('n', r.fromId), toId: key('n', r.toId) }));
  // undercuts by depth: those on plain relations, then those on undercuts
  const undercuts: unknown[] = [];
  let pending = doc.relations.filter((r) => r.type === 'UNDERCUTS');
  while (pending.length) {
    const ready = pending.filter((r) => name.has(`r:${r.toId}`));
    if (!ready.length) break;
    undercuts.push(...named('r', ready, ({ id: _id, ...r }) => ({ ...r, fromId: key('n', r.fromId), toId: key('r', r.toId) })));
    pending = pending.filter((r) => !ready.includes(r));
  }
  const citations = named('c', doc.citations, ({ id: _id, ...c }) => ({ ...c, nodeId: key('n', c.nodeId), sourceId: key('s', c.sourceId) }));
  return { format: doc.format, version: doc.version, map: doc.map, tags, sources, nodes, relations: [...plain, ...undercuts], citations };
}
