import { z } from 'zod';
import { getActor } from '@/lib/server/auth';
import { exportHeaders, jsonDocument, loadForExport } from '@/lib/server/export';
import { readQuery, route } from '@/lib/server/http';

const query = z.strictObject({ download: z.enum(['0', '1', 'true', 'false']).optional() });

/** The whole map in Pleit's lossless JSON format (GET /api/v1/schemas/map.json). */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = readQuery(req, query);
  const loaded = await loadForExport(await getActor(req), mapId);
  const body = JSON.stringify(await jsonDocument(loaded), null, 2);
  return new Response(body, { headers: exportHeaders(loaded, 'json', 'application/json; charset=utf-8', q.download === '1' || q.download === 'true') });
});
