import { getActor } from '@/lib/server/auth';
import { exportHeaders, exportLayout, exportPdf, exportQuery, loadForExport } from '@/lib/server/export';
import { readQuery, route } from '@/lib/server/http';

/** The map as a vector PDF (?page=a4|a3|fit, landscape), Inter embedded. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = readQuery(req, exportQuery);
  const loaded = await loadForExport(await getActor(req), mapId);
  const pdf = await exportPdf(exportLayout(loaded, q), q.page ?? 'fit', loaded.map.title);
  return new Response(new Uint8Array(pdf), { headers: exportHeaders(loaded, 'pdf', 'application/pdf', !!q.download) });
});
