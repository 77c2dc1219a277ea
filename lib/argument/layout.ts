// Automatic layout of a map with elkjs's layered algorithm: questions and theses at the
// top, reasons and rebuttals below what they bear on (every relation points up), an
// undercut below the reason whose relation it attacks. Pure: this module builds ELK's
// input and reads its output; running ELK happens in a web worker (layout.worker.ts).
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { MapState } from './operations';
import { pushTo as push } from './multimap';

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

/** ids of the groups a whole-map layout puts each question's tree in: `tree:<order>:<root>` */
const TREE_PREFIX = 'tree:';
/** space between two questions' trees, side by side and between rows of trees */
export const TREE_GAP = 120;

const PARENT_TYPES = new Set(['ANSWERS', 'SUPPORTS', 'REBUTS']);

/**
 * Each node's tree: the question (or thesis) it hangs under most closely. A breadth-first
 * walk down from every root at once, the biggest root first, first along what nodes
 * answer, support and undercut (a node stays with its own line of argument) and then
 * along rebuttals too (a rebuttal that only attacks sits under what it attacks, also
 * when it comes from another document); nodes no root reaches (a ring of mutual rebuttals) start trees of their own.
 * Returns the trees in the order they are laid side by side: the biggest first, then each
 * time the one with most relations to the tree placed last, so the links between
 * neighbouring trees stay short.
 */
export function questionTrees(state: MapState, ids: readonly string[]): { root: string; members: string[] }[] {
  const included = new Set(ids);
  // a node's own line of argument (what it answers, supports or undercuts) before what it rebuts
  const children = new Map<string, string[]>();
  const lineChildren = new Map<string, string[]>();
  const parentsOf = new Map<string, number>();
  const add = (parent: string, child: string, line: boolean) => {
    if (!included.has(parent) || !included.has(child) || parent === child) return;
    push(children, parent, child);
    if (line) push(lineChildren, parent, child);
    parentsOf.set(child, (parentsOf.get(child) ?? 0) + 1);
  };
  for (const r of state.relations.values()) {
    if (PARENT_TYPES.has(r.type)) add(r.toId, r.fromId, r.type !== 'REBUTS');
    else if (r.type === 'UNDERCUTS') {
      const target = state.relations.get(r.toId);
      if (target) add(target.fromId, r.fromId, true);
    }
  }
  const treeOf = new Map<string, number>();
  const roots: string[] = [];
  /** breadth-first from `starts`, along lines of argument only, then along every relation */
  const spread = (starts: string[]) => {
    walk(starts, lineChildren);
    walk([...treeOf.keys()], children);
  };
  const walk = (starts: string[], via: Map<string, string[]>) => {
    let frontier = starts;
    while (frontier.length) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const c of via.get(id) ?? []) {
          if (treeOf.has(c)) continue;
          treeOf.set(c, treeOf.get(id)!);
          next.push(c);
        }
      }
      frontier = next;
    }
  };
  const sizeBelow = (root: string) => {
    const seen = new Set([root]);
    const stack = [root];
    while (stack.length) for (const c of children.get(stack.pop()!) ?? []) if (!seen.has(c)) (seen.add(c), stack.push(c));
    return seen.size;
  };
  const top = ids.filter((id) => state.nodes.get(id)?.kind === 'QUESTION' || !parentsOf.get(id));
  const sized = top.map((id) => ({ id, size: sizeBelow(id) })).sort((a, b) => b.size - a.size);
  for (const { id } of sized) {
    if (treeOf.has(id)) continue;
    treeOf.set(id, roots.length);
    roots.push(id);
  }
  spread(roots);
  for (const id of ids) {
    if (treeOf.has(id)) continue;
    treeOf.set(id, roots.length);
    roots.push(id);
    spread([id]);
  }
  const members = roots.map(() => [] as string[]);
  for (const id of ids) members[treeOf.get(id)!].push(id);

  // side by side: the biggest first, then the tree most linked to the one placed last
  const links = new Map<string, number>();
  for (const r of state.relations.values()) {
    const target = r.type === 'UNDERCUTS' ? state.relations.get(r.toId)?.fromId : r.toId;
    const [a, b] = [treeOf.get(r.fromId), target === undefined ? undefined : treeOf.get(target)];
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  }
  const linked = (a: number, b: number) => links.get(a < b ? `${a},${b}` : `${b},${a}`) ?? 0;
  const order = [0];
  const left = new Set(roots.map((_, k) => k).slice(1));
  while (left.size) {
    const last = order[order.length - 1];
    let best = -1;
    for (const k of left) {
      if (best < 0) best = k;
      else {
        const [lk, lb] = [linked(last, k), linked(last, best)];
        const [pk, pb] = [order.reduce((n, o) => n + linked(o, k), 0), order.reduce((n, o) => n + linked(o, best), 0)];
        if (lk > lb || (lk === lb && (pk > pb || (pk === pb && members[k].length > members[best].length)))) best = k;
      }
    }
    order.push(best);
    left.delete(best);
  }
  return roots.length ? order.map((k) => ({ root: roots[k], members: members[k] })) : [];
}

/**
 * ELK's input for the whole map, or for the given nodes and the relations among them.
 * Nodes are ordered by their current reading position, so layout keeps the order a
 * reader already knows where it can. The whole map is laid out one question's tree at
 * a time (each tree a group of its own, relations between trees drawn but not shaping
 * it), and `positionsFrom` puts the trees side by side, in rows.
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
  const elkNode = (id: string, parents: ReadonlySet<string>): ElkNode => {
    const { width, height } = sizeOf(id);
    const top = state.nodes.get(id)!.kind === 'QUESTION' || !parents.has(id);
    return {
      id,
      width,
      height,
      // questions and theses (what hangs under nothing) go to the top layer
      ...(top ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } } : {}),
    };
  };
  if (nodes.length > TREE_LAYOUT_ABOVE) {
    // mrtree reads an edge as parent → child: the relations, reversed
    const reversed = edges.map((e) => ({ id: e.id, sources: e.targets, targets: e.sources }));
    return { id: 'root', layoutOptions: treeLayoutOptions(), children: nodes.map((n) => ({ id: n.id, ...sizeOf(n.id) })), edges: reversed };
  }
  const trees = only ? [] : questionTrees(state, nodes.map((n) => n.id));
  if (trees.length < 2) return { id: 'root', layoutOptions: layoutOptions(), children: nodes.map((n) => elkNode(n.id, hasParent)), edges };
  const treeOf = new Map<string, number>();
  trees.forEach((t, k) => t.members.forEach((id) => treeOf.set(id, k)));
  const rank = new Map(nodes.map((n, k) => [n.id, k]));
  return {
    id: 'root',
    layoutOptions: layoutOptions(),
    children: trees.map((t, k) => {
      const inner = edges.filter((e) => treeOf.get(e.sources[0]) === k && treeOf.get(e.targets[0]) === k);
      const parents = new Set(inner.map((e) => e.sources[0]));
      return {
        id: `${TREE_PREFIX}${k}:${t.root}`,
        layoutOptions: layoutOptions(),
        children: [...t.members].sort((a, b) => rank.get(a)! - rank.get(b)!).map((id) => elkNode(id, parents)),
        edges: inner,
      };
    }),
    edges: [],
  };
}

/**
 * The positions ELK computed, moved so the laid-out nodes keep the top-left corner they
 * had before: the map stays where the reader was looking. Trees laid out as groups go
 * side by side in their order, tops aligned, in rows about as wide as a screen for their
 * height (many small trees make a block, not a long line).
 */
export function positionsFrom(result: ElkNode, state: MapState): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const flat: { id: string; x: number; y: number }[] = [];
  const groups = (result.children ?? []).filter((c) => c.id.startsWith(TREE_PREFIX) && c.children?.length);
  groups.sort((a, b) => Number(a.id.split(':')[1]) - Number(b.id.split(':')[1]));
  // each tree's own box, from its nodes
  const boxes = groups.map((g) => {
    const inner = g.children!;
    const x0 = Math.min(...inner.map((c) => c.x ?? 0));
    const y0 = Math.min(...inner.map((c) => c.y ?? 0));
    const w = Math.max(...inner.map((c) => (c.x ?? 0) + (c.width ?? 0))) - x0;
    const h = Math.max(...inner.map((c) => (c.y ?? 0) + (c.height ?? 0))) - y0;
    return { inner, x0, y0, w, h };
  });
  // rows about as wide as a screen is wide for their height (16:10), in the trees' order
  const area = boxes.reduce((sum, b) => sum + (b.w + TREE_GAP) * (b.h + TREE_GAP), 0);
  const rowWidth = Math.max(...boxes.map((b) => b.w), Math.sqrt(area * 1.6));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight + TREE_GAP;
      rowHeight = 0;
    }
    for (const c of b.inner) flat.push({ id: c.id, x: x + (c.x ?? 0) - b.x0, y: y + (c.y ?? 0) - b.y0 });
    x += b.w + TREE_GAP;
    rowHeight = Math.max(rowHeight, b.h);
  }
  for (const c of result.children ?? []) if (!c.id.startsWith(TREE_PREFIX)) flat.push({ id: c.id, x: c.x ?? 0, y: c.y ?? 0 });
  const laid = flat.filter((c) => state.nodes.has(c.id));
  if (!laid.length) return out;
  const before = laid.map((c) => state.nodes.get(c.id)!);
  const ox = Math.min(...before.map((n) => n.x)) - Math.min(...laid.map((c) => c.x));
  const oy = Math.min(...before.map((n) => n.y)) - Math.min(...laid.map((c) => c.y));
  for (const c of laid) out.set(c.id, { x: Math.round(c.x + ox), y: Math.round(c.y + oy) });
  return out;
}
