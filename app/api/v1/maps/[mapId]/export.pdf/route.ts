import { getActor } from '@/lib/server/auth';
import { exportHeaders, exportLayout, exportPdf, inExportTurn, loadForExport, readExportRequest } from '@/lib/server/export';
import { route } from '@/lib/server/http';

/**
 * The map as a vector PDF (page a4|a3|fit, landscape), Inter embedded; 503 with
 * Retry-After when too many exports wait. POST takes the options (a long selection) as JSON.
 */
const handler = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = await readExportRequest(req);
  const loaded = await loadForExport(await getActor(req), mapId);
  const layout = exportLayout(loaded, q);
  const pdf = await inExportTurn(() => exportPdf(layout, q.page ?? 'fit', loaded.map.title), req.signal);
  return new Response(new Uint8Array(pdf), { headers: exportHeaders(loaded, 'pdf', 'application/pdf', !!q.download) });
});
export { handler as GET, handler as POST };
