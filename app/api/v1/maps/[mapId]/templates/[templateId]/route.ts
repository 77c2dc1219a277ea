import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { route } from '@/lib/server/http';
import { revokeTemplate } from '@/lib/server/templates';

type P = { mapId: string; templateId: string };

/** Withdraws a template link (OWNER): it gives no more copies; the copies made stay. */
export const DELETE = route<P>(async (req, { mapId, templateId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  await revokeTemplate(actor!.id, mapId, templateId);
  return new Response(null, { status: 204 });
});
