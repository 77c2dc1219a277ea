import { requireActor } from '@/lib/server/auth';
import { json, route } from '@/lib/server/http';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  return json({ id: actor.id, email: actor.email, name: actor.name, authenticatedBy: actor.via });
});
