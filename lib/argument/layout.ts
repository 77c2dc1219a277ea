// Automatic layout of a map with elkjs's layered algorithm: questions and theses at the
// top, reasons and rebuttals below what they bear on (every relation points up), an
// undercut below the reason whose relation it attacks. Pure: this module builds ELK's
// input and reads its output; running ELK happens in a web worker (layout.worker.ts).
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { MapState } from './operations';

export interface LayoutSize {
  width: number;
  height: number;
}

/**
 * Above this many nodes the layout is a tree (elkjs's mrtree) instead of layered: on
 * this project's benchmark machine layered took 16 s for 2,000 nodes and 124 s for 5,000,
 * mrtree 1.8 s and 7 s. The tree keeps what matters for reading (every node below what
 * it bears on); cross-links are drawn but do not shape the layout.
 */
export const TREE_LAYOUT_ABOVE = 1000;

/** Options for elkjs's layered algorithm. */
export function layoutOptions(): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'UP',
    'elk.edgeRouting': 'POLYLINE',
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': '90',
    'elk.spacing.componentComponent': '80',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.thoroughness': '7',
    'elk.separateConnectedComponents': 'true',
  };
}

/** Options for elkjs's tree algorithm, for big maps: edges run from parent to child, downwards. */
export function treeLayoutOptions(): Record<string, string> {
  return {
    'elk.algorithm': 'mrtree',
    'elk.direction': 'DOWN',
    'elk.spacing.nodeNode': '40',
    'elk.spacing.componentComponent': '80',
  };
}

/**
 * ELK's input for the whole map, or for the given nodes and the relations among them.
 * Nodes are ordered by their current reading position, so layout keeps the order a
 * reader already knows where it can.
 */
export function layoutGraph(state: MapState, sizeOf: (id: string) => LayoutSize, only?: ReadonlySet<string>): ElkNode {
  const nodes = [...state.nodes.values()].filter((n) => !only || only.has(n.id)).sort((a, b) => a.y - b.y || a.x - b.x);
  const included = new Set(nodes.map((n) => n.id));
  const hasParent = new Set<string>();
  const edges: ElkExtendedEdge[] = [];
  for (const r of state.relations.values()) {
    // an undercut sits below the reason whose relation it attacks
    const target = r.type === 'UNDERCUTS' ? state.relations.get(r.toId)?.fromId : r.toId;
    if (!target || !included.has(r.fromId) || !included.has(target) || target === r.fromId) continue;
    edges.push({ id: r.id, sources: [r.fromId], targets: [target] });
    hasParent.add(r.fromId);
  }
  const children: ElkNode[] = nodes.map((n) => {
    const { width, height } = sizeOf(n.id);
    const top = n.kind === 'QUESTION' || !hasParent.has(n.id);
    return {
      id: n.id,
      width,
      height,
      // questions and theses (what hangs under nothing) go to the top layer
      ...(top ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } } : {}),
    };
  });
  if (children.length > TREE_LAYOUT_ABOVE) {
    // mrtree reads an edge as parent → child: the relations, reversed
    const reversed = edges.map((e) => ({ id: e.id, sources: e.targets, targets: e.sources }));
    return { id: 'root', layoutOptions: treeLayoutOptions(), children: children.map(({ layoutOptions: _top, ...c }) => c), edges: reversed };
  }
  return { id: 'root', layoutOptions: layoutOptions(), children, edges };
}

/**
 * The positions ELK computed, moved so the laid-out nodes keep the top-left corner they
 * had before: the map stays where the reader was looking.
 */
export function positionsFrom(result: ElkNode, state: MapState): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const laid = (result.children ?? []).filter((c) => state.nodes.has(c.id));
  if (!laid.length) return out;
  const before = laid.map((c) => state.nodes.get(c.id)!);
  const ox = Math.min(...before.map((n) => n.x)) - Math.min(...laid.map((c) => c.x ?? 0));
  const oy = Math.min(...before.map((n) => n.y)) - Math.min(...laid.map((c) => c.y ?? 0));
  for (const c of laid) out.set(c.id, { x: Math.round((c.x ?? 0) + ox), y: Math.round((c.y ?? 0) + oy) });
  return out;
}
