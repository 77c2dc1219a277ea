// What the editor reads off a map state besides the entities themselves: each node's
// sourcing status and citation count (domain.md, "Sourcing"), neighbourhoods, search
// hits and filters. Computed once per state and cached by the state's identity.
import type { ArgNode, NodeKind, Relation, SourcingStatus } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { sourcingStatus, type SourcingSummary } from '@/lib/sourcing/status';
import { pushTo as push } from '@/lib/argument/multimap';

export interface MapIndex {
  citationCount: Map<string, number>;
  /** CLAIM, PROPOSAL and EVIDENCE nodes; QUESTIONs have none */
  sourcing: Map<string, SourcingStatus>;
  /** the map-level figures (lib/sourcing/status.ts), whose byNode is `sourcing` */
  summary: SourcingSummary;
  /** relations by the node or relation they point at, and by the node they start at */
  incoming: Map<string, Relation[]>;
  outgoing: Map<string, Relation[]>;
}

const cache = new WeakMap<MapState, MapIndex>();


export function indexOf(state: MapState): MapIndex {
  const hit = cache.get(state);
  if (hit) return hit;
  const citationCount = new Map<string, number>();
  for (const c of state.citations.values()) citationCount.set(c.nodeId, (citationCount.get(c.nodeId) ?? 0) + 1);
  const incoming = new Map<string, Relation[]>();
  const outgoing = new Map<string, Relation[]>();
  for (const r of state.relations.values()) {
    push(incoming, r.toId, r);
    push(outgoing, r.fromId, r);
  }
  // the sourcing rule lives in one place: lib/sourcing/status.ts
  const summary = sourcingStatus(state);
  const index = { citationCount, sourcing: summary.byNode, summary, incoming, outgoing };
  cache.set(state, index);
  return index;
}

/** A node, the nodes it is related to either way, and the ends of relations its undercuts target. */
export function neighbourhood(state: MapState, nodeId: string): Set<string> {
  const { incoming, outgoing } = indexOf(state);
  const ids = new Set([nodeId]);
  const addRelationEnds = (r: Relation) => {
    ids.add(r.fromId);
    const target = state.relations.get(r.toId);
    if (target) {
      ids.add(target.fromId);
      ids.add(target.toId);
    } else ids.add(r.toId);
  };
  for (const r of outgoing.get(nodeId) ?? []) addRelationEnds(r);
  for (const r of incoming.get(nodeId) ?? []) {
    addRelationEnds(r);
    for (const u of incoming.get(r.id) ?? []) ids.add(u.fromId);
  }
  return ids;
}

/** Lower case without accents: "België" matches "belgie". */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase();

/** Nodes whose title or body contains every word of the query, titles first, then in reading order. */
export function searchNodes(state: MapState, query: string): string[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const inTitle: ArgNode[] = [];
  const inBody: ArgNode[] = [];
  for (const n of state.nodes.values()) {
    const title = fold(n.title);
    const text = `${title} ${fold(n.body)}`;
    if (!words.every((w) => text.includes(w))) continue;
    (words.every((w) => title.includes(w)) ? inTitle : inBody).push(n);
  }
  const reading = (a: ArgNode, b: ArgNode) => a.y - b.y || a.x - b.x;
  return [...inTitle.sort(reading), ...inBody.sort(reading)].map((n) => n.id);
}

export type SourcingFilter = SourcingStatus | 'none';

export interface Filters {
  /** kinds shown; all when empty */
  kinds: NodeKind[];
  /** a tag every shown node carries, or null */
  tagId: string | null;
  /** sourcing statuses shown ('none' for questions); all when empty */
  sourcing: SourcingFilter[];
}

export const NO_FILTERS: Filters = { kinds: [], tagId: null, sourcing: [] };

export const filtersActive = (f: Filters) => f.kinds.length > 0 || f.tagId !== null || f.sourcing.length > 0;

/** The ids of nodes the filters hide; null when nothing is filtered. */
export function hiddenByFilters(state: MapState, f: Filters): Set<string> | null {
  if (!filtersActive(f)) return null;
  const { sourcing } = indexOf(state);
  const hidden = new Set<string>();
  for (const n of state.nodes.values()) {
    const status: SourcingFilter = sourcing.get(n.id) ?? 'none';
    const shown =
      (!f.kinds.length || f.kinds.includes(n.kind)) &&
      (!f.tagId || n.tagIds.includes(f.tagId)) &&
      (!f.sourcing.length || f.sourcing.includes(status));
    if (!shown) hidden.add(n.id);
  }
  return hidden;
}
