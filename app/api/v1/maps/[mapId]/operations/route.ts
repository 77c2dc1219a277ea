import { LIMITS, operationBatch } from '@/lib/api/schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { applyBatch } from '@/lib/server/maps';

/** A batch of operations, applied all-or-nothing. */
export const POST = route<{ mapId: string }>(async (req, { mapId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'EDITOR');
  const { operations } = await readBody(req, operationBatch, LIMITS.batchBodyBytes);
  const result = await applyBatch(mapId, actor!.id, operations);
  const byOp = new Map<number, unknown>();
  for (const c of result.changes) {
    const op = operations[c.opIndex];
    if (c.entity === op.entity && c.id === op.id) byOp.set(c.opIndex, c.after);
  }
  return json({
    revision: result.revision,
    results: operations.map((op, i) => ({ op: op.op, entity: op.entity, id: op.id, value: byOp.get(i) ?? null })),
    events: result.events,
  });
});
