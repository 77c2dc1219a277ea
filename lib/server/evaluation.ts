// GET /api/v1/maps/{mapId}/evaluation: the grounded labels of a map (lib/argument/labelling.ts)
// for whoever may read it. Labelling is linear, but reading the map is not free, so the
// answer is kept per map and revision (a revision advances with every change, so an entry
// is never stale); the least recently used maps go first.
import 'server-only';
import { groundedLabelling, labellingToJson, type Label } from '@/lib/argument/labelling';
import type { NodeKind, RelationType } from '@/lib/argument/model';
import { readTransaction } from './db';

export interface Evaluation {
  revision: number;
  nodes: Record<string, Label>;
  relations: Record<string, Label>;
  undercutSupports: string[];
}

/** maps whose latest evaluation is kept, per server process */
export const EVALUATION_CACHE_ENTRIES = 100;

const g = globalThis as { pleitEvaluations?: Map<string, Evaluation> };
const cache = (g.pleitEvaluations ??= new Map());

/** The map's labels at its current revision (`revision` as read by the access check: a hint for the cache). */
export async function evaluationOf(mapId: string, revision: number): Promise<Evaluation> {
  const hit = cache.get(mapId);
  if (hit && hit.revision === revision) {
    cache.delete(mapId);
    cache.set(mapId, hit);
    return hit;
  }
  const { map, nodes, relations } = await readTransaction(async (tx) => ({
    map: await tx.argumentMap.findUniqueOrThrow({ where: { id: mapId }, select: { revision: true } }),
    nodes: await tx.node.findMany({ where: { mapId }, select: { id: true, kind: true } }),
    relations: await tx.relation.findMany({ where: { mapId }, select: { id: true, type: true, fromId: true, toId: true } }),
  }));
  const labels = groundedLabelling({
    nodes: nodes.map((n) => ({ id: n.id, kind: n.kind as NodeKind })),
    relations: relations.map((r) => ({ ...r, type: r.type as RelationType })),
  });
  const evaluation: Evaluation = { revision: map.revision, ...labellingToJson(labels) };
  cache.delete(mapId);
  cache.set(mapId, evaluation);
  while (cache.size > EVALUATION_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return evaluation;
}
