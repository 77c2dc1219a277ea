// Free-space placement (lib/client/placement.ts, behind edit-ops freeSpot): a new card
// never overlaps another, and lands next to where it was wanted.
import { describe, expect, it } from 'vitest';
import { findFreeSpot, isFree, type Box } from '@/lib/client/placement';
import { freeSpot, createConnectedOps, estimateSize, placeUnder } from '@/lib/client/edit-ops';
import type { MapState } from '@/lib/argument/operations';
import type { ArgNode } from '@/lib/argument/model';

const card = { width: 240, height: 80 };
const overlapsAny = (boxes: Box[], p: { x: number; y: number }, size = card) =>
  boxes.some((b) => p.x < b.x + b.width && b.x < p.x + size.width && p.y < b.y + b.height && b.y < p.y + size.height);

describe('findFreeSpot', () => {
  it('keeps the wanted place when it is free', () => {
    expect(findFreeSpot([{ x: 0, y: 0, ...card }], card, { x: 600, y: 0 })).toEqual({ x: 600, y: 0 });
  });

  it('moves off a card that sits on the wanted place, to the nearest side, sideways first', () => {
    const boxes = [{ x: 0, y: 0, ...card }];
    const p = findFreeSpot(boxes, card, { x: 10, y: 10 }, { margin: 20 });
    expect(overlapsAny(boxes, p)).toBe(false);
    expect(isFree(boxes, p, card, 20)).toBe(true);
    // beside it (same row), not below or above
    expect(p.y).toBe(10);
    expect(Math.abs(p.x - 10)).toBeLessThanOrEqual(card.width + 20 + 10);
  });

  it('finds a hole in a crowded row instead of jumping far away', () => {
    // a row of cards with one gap wide enough at x = 780
    const boxes: Box[] = [0, 260, 520, 1040, 1300].map((x) => ({ x, y: 0, ...card }));
    const p = findFreeSpot(boxes, card, { x: 520, y: 0 }, { margin: 20 });
    expect(overlapsAny(boxes, p)).toBe(false);
    expect(p).toEqual({ x: 780, y: 0 });
  });

  it('never overlaps on a dense grid of hundreds of cards, and stays near', () => {
    const boxes: Box[] = [];
    for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) boxes.push({ x: i * 260, y: j * 100, ...card });
    const at = { x: 2600, y: 1000 };
    const p = findFreeSpot(boxes, card, at, { margin: 20 });
    expect(isFree(boxes, p, card, 20)).toBe(true);
    // the grid is full: the card goes just outside it, not miles away
    const outside = p.x >= 20 * 260 - 20 || p.x + card.width <= 0 || p.y >= 20 * 100 - 20 || p.y + card.height <= 0;
    expect(outside).toBe(true);
    expect(Math.hypot(p.x - at.x, p.y - at.y)).toBeLessThan(3200);
  });

  it('places a tall card where a short one would fit but it would not', () => {
    const boxes: Box[] = [
      { x: 0, y: 0, ...card },
      { x: 0, y: 150, ...card },
    ];
    const tall = { width: 240, height: 200 };
    const p = findFreeSpot(boxes, tall, { x: 0, y: 90 }, { margin: 20 });
    expect(isFree(boxes, p, tall, 20)).toBe(true);
  });
});

const node = (id: string, x: number, y: number): ArgNode =>
  ({ id, kind: 'CLAIM', title: `Node ${id}`, body: '', x, y, tagIds: [], version: 1 }) as unknown as ArgNode;
const stateOf = (nodes: ArgNode[]): MapState =>
  ({ nodes: new Map(nodes.map((n) => [n.id, n])), relations: new Map(), citations: new Map(), sources: new Map(), tags: new Map() }) as unknown as MapState;

describe('freeSpot and new reasons', () => {
  const sizeOf = () => card;
  it('a second reason under the same node lands beside the first, not on it', () => {
    let state = stateOf([node('q', 0, 0)]);
    const first = placeUnder(state, 'q', sizeOf);
    state = stateOf([node('q', 0, 0), node('a', first.x, first.y)]);
    const { ops } = createConnectedOps(state, 'q', 'SUPPORTS', 'CLAIM', 'Reason', sizeOf);
    const created = ops.find((o) => o.op === 'create' && o.entity === 'node') as { data: { x: number; y: number } };
    expect(overlapsAny([{ x: first.x, y: first.y, ...card }, { x: 0, y: 0, ...card }], created.data, estimateSize({ title: 'Reason', tagIds: [] }))).toBe(false);
    expect(created.data.y).toBe(first.y);
  });

  it('a node asked for on top of another is moved off it', () => {
    const state = stateOf([node('a', 100, 100), node('b', 380, 100)]);
    const p = freeSpot(state, { x: 110, y: 110 }, card, sizeOf);
    expect(overlapsAny([{ x: 100, y: 100, ...card }, { x: 380, y: 100, ...card }], p)).toBe(false);
  });
});
