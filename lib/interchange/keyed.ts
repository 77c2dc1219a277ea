// Keyed import: a map's content with every entity named by a key of its own (a seed
// key, a file's id, an Argdown title, an AIF nodeID), turned into a map state whose ids
// come from one function of (entity, key), and into the operations that create it in
// an empty (or an existing) map in an order the spine accepts. The seed (deterministic
// ids), the lossless JSON import and the Argdown, AIF and Kialo imports (fresh ids)
// all go through here. Pure: no database, no HTTP.
import type { ArgNode, Author, Citation, EntityType, Locator, NodeKind, Relation, RelationType, Source, SourceType, Tag } from '@/lib/argument/model';
import { editableFields, emptyState, type MapState, type Operation } from '@/lib/argument/operations';

/** The content of a map with entities named by keys (the pleit-map document's lists). */
export interface KeyedContent {
  tags: { id: string; name: string; color: string }[];
  sources: {
    id: string;
    type: SourceType;
    title: string;
    authors?: Author[];
    container?: string;
    publisher?: string;
    date?: string;
    pages?: string;
    url?: string;
    accessed?: string;
    language?: string;
    /** the SHA-256 of the normalised text the quotes were taken from (lib/sourcing/fingerprint.ts) */
    fingerprint?: string;
    text?: string | null;
  }[];
  nodes: { id: string; kind: NodeKind; title: string; body?: string; x?: number; y?: number; tagIds?: string[] }[];
  /** toId names a node, or for UNDERCUTS a relation */
  relations: { id: string; type: RelationType; fromId: string; toId: string }[];
  citations: { id: string; nodeId: string; sourceId: string; quote: string; locator?: Locator }[];
}

/** The id of the entity with a key: the same key, the same id. */
export type IdOf = (entity: EntityType, key: string) => string;

/** Ids that are new for every key (remembered, so references resolve). */
export function freshIds(newId: () => string): IdOf {
  const ids = new Map<string, string>();
  return (entity, key) => {
    const k = `${entity}:${key}`;
    let v = ids.get(k);
    if (!v) ids.set(k, (v = newId()));
    return v;
  };
}

/** The content as a map state, every id from `idOf` (also the stored texts of sources, by their new id). */
export function keyedState(content: KeyedContent, idOf: IdOf): { state: MapState; texts: Map<string, string> } {
  const state = emptyState();
  const texts = new Map<string, string>();
  for (const t of content.tags) {
    const id = idOf('tag', t.id);
    state.tags.set(id, { id, name: t.name, color: t.color, version: 1 } satisfies Tag);
  }
  for (const { text, ...s } of content.sources) {
    const id = idOf('source', s.id);
    state.sources.set(id, {
      id,
      type: s.type,
      title: s.title,
      authors: s.authors ?? [],
      container: s.container ?? '',
      publisher: s.publisher ?? '',
      date: s.date ?? '',
      pages: s.pages ?? '',
      url: s.url ?? '',
      accessed: s.accessed ?? '',
      language: s.language ?? '',
      hasText: text != null,
      ...(s.fingerprint ? { fingerprint: s.fingerprint } : {}),
      version: 1,
    } satisfies Source);
    if (text != null) texts.set(id, text);
  }
  for (const n of content.nodes) {
    const id = idOf('node', n.id);
    state.nodes.set(id, { id, kind: n.kind, title: n.title, body: n.body ?? '', x: n.x ?? 0, y: n.y ?? 0, tagIds: (n.tagIds ?? []).map((t) => idOf('tag', t)), version: 1 } satisfies ArgNode);
  }
  for (const r of content.relations) {
    const id = idOf('relation', r.id);
    state.relations.set(id, { id, type: r.type, fromId: idOf('node', r.fromId), toId: idOf(r.type === 'UNDERCUTS' ? 'relation' : 'node', r.toId), version: 1 } satisfies Relation);
  }
  for (const c of content.citations) {
    const id = idOf('citation', c.id);
    state.citations.set(id, { id, nodeId: idOf('node', c.nodeId), sourceId: idOf('source', c.sourceId), quote: c.quote, locator: c.locator ?? {}, version: 1 } satisfies Citation);
  }
  return { state, texts };
}

/**
 * The operations that create every entity of `state`: tags, sources, nodes, citations,
 * then relations, each undercut after the relation it attacks (undercuts of undercuts
 * too). Linear in the size of the state.
 */
export function creationOperations(state: MapState): Operation[] {
  const ops: Operation[] = [];
  for (const t of state.tags.values()) ops.push({ op: 'create', entity: 'tag', id: t.id, data: editableFields(t) } as Operation);
  for (const s of state.sources.values()) ops.push({ op: 'create', entity: 'source', id: s.id, data: editableFields(s) } as Operation);
  for (const n of state.nodes.values()) ops.push({ op: 'create', entity: 'node', id: n.id, data: editableFields(n) } as Operation);
  // citations before relations: EVIDENCE is checked at the end of the batch anyway
  for (const c of state.citations.values()) ops.push({ op: 'create', entity: 'citation', id: c.id, data: editableFields(c) } as Operation);
  const done = new Set<string>();
  const push = (r: Relation) => {
    done.add(r.id);
    ops.push({ op: 'create', entity: 'relation', id: r.id, data: { type: r.type, fromId: r.fromId, toId: r.toId } });
  };
  for (const r of state.relations.values()) {
    if (done.has(r.id)) continue;
    // the chain of undercuts down to a plain relation, created from its far end
    const chain: Relation[] = [];
    const onChain = new Set<string>();
    let at: Relation | undefined = r;
    while (at && !done.has(at.id) && !onChain.has(at.id)) {
      chain.push(at);
      onChain.add(at.id);
      at = at.type === 'UNDERCUTS' ? state.relations.get(at.toId) : undefined;
    }
    for (let k = chain.length - 1; k >= 0; k--) push(chain[k]);
  }
  return ops;
}
