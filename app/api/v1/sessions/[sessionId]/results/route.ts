import { results, sessionCaller } from '@/lib/server/debate';
import { json, route } from '@/lib/server/http';

/** Vote results: the moderator always, participants what was revealed (403 before any reveal). */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { session, viewer } = await sessionCaller(req, sessionId);
  return json(await results(session, viewer));
});
