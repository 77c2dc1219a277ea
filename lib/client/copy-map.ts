// "Make a copy": a new map (POST /api/v1/maps) filled with the original's content in
// one operations batch with fresh ids (several batches only beyond the API's limit).
import { LIMITS } from '@/lib/api/schemas';
import { emptyState, type MapState } from '@/lib/argument/operations';
import { problemMessage } from './problem';
import { copyAll, pasteOps } from './clipboard';
import { chunkOperations } from './history';

export function copyBatches(state: MapState, sourceMapId: string, targetMapId: string) {
  const { ops } = pasteOps(emptyState(), targetMapId, copyAll(state, sourceMapId), { x: 0, y: 0 });
  return ops.length ? chunkOperations(ops, LIMITS.operationsPerBatch) : [];
}

export async function copyMap(
  state: MapState,
  source: { id: string; title: string; description: string; language: string },
  title: string,
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const created = await fetch('/api/v1/maps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: title.slice(0, LIMITS.mapTitle), description: source.description, language: source.language, visibility: 'PRIVATE' }),
  });
  if (!created.ok) return { ok: false, message: await problemMessage(created, `HTTP ${created.status}`) };
  const { id } = (await created.json()) as { id: string };
  for (const operations of copyBatches(state, source.id, id)) {
    const res = await fetch(`/api/v1/maps/${id}/operations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operations }),
    });
    if (!res.ok) return { ok: false, message: await problemMessage(res, `HTTP ${res.status}`) };
  }
  return { ok: true, id };
}
