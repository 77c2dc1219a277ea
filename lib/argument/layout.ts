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

/** Options for elkjs's layered algorithm; big maps trade some crossing reduction for speed. */
export function layoutOptions(nodeCount: number): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'UP',
    'elk.edgeRouting': 'POLYLINE',
    'elk.spacing.nodeNode': '40',
    'elk.layered.spacing.nodeNodeBetweenLayers': '90',
    'elk.spacing.componentComponent': '80',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.thoroughness': nodeCount > 1000 ? '1' : '7',
    'elk.separateConnectedComponents': 'true',
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
  return { id: 'root', layoutOptions: layoutOptions(children.length), children, edges };
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
