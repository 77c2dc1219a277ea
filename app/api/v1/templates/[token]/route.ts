import { requireActor } from '@/lib/server/auth';
import { json, route } from '@/lib/server/http';
import { templateInfo } from '@/lib/server/templates';

/** What a template link hands out, and the caller's copy if they have one (signed in). */
export const GET = route<{ token: string }>(async (req, { token }) => {
  const actor = await requireActor(req);
  return json(await templateInfo(token, actor.id));
});
