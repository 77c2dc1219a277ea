// Which relation labels the canvas draws: never two on top of each other. Labels scale
// with the map, so whether two overlap does not depend on the zoom: it is decided once
// per map state, in map coordinates, with the same curves the canvas and the exports draw
// (lib/render/geometry.ts). Short relations (a reason right under its conclusion) keep
// their labels first; a label that would cover one already kept is left out, and shows
// when its relation is hovered or selected. Long relations (cross-links across the map)
// are drawn light and without a label until then.
import type { RelationType, Tag } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { bezier, EDGE_LABEL, inPoint, nodeGeometry, outPoint, SMALL_STYLE, undercutCurve, type Box } from '@/lib/render/geometry';
import { measure } from '@/lib/render/text';
import { RELATION_STYLE } from '@/lib/render/style';

/** A relation longer than this (map pixels, end to end) is a cross-link: light until hovered or selected. */
export const LONG_RELATION = 900;
/** space kept free around a label */
const MARGIN = 4;
const CELL = 256;

export interface EdgeLabelLayout {
  /** relations whose label is drawn */
  shown: Set<string>;
  /** relations drawn light (cross-links) */
  long: Set<string>;
}

const cache = new WeakMap<MapState, EdgeLabelLayout>();

/** A node's size by the shared geometry rule (the editor passes its cached sizes instead). */
export const geometrySize = (state: MapState) => (id: string) => {
  const n = state.nodes.get(id)!;
  return nodeGeometry(n, n.tagIds.map((t) => state.tags.get(t)).filter((t): t is Tag => !!t));
};

export function edgeLabelLayout(state: MapState, words: Record<RelationType, string>, sizeOf: (id: string) => { width: number; height: number } = geometrySize(state)): EdgeLabelLayout {
  const hit = cache.get(state);
  if (hit) return hit;
  const boxes = new Map<string, Box>();
  const boxOf = (id: string): Box | undefined => {
    let b = boxes.get(id);
    if (!b) {
      const n = state.nodes.get(id);
      if (!n) return undefined;
      const { width, height } = sizeOf(id);
      b = { x: n.x, y: n.y, width, height };
      boxes.set(id, b);
    }
    return b;
  };
  const widths = new Map<RelationType, number>();
  const widthOf = (type: RelationType) => {
    let w = widths.get(type);
    if (w === undefined) {
      w = Math.ceil(measure(`${RELATION_STYLE[type].glyph} ${words[type]}`, SMALL_STYLE) + 2 * EDGE_LABEL.padX + 2);
      widths.set(type, w);
    }
    return w;
  };

  const candidates: { id: string; x: number; y: number; w: number; length: number }[] = [];
  const long = new Set<string>();
  for (const r of state.relations.values()) {
    const from = boxOf(r.fromId);
    if (!from) continue;
    let curve;
    if (r.type === 'UNDERCUTS') {
      const attacked = state.relations.get(r.toId);
      const a = attacked && boxOf(attacked.fromId);
      const b = attacked && boxOf(attacked.toId);
      if (!a || !b) continue;
      curve = undercutCurve(from, { from: a, to: b });
    } else {
      const to = boxOf(r.toId);
      if (!to) continue;
      curve = bezier(outPoint(from), 'top', inPoint(to), 'bottom');
    }
    const [start, , , end] = curve.hull;
    const length = Math.hypot(end.x - start.x, end.y - start.y);
    if (length > LONG_RELATION) {
      long.add(r.id);
      continue;
    }
    candidates.push({ id: r.id, x: curve.mid.x, y: curve.mid.y, w: widthOf(r.type), length });
  }
  candidates.sort((a, b) => a.length - b.length || (a.id < b.id ? -1 : 1));

  // a grid of kept labels, so each candidate is compared with its neighbours only
  const grid = new Map<string, { x0: number; y0: number; x1: number; y1: number }[]>();
  const shown = new Set<string>();
  for (const c of candidates) {
    const box = { x0: c.x - c.w / 2 - MARGIN, y0: c.y - EDGE_LABEL.height / 2 - MARGIN, x1: c.x + c.w / 2 + MARGIN, y1: c.y + EDGE_LABEL.height / 2 + MARGIN };
    const cells: string[] = [];
    for (let gx = Math.floor(box.x0 / CELL); gx <= Math.floor(box.x1 / CELL); gx++)
      for (let gy = Math.floor(box.y0 / CELL); gy <= Math.floor(box.y1 / CELL); gy++) cells.push(`${gx},${gy}`);
    const clash = cells.some((k) => (grid.get(k) ?? []).some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1));
    if (clash) continue;
    shown.add(c.id);
    for (const k of cells) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  }
  const layout = { shown, long };
  cache.set(state, layout);
  return layout;
}
