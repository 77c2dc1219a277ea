import { templateCreate } from '@/lib/api/sharing-schemas';
import { requireRole } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { json, readBody, route } from '@/lib/server/http';
import { createTemplate, listTemplates } from '@/lib/server/templates';

type P = { mapId: string };

/** The map's class template links with the copies made from each (OWNER). */
export const GET = route<P>(async (req, { mapId }) => {
  await requireRole(await getActor(req), mapId, 'OWNER');
  return json({ templates: await listTemplates(mapId) });
});

/** A new template link `{ownerReads?}` (OWNER): 201 with its `token` and `url`. */
export const POST = route<P>(async (req, { mapId }) => {
  const actor = await getActor(req);
  await requireRole(actor, mapId, 'OWNER');
  const input = await readBody(req, templateCreate);
  return json(await createTemplate(actor!.id, mapId, input), 201);
});
