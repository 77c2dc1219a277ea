// The sourcing status of a map (domain.md, "Sourcing"): a CLAIM or PROPOSAL is
// *sourced* if it has a citation, *backed* if a sourced node SUPPORTS it, *unsourced*
// otherwise; and the map-level figure, "47 of 52 claims sourced". Pure: the editor,
// the source library and the tests all ask this one function.
import type { NodeKind, QuoteStatus, RelationType, SourcingStatus } from '@/lib/argument/model';

type Collection<T> = Iterable<T> | ReadonlyMap<string, T>;

/** A MapState (maps) or a graph from the API (arrays): only these fields are read. */
export interface SourcingInput {
  nodes: Collection<{ id: string; kind: NodeKind }>;
  relations: Collection<{ type: RelationType; fromId: string; toId: string }>;
  citations: Collection<{ nodeId: string; quoteStatus?: QuoteStatus }>;
}

export interface SourcingSummary {
  /** every CLAIM, PROPOSAL and EVIDENCE node (EVIDENCE is always sourced: it cannot exist without a citation) */
  byNode: Map<string, SourcingStatus>;
  /** CLAIM and PROPOSAL nodes: the figure counts these */
  total: number;
  sourced: number;
  backed: number;
  unsourced: number;
  /** ids of the unsourced CLAIM and PROPOSAL nodes, in the order given */
  unsourcedIds: string[];
  /** citations whose quote is no longer found in their source's changed text */
  mismatched: number;
}

const valuesOf = <T,>(c: Collection<T>): Iterable<T> => (c instanceof Map ? (c as ReadonlyMap<string, T>).values() : (c as Iterable<T>));

export const COUNTED_KINDS: readonly NodeKind[] = ['CLAIM', 'PROPOSAL'];

export function sourcingStatus(state: SourcingInput): SourcingSummary {
  const cited = new Set<string>();
  let mismatched = 0;
  for (const c of valuesOf(state.citations)) {
    cited.add(c.nodeId);
    if (c.quoteStatus === 'mismatch') mismatched++;
  }
  const backed = new Set<string>();
  for (const r of valuesOf(state.relations)) {
    if (r.type === 'SUPPORTS' && cited.has(r.fromId)) backed.add(r.toId);
  }
  const summary: SourcingSummary = { byNode: new Map(), total: 0, sourced: 0, backed: 0, unsourced: 0, unsourcedIds: [], mismatched };
  for (const n of valuesOf(state.nodes)) {
    if (n.kind === 'QUESTION') continue;
    const status: SourcingStatus = cited.has(n.id) ? 'sourced' : backed.has(n.id) ? 'backed' : 'unsourced';
    summary.byNode.set(n.id, status);
    if (!COUNTED_KINDS.includes(n.kind)) continue;
    summary.total++;
    summary[status]++;
    if (status === 'unsourced') summary.unsourcedIds.push(n.id);
  }
  return summary;
}

/** Fills a template like "{sourced} of {total} claims sourced" with a summary's numbers. */
export function sourcingFigure(template: string, s: Pick<SourcingSummary, 'total' | 'sourced' | 'backed' | 'unsourced'>): string {
  return template.replace(/\{(total|sourced|backed|unsourced)\}/g, (_, k: 'total' | 'sourced' | 'backed' | 'unsourced') => String(s[k]));
}
