import { report, sessionCaller } from '@/lib/server/debate';
import { json, route } from '@/lib/server/http';

/** The session's report (JSON): participants, timeline, proposals and outcomes, results, the map revision at the end. Members of the map only. */
export const GET = route<{ sessionId: string }>(async (req, { sessionId }) => {
  const { session, viewer } = await sessionCaller(req, sessionId);
  const body = await report(session, viewer);
  const download = req.nextUrl.searchParams.get('download') === '1';
  return json(body, 200, download ? { 'content-disposition': `attachment; filename="session-${sessionId}.json"` } : {});
});
