// Where a new card (or a pasted group of cards) goes: the free place nearest to where it
// belongs (under the node it answers, beside the relation it undercuts, where the reader
// looks), so that it never lands on top of another card. Pure: boxes in, a point out.
//
// Candidates are the preferred point and the places that touch a nearby card's edge (left
// of, right of, above, below it, one margin away), in every combination; the nearest
// one that overlaps no card wins (distance counted in card widths and heights), sideways
// shifts counting less than vertical ones (a new
// reason beside its siblings reads better than one far below). Only the cards nearest the
// point make candidates, so the work is bounded on big maps; when all of those places are
// taken, the card goes just right of everything, which is always free.

export interface Point {
  x: number;
  y: number;
}
export interface Box extends Point {
  width: number;
  height: number;
}

export interface PlaceOptions {
  /** the empty space kept between cards, px */
  margin?: number;
  /** how many of the nearest cards make candidate places */
  nearest?: number;
  /** how much more a vertical shift counts than a sideways one */
  verticalCost?: number;
}

const overlaps = (a: Box, b: Box, margin: number) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

/** Whether a card of `size` at `at` keeps `margin` from every box. */
export function isFree(boxes: readonly Box[], at: Point, size: { width: number; height: number }, margin = 20): boolean {
  const me = { ...at, ...size };
  return boxes.every((b) => !overlaps(me, b, margin));
}

export function findFreeSpot(boxes: readonly Box[], size: { width: number; height: number }, at: Point, opts: PlaceOptions = {}): Point {
  const margin = opts.margin ?? 20;
  const nearest = opts.nearest ?? 48;
  const vertical = opts.verticalCost ?? 1.5;
  if (isFree(boxes, at, size, margin)) return at;
  const centre = { x: at.x + size.width / 2, y: at.y + size.height / 2 };
  const distance = (b: Box) => Math.hypot(b.x + b.width / 2 - centre.x, b.y + b.height / 2 - centre.y);
  const near = boxes.length <= nearest ? [...boxes] : [...boxes].sort((a, b) => distance(a) - distance(b)).slice(0, nearest);
  const xs = new Set([at.x]);
  const ys = new Set([at.y]);
  for (const b of near) {
    xs.add(b.x + b.width + margin);
    xs.add(b.x - margin - size.width);
    xs.add(b.x);
    ys.add(b.y + b.height + margin);
    ys.add(b.y - margin - size.height);
    ys.add(b.y);
  }
  const candidates: { p: Point; cost: number }[] = [];
  // distances in card widths and heights: one card sideways costs less than one card down
  const sx = size.width + margin;
  const sy = size.height + margin;
  for (const x of xs) for (const y of ys) candidates.push({ p: { x, y }, cost: Math.hypot((x - at.x) / sx, ((y - at.y) / sy) * vertical) });
  candidates.sort((a, b) => a.cost - b.cost);
  for (const { p } of candidates) {
    // near cards first (cheap, and where a clash is likely), then every card
    if (isFree(near, p, size, margin) && isFree(boxes, p, size, margin)) return p;
  }
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  return { x: right + margin, y: at.y };
}
