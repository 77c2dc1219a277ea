// What survives a reload besides the map itself: the viewport per map (localStorage)
// and the last view, canvas, outline or reading (a cookie, so the server renders the right one).
import type { Viewport } from '@xyflow/react';

export const VIEW_COOKIE = 'pleit-editor-view';
const viewportKey = (mapId: string) => `pleit:viewport:${mapId}`;

export function loadViewport(mapId: string): Viewport | null {
  try {
    const v = JSON.parse(localStorage.getItem(viewportKey(mapId)) ?? 'null') as Viewport | null;
    return v && Number.isFinite(v.x) && Number.isFinite(v.y) && Number.isFinite(v.zoom) && v.zoom > 0 ? v : null;
  } catch {
    return null;
  }
}

export function saveViewport(mapId: string, v: Viewport) {
  try {
    localStorage.setItem(viewportKey(mapId), JSON.stringify({ x: v.x, y: v.y, zoom: v.zoom }));
  } catch {
    /* private mode or full: the next visit fits the map instead */
  }
}

export function saveView(view: 'canvas' | 'outline' | 'reading') {
  document.cookie = `${VIEW_COOKIE}=${view}; path=/; max-age=31536000; samesite=lax`;
}

export const parseView = (v: string | undefined): 'canvas' | 'outline' | 'reading' => (v === 'outline' || v === 'reading' ? v : 'canvas');
