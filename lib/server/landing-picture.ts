// The landing page's picture of Pleit: a part of the demo map (its busiest question, the
// answers to it and what supports or rebuts them), drawn by the same renderer as the
// canvas and the exports (lib/render), as inline SVG. Cached per map revision, so the
// page costs one small query per visit once drawn.
import 'server-only';
import type { Locale } from '@/lib/i18n/messages';
import { drawExport, layoutExport } from '@/lib/render/svg';
import type { MapState } from '@/lib/argument/operations';
import type { Relation } from '@/lib/argument/model';
import { pushTo } from '@/lib/argument/multimap';
import { db } from './db';
import { loadState } from './maps';
import { DEMO_MAP_ID } from './seed';

const MAX_NODES = 9;
const FONTS = ([400, 600, 700] as const).map((w) => `@font-face{font-family:'Inter';font-weight:${w};src:url(/api/v1/fonts/inter-${w}.ttf) format('truetype');}`).join('');

let cache: { key: string; svg: string | null } | null = null;

/** A question and its neighbourhood, at most MAX_NODES nodes: what the picture shows. */
export function pictureNodes(state: MapState): Set<string> {
  // what points at each node (server code keeps to lib/argument: nothing under lib/server imports lib/client)
  const incoming = new Map<string, Relation[]>();
  for (const r of state.relations.values()) pushTo(incoming, r.toId, r);
  const questions = [...state.nodes.values()].filter((n) => n.kind === 'QUESTION');
  const busiest = questions.sort((a, b) => (incoming.get(b.id)?.length ?? 0) - (incoming.get(a.id)?.length ?? 0))[0];
  const start = busiest ?? [...state.nodes.values()][0];
  const out = new Set<string>();
  if (!start) return out;
  out.add(start.id);
  // breadth first over what points at the question: answers, then their reasons and rebuttals
  let frontier = [start.id];
  while (frontier.length && out.size < MAX_NODES) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of (incoming.get(id) ?? []).slice(0, 3)) {
        if (out.size >= MAX_NODES) break;
        if (r.type === 'UNDERCUTS' || out.has(r.fromId) || !state.nodes.has(r.fromId)) continue;
        out.add(r.fromId);
        next.push(r.fromId);
      }
    }
    frontier = next;
  }
  return out;
}

/** The picture as SVG markup, or null when the demo map is not there (or not public). */
export async function landingPicture(locale: Locale): Promise<string | null> {
  const map = await db().argumentMap.findUnique({ where: { id: DEMO_MAP_ID }, select: { title: true, revision: true, visibility: true } });
  if (!map || map.visibility !== 'PUBLIC') return null;
  const key = `${map.revision}:${locale}`;
  if (cache?.key === key) return cache.svg;
  const state = await db().$transaction((tx) => loadState(tx, DEMO_MAP_ID));
  const only = pictureNodes(state);
  let svg: string | null = null;
  if (only.size) {
    const layout = layoutExport(
      { title: map.title, nodes: [...state.nodes.values()], relations: [...state.relations.values()], tags: [...state.tags.values()], sources: [...state.sources.values()], citations: [...state.citations.values()] },
      { locale, title: false, legend: false, bibliography: false, badges: true, background: 'white', only, fontFaces: FONTS },
    );
    // inline in the page: no XML prolog, decorative (the figure names what it shows)
    svg = drawExport(layout).replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ');
  }
  cache = { key, svg };
  return svg;
}
