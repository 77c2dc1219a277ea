import { requireRead } from '@/lib/server/access';
import { getActor } from '@/lib/server/auth';
import { evaluationOf } from '@/lib/server/evaluation';
import { json, route } from '@/lib/server/http';

/** Which claims stand: the grounded label of every claim, proposal and evidence node and every rebuttal. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const access = await requireRead(await getActor(req), mapId);
  return json(await evaluationOf(mapId, access.map.revision));
});
