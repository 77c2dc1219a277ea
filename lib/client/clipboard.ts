// Copy and paste of parts of a map, within a map and between maps, and the copy of a
// whole map: what is copied travels as JSON; pasting recreates it with fresh ids. Tags
// are matched by name, sources reused when the target map already has them.
import type { ArgNode, Citation, Relation, Source, Tag } from '@/lib/argument/model';
import { editableFields, type MapState, type Operation } from '@/lib/argument/operations';
import { newId } from './ids';

export const CLIPBOARD_KIND = 'pleit/selection@1';

export interface ClipboardPayload {
  kind: typeof CLIPBOARD_KIND;
  mapId: string;
  nodes: ArgNode[];
  relations: Relation[];
  citations: Citation[];
  sources: Source[];
  tags: Tag[];
}

/** The selected nodes with the relations among them, their citations, sources and tags. */
export function copySelection(state: MapState, mapId: string, nodeIds: Iterable<string>): ClipboardPayload {
  const ids = new Set([...nodeIds].filter((id) => state.nodes.has(id)));
  const nodes = [...ids].map((id) => state.nodes.get(id)!);
  const relations: Relation[] = [];
  const between = [...state.relations.values()].filter((r) => r.type !== 'UNDERCUTS' && ids.has(r.fromId) && ids.has(r.toId));
  const copiedRelations = new Set(between.map((r) => r.id));
  relations.push(...between);
  for (const r of state.relations.values()) {
    if (r.type === 'UNDERCUTS' && ids.has(r.fromId) && copiedRelations.has(r.toId)) relations.push(r);
  }
  const citations = [...state.citations.values()].filter((c) => ids.has(c.nodeId));
  const sourceIds = new Set(citations.map((c) => c.sourceId));
  const tagIds = new Set(nodes.flatMap((n) => n.tagIds));
  return {
    kind: CLIPBOARD_KIND,
    mapId,
    nodes,
    relations,
    citations,
    sources: [...sourceIds].map((id) => state.sources.get(id)!).filter(Boolean),
    tags: [...tagIds].map((id) => state.tags.get(id)!).filter(Boolean),
  };
}

export function parseClipboard(text: string | null | undefined): ClipboardPayload | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as ClipboardPayload;
    return p && p.kind === CLIPBOARD_KIND && Array.isArray(p.nodes) ? p : null;
  } catch {
    return null;
  }
}

/** The whole map as a payload (for "make a copy"). */
export function copyAll(state: MapState, mapId: string): ClipboardPayload {
  return {
    kind: CLIPBOARD_KIND,
    mapId,
    nodes: [...state.nodes.values()],
    relations: [...state.relations.values()],
    citations: [...state.citations.values()],
    sources: [...state.sources.values()],
    tags: [...state.tags.values()],
  };
}

/**
 * The operations that recreate a payload in a map, shifted by `offset`: tags, sources,
 * nodes each followed by their citations (EVIDENCE needs one in the same batch), then
 * relations, and last the undercuts, which point at relations.
 */
export function pasteOps(
  state: MapState,
  mapId: string,
  p: ClipboardPayload,
  offset: { x: number; y: number },
): { ops: Operation[]; nodeIds: string[] } {
  const ops: Operation[] = [];
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    const id = newId();
    ids.set(old, id);
    return id;
  };
  const tagByName = new Map([...state.tags.values()].map((t) => [t.name.toLocaleLowerCase(), t.id]));
  for (const t of p.tags) {
    const existing = tagByName.get(t.name.toLocaleLowerCase());
    if (existing) ids.set(t.id, existing);
    else {
      ops.push({ op: 'create', entity: 'tag', id: fresh(t.id), data: { name: t.name, color: t.color } });
      tagByName.set(t.name.toLocaleLowerCase(), ids.get(t.id)!);
    }
  }
  for (const s of p.sources) {
    const same = p.mapId === mapId && state.sources.has(s.id) ? s.id : [...state.sources.values()].find((x) => x.title === s.title && x.type === s.type)?.id;
    if (same) ids.set(s.id, same);
    else ops.push({ op: 'create', entity: 'source', id: fresh(s.id), data: editableFields(s) } as Operation);
  }
  const citationsOf = new Map<string, Citation[]>();
  for (const c of p.citations) citationsOf.set(c.nodeId, [...(citationsOf.get(c.nodeId) ?? []), c]);
  const nodeIds: string[] = [];
  for (const n of p.nodes) {
    const id = fresh(n.id);
    nodeIds.push(id);
    ops.push({
      op: 'create',
      entity: 'node',
      id,
      data: {
        kind: n.kind,
        title: n.title,
        body: n.body,
        x: Math.round(n.x + offset.x),
        y: Math.round(n.y + offset.y),
        tagIds: n.tagIds.map((t) => ids.get(t)).filter((t): t is string => !!t),
      },
    });
    for (const c of citationsOf.get(n.id) ?? []) {
      const sourceId = ids.get(c.sourceId);
      if (!sourceId) continue;
      ops.push({ op: 'create', entity: 'citation', id: newId(), data: { nodeId: id, sourceId, quote: c.quote, locator: c.locator } });
    }
  }
  const relations = [...p.relations].sort((a, b) => Number(a.type === 'UNDERCUTS') - Number(b.type === 'UNDERCUTS'));
  for (const r of relations) {
    const fromId = ids.get(r.fromId);
    const toId = ids.get(r.toId);
    if (!fromId || !toId) continue;
    ops.push({ op: 'create', entity: 'relation', id: fresh(r.id), data: { type: r.type, fromId, toId } });
  }
  return { ops, nodeIds };
}
