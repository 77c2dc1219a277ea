// The map as the API hands it over (GET /maps/{id}/graph) and as the event log changes
// it (GET /maps/{id}/events). Turning both into the model's MapState is all this does.
import type { Graph, MapMeta } from '@/lib/api/graph';
import type { EntityType, MapEvent } from '@/lib/argument/model';
import { ENTITY_TYPES } from '@/lib/argument/model';
import { collectionOf, emptyState, type MapState } from '@/lib/argument/operations';

export type { Graph, MapMeta } from '@/lib/api/graph';


export function graphToState(g: Pick<Graph, 'nodes' | 'relations' | 'tags' | 'sources' | 'citations'>): MapState {
  const s = emptyState();
  for (const n of g.nodes) s.nodes.set(n.id, n);
  for (const r of g.relations) s.relations.set(r.id, r);
  for (const t of g.tags) s.tags.set(t.id, t);
  for (const x of g.sources) s.sources.set(x.id, x);
  for (const c of g.citations) s.citations.set(c.id, c);
  return s;
}

export const cloneState = (s: MapState): MapState => ({
  nodes: new Map(s.nodes),
  relations: new Map(s.relations),
  tags: new Map(s.tags),
  sources: new Map(s.sources),
  citations: new Map(s.citations),
});

const isEntity = (e: string): e is EntityType => (ENTITY_TYPES as readonly string[]).includes(e);

/**
 * Applies events, in the order given, to a copy of the state. Map and member events
 * change no entity; they are reported back so the caller can update the map's metadata.
 */
export function applyEvents(state: MapState, events: readonly MapEvent[]): { state: MapState; meta: Partial<MapMeta> | null } {
  const next = cloneState(state);
  let meta: Partial<MapMeta> | null = null;
  for (const e of events) {
    if (e.entity === 'map' && e.type === 'map.updated' && e.data && typeof e.data === 'object') {
      meta = { ...(meta ?? {}), ...(e.data as Partial<MapMeta>) };
      continue;
    }
    if (!isEntity(e.entity)) continue;
    const coll = collectionOf(next, e.entity);
    if (e.type.endsWith('.deleted')) coll.delete(e.entityId);
    else if (e.data && typeof e.data === 'object') coll.set(e.entityId, e.data as never);
  }
  return { state: next, meta };
}
