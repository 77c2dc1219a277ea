// Brings the public demo map in line with its seed data, idempotently: entities get
// ids derived from their seed keys, and one batch creates what is missing, updates
// what differs and deletes what the seed no longer has. Running it twice changes
// nothing the second time.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutGraph, positionsFrom } from '@/lib/argument/layout';
import type { EntityType, Relation } from '@/lib/argument/model';
import { keyedState, type KeyedContent } from '@/lib/interchange/keyed';
import { collectionOf, editableFields, type MapState, type Operation } from '@/lib/argument/operations';
import { hashPassword } from './passwords';
import { db, writeTransaction } from './db';
import { createMap } from './map-admin';
import { applyBatch, loadState } from './maps';

import type { Author, NodeKind, RelationType, SourceType } from '@/lib/argument/model';

/** The shape of prisma/seed/migration-map.ts: entities named by keys instead of ids. */
export interface SeedMap {
  title: string;
  description: string;
  language: string;
  /**
   * fingerprint: the SHA-256 of the document's normalised text (lib/server/sourcing/fingerprint.ts),
   * which the project does not ship; start and end: each quote's offsets in that text.
   */
  sources: { key: string; type: SourceType; title: string; authors: Author[]; container?: string; publisher?: string; date?: string; url?: string; pages?: string; language: string; fingerprint?: string }[];
  tags: { key: string; name: string; color: string }[];
  nodes: { key: string; kind: NodeKind; title: string; body?: string; tags: string[]; citations: { source: string; quote: string; paragraph: number; start?: number; end?: number }[] }[];
  /**
   * across: set on every relation whose ends cite different seed documents, as
   * "<from>→<to>" by document number (for an UNDERCUTS, the document of the conclusion
   * of the relation it undercuts); tests/unit/seed-map.test.ts checks it both ways.
   */
  relations: { key: string; type: RelationType; from: string; to: string; across?: string }[];
}

export const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';
export const DEMO_OWNER_EMAIL = 'demo@pleit.invalid';

/** A stable UUID (version 5 layout) for a seed key. */
export function seedId(kind: string, key: string): string {
  const h = createHash('sha1').update(`pleit-seed:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The seed as keyed content: its keys are the entities' ids (citations: `node#k`). */
export function seedContent(seed: SeedMap): KeyedContent {
  const themeColumn = new Map(seed.tags.map((t, k) => [t.key, k]));
  const rowInColumn = new Map<number, number>();
  const relationKeys = new Set(seed.relations.map((r) => r.key));
  return {
    tags: seed.tags.map((t) => ({ id: t.key, name: t.name, color: t.color })),
    sources: seed.sources.map(({ key, ...s }) => ({ id: key, ...s })),
    nodes: seed.nodes.map((n) => {
      const column = themeColumn.get(n.tags[0] ?? '') ?? seed.tags.length;
      const row = rowInColumn.get(column) ?? 0;
      rowInColumn.set(column, row + 1);
      return { id: n.key, kind: n.kind, title: n.title, body: n.body ?? '', x: column * 420, y: row * 140, tagIds: n.tags };
    }),
    // an undercut's `to` names a relation; the seed allows no undercut of a node
    relations: seed.relations.filter((r) => r.type !== 'UNDERCUTS' || relationKeys.has(r.to)).map((r) => ({ id: r.key, type: r.type, fromId: r.from, toId: r.to })),
    citations: seed.nodes.flatMap((n) =>
      n.citations.map((c, k) => ({
        id: `${n.key}#${k}`,
        nodeId: n.key,
        sourceId: c.source,
        quote: c.quote,
        // the offsets in the original text (the fingerprint's), where the seed knows them
        locator: c.start !== undefined && c.end !== undefined ? { paragraph: c.paragraph, start: c.start, end: c.end } : { paragraph: c.paragraph },
      })),
    ),
  };
}

/** The seed as the map state it should become (positions are laid out in a simple grid). */
export function desiredState(seed: SeedMap): MapState {
  return keyedState(seedContent(seed), seedId).state;
}

/**
 * The seed laid out as the editor's "automatic layout" would lay it out (elkjs, node
 * heights estimated from the titles: 240 px wide cards, about 28 characters a line),
 * so the demo map opens as a diagram rather than a grid. Deterministic: ELK's layout
 * of the same input is the same.
 */
export async function laidOut(state: MapState): Promise<MapState> {
  const size = (id: string) => ({ width: 240, height: 64 + 19 * Math.ceil((state.nodes.get(id)?.title.length ?? 0) / 28) });
  const positions = positionsFrom(await new ELK().layout(layoutGraph(state, size)), state);
  for (const [id, p] of positions) state.nodes.set(id, { ...state.nodes.get(id)!, x: p.x, y: p.y });
  return state;
}

const ORDER: EntityType[] = ['tag', 'source', 'node', 'relation', 'citation'];
const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

/** The operations that turn `current` into `desired`; positions users moved are kept. */
export function syncOperations(current: MapState, desired: MapState): Operation[] {
  const creates: Operation[] = [];
  const updates: Operation[] = [];
  const deletes: Operation[] = [];
  for (const entity of ORDER) {
    const want = collectionOf(desired, entity);
    const have = collectionOf(current, entity);
    const pending = [...want.values()].filter((e) => !have.has(e.id));
    // relations that undercut relations go after their targets
    pending.sort((a, b) => Number(want.has((a as Relation).toId ?? '')) - Number(want.has((b as Relation).toId ?? '')));
    for (const e of pending) creates.push({ op: 'create', entity, id: e.id, data: editableFields(e) } as Operation);
    for (const e of want.values()) {
      const old = have.get(e.id);
      if (!old) continue;
      const data = editableFields(e);
      const oldData = editableFields(old);
      if (entity === 'node') {
        data.x = oldData.x;
        data.y = oldData.y;
        // a node's tags are a set: the database may list them in another order
        const sorted = (ids: unknown) => JSON.stringify([...(ids as string[])].sort());
        if (sorted(data.tagIds) === sorted(oldData.tagIds)) data.tagIds = oldData.tagIds;
      }
      if (!same(data, oldData)) updates.push({ op: 'update', entity, id: e.id, version: old.version, data } as Operation);
    }
  }
  for (const entity of [...ORDER].reverse()) {
    const want = collectionOf(desired, entity);
    for (const e of collectionOf(current, entity).values()) {
      if (!want.has(e.id)) deletes.push({ op: 'delete', entity, id: e.id, version: e.version });
    }
  }
  return [...creates, ...updates, ...deletes];
}

async function demoOwner(): Promise<string> {
  const existing = await db().user.findUnique({ where: { email: DEMO_OWNER_EMAIL } });
  if (existing) return existing.id;
  // nobody signs in as the demo owner: its password is random and thrown away
  const user = await db().user.create({
    data: { email: DEMO_OWNER_EMAIL, name: 'Pleit', passwordHash: await hashPassword(randomBytes(32).toString('hex')) },
  });
  return user.id;
}

export async function seedDemoMap(seed: SeedMap, opts: { ifEmpty?: boolean } = {}): Promise<{ created: boolean; operations: number }> {
  const exists = await db().argumentMap.findUnique({ where: { id: DEMO_MAP_ID } });
  // --if-empty (npm start): a demo map that has nodes is left alone; one left empty by a
  // first start that failed halfway is filled
  if (exists && opts.ifEmpty && (await db().node.count({ where: { mapId: DEMO_MAP_ID } })) > 0) return { created: false, operations: 0 };
  const ownerId = await demoOwner();
  if (!exists) {
    await createMap(ownerId, { title: seed.title, description: seed.description, language: seed.language, visibility: 'PUBLIC' }, DEMO_MAP_ID);
  }
  const current = await writeTransaction((tx) => loadState(tx, DEMO_MAP_ID));
  // new nodes get laid-out positions; nodes already there keep theirs (see syncOperations)
  const ops = syncOperations(current, await laidOut(desiredState(seed)));
  if (ops.length) await applyBatch(DEMO_MAP_ID, ownerId, ops);
  return { created: !exists, operations: ops.length };
}
