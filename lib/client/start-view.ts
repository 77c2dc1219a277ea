// Where a map opens: the whole map when it can still be read at that size, else its main
// question (the one with most below it) at a zoom where titles can be read, with the
// question at the top and as much of its tree as fits below it.
import type { MapState } from '@/lib/argument/operations';
import { descendants } from './reading';

/** Titles (14 px) read at about 12 px from here up; well above the zoom below which nodes draw as boxes (FAR_ZOOM). */
export const READABLE_ZOOM = 0.85;
/** A map that fits whole at this zoom or more opens whole (titles about 8 px and up: small, yet drawn and readable). */
export const WHOLE_MAP_ZOOM = 0.6;
const PADDING = 40;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
type SizeOf = (id: string) => { width: number; height: number };

function bounds(state: MapState, ids: Iterable<string>, sizeOf: SizeOf) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const id of ids) {
    const n = state.nodes.get(id);
    if (!n) continue;
    const s = sizeOf(id);
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + s.width);
    y1 = Math.max(y1, n.y + s.height);
  }
  return Number.isFinite(x0) ? { x0, y0, x1, y1 } : null;
}

/** The viewport that shows these nodes whole, centred, at no more than zoom 1 (null when they cannot be read so). */
function fit(box: { x0: number; y0: number; x1: number; y1: number }, screen: { width: number; height: number }): Viewport {
  const zoom = Math.min(1, (screen.width - 2 * PADDING) / (box.x1 - box.x0), (screen.height - 2 * PADDING) / (box.y1 - box.y0));
  return { zoom, x: screen.width / 2 - ((box.x0 + box.x1) / 2) * zoom, y: screen.height / 2 - ((box.y0 + box.y1) / 2) * zoom };
}

/**
 * The viewport that opens on a node (a question, by default the map's main one): its
 * tree whole if that can be read, else the node at the top centre at READABLE_ZOOM.
 * With no node given, the whole map when it can be read at its fitted size.
 */
export function startViewport(state: MapState, sizeOf: SizeOf, screen: { width: number; height: number }, startId: string | null, wholeMapFirst = true): Viewport | null {
  if (wholeMapFirst) {
    const all = bounds(state, state.nodes.keys(), sizeOf);
    if (!all) return null;
    const whole = fit(all, screen);
    if (whole.zoom >= WHOLE_MAP_ZOOM || !startId) return whole;
  }
  if (!startId || !state.nodes.has(startId)) return null;
  const tree = bounds(state, [startId, ...descendants(state, startId)], sizeOf)!;
  const fitted = fit(tree, screen);
  if (fitted.zoom >= READABLE_ZOOM) return fitted;
  const n = state.nodes.get(startId)!;
  const s = sizeOf(startId);
  const zoom = READABLE_ZOOM;
  return { zoom, x: screen.width / 2 - (n.x + s.width / 2) * zoom, y: PADDING - n.y * zoom };
}
