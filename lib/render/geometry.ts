// The one geometry rule for a node card, shared by the editor's canvas and every export:
// its width, the lines its title wraps into, the rows its tags take, and so its height.
// Also where relations run: React Flow's bezier curves between the top and bottom
// handles, an undercut ending at the middle of the relation it attacks.
import type { NodeKind, Tag } from '@/lib/argument/model';
import { KIND_STYLE } from './style';
import { measure, wrap, type TextStyle } from './text';

export const NODE_WIDTH = 240;
export const NODE_PAD = { top: 6, x: 9, bottom: 8 } as const;
export const HEAD_HEIGHT = 18;
export const HEAD_GAP = 3;
export const ICON_SIZE = 16;
export const TITLE_STYLE: TextStyle = { size: 14, weight: 600 };
export const TITLE_LINE = 18;
/** titles longer than this many lines end in an ellipsis (on the canvas and in exports) */
export const TITLE_MAX_LINES = 12;
export const KIND_STYLE_TEXT: TextStyle = { size: 12, weight: 700, letterSpacing: 0.48 };
export const SMALL_STYLE: TextStyle = { size: 11, weight: 600 };
export const TAG_STYLE: TextStyle = { size: 11, weight: 400 };
export const TAG = { gapAbove: 5, height: 16, padX: 6, dot: 8, dotGap: 3, gap: 4, rowGap: 4 } as const;
export const BADGE = { height: 16, padX: 6, dot: 7, dotGap: 3 } as const;
export const EDGE_LABEL = { height: 16, padX: 6 } as const;

export interface TagChip {
  tag: Pick<Tag, 'id' | 'name' | 'color'>;
  /** left edge inside the content box, and the chip's width */
  x: number;
  width: number;
}

export interface NodeGeometry {
  width: number;
  height: number;
  /** the content box, relative to the node's top-left corner */
  content: { x: number; y: number; width: number };
  titleLines: string[];
  tagRows: TagChip[][];
}

export const contentWidth = (kind: NodeKind) => {
  const s = KIND_STYLE[kind];
  return NODE_WIDTH - s.border - s.borderLeft - 2 * NODE_PAD.x;
};

/** The size of a node and where its text goes. */
export function nodeGeometry(node: { kind: NodeKind; title: string }, tags: readonly Pick<Tag, 'id' | 'name' | 'color'>[]): NodeGeometry {
  const s = KIND_STYLE[node.kind];
  const width = contentWidth(node.kind);
  const titleLines = wrap(node.title, width, TITLE_STYLE, TITLE_MAX_LINES);
  const tagRows: TagChip[][] = [];
  let row: TagChip[] = [];
  let x = 0;
  for (const tag of tags) {
    const name = wrap(tag.name, width - 2 * TAG.padX - TAG.dot - TAG.dotGap - 2, TAG_STYLE, 1)[0];
    const w = Math.ceil(2 + 2 * TAG.padX + TAG.dot + TAG.dotGap + measure(name, TAG_STYLE));
    if (row.length && x + w > width) {
      tagRows.push(row);
      row = [];
      x = 0;
    }
    row.push({ tag: { ...tag, name }, x, width: w });
    x += w + TAG.gap;
  }
  if (row.length) tagRows.push(row);
  const tagsHeight = tagRows.length ? TAG.gapAbove + tagRows.length * TAG.height + (tagRows.length - 1) * TAG.rowGap : 0;
  const top = s.border + NODE_PAD.top;
  const height = top + HEAD_HEIGHT + HEAD_GAP + titleLines.length * TITLE_LINE + tagsHeight + NODE_PAD.bottom + s.border;
  return { width: NODE_WIDTH, height, content: { x: s.borderLeft + NODE_PAD.x, y: top, width }, titleLines, tagRows };
}

export interface Point {
  x: number;
  y: number;
}
export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface Curve {
  /** the SVG path */
  d: string;
  /** the curve's middle, where its label goes */
  mid: Point;
  end: Point;
  /** direction of travel at the end, in degrees (for the arrowhead) */
  endAngle: number;
  /** the start, control and end points: the curve stays inside their hull */
  hull: Point[];
}

const controlOffset = (distance: number) => (distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance));

function control(side: Side, a: Point, b: Point): Point {
  switch (side) {
    case 'left':
      return { x: a.x - controlOffset(a.x - b.x), y: a.y };
    case 'right':
      return { x: a.x + controlOffset(b.x - a.x), y: a.y };
    case 'top':
      return { x: a.x, y: a.y - controlOffset(a.y - b.y) };
    case 'bottom':
      return { x: a.x, y: a.y + controlOffset(b.y - a.y) };
  }
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The bezier curve React Flow draws from a handle on one side to a handle on another. */
export function bezier(from: Point, fromSide: Side, to: Point, toSide: Side): Curve {
  const c1 = control(fromSide, from, to);
  const c2 = control(toSide, to, from);
  const mid = { x: from.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + to.x * 0.125, y: from.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + to.y * 0.125 };
  const tangentFrom = c2.x !== to.x || c2.y !== to.y ? c2 : c1.x !== to.x || c1.y !== to.y ? c1 : from;
  const endAngle = (Math.atan2(to.y - tangentFrom.y, to.x - tangentFrom.x) * 180) / Math.PI;
  return { d: `M${r2(from.x)},${r2(from.y)} C${r2(c1.x)},${r2(c1.y)} ${r2(c2.x)},${r2(c2.y)} ${r2(to.x)},${r2(to.y)}`, mid, end: to, endAngle, hull: [from, c1, c2, to] };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** a relation starts at the top of the node it comes from and ends at the bottom of the one it bears on */
export const outPoint = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y });
export const inPoint = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height });

/** An undercut: from the undercutter's top to the middle of the relation it attacks. */
export function undercutCurve(from: Box, attacked: { from: Box; to: Box }): Curve {
  const a = outPoint(attacked.from);
  const b = inPoint(attacked.to);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const start = outPoint(from);
  return bezier(start, 'top', mid, start.x < mid.x ? 'left' : 'right');
}
