import { requireActor } from '@/lib/server/auth';
import { json, route } from '@/lib/server/http';
import { copyFromTemplate } from '@/lib/server/templates';

/** The caller's own copy of the template: 201 when made now, 200 with the same map after that. */
export const POST = route<{ token: string }>(async (req, { token }) => {
  const actor = await requireActor(req);
  const result = await copyFromTemplate(token, actor.id);
  return json(result, result.created ? 201 : 200);
});
