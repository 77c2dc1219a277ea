import { getActor } from '@/lib/server/auth';
import { exportCache, exportKey } from '@/lib/server/export-cache';
import { exportHeaders, exportLayout, exportPdf, inExportTurn, loadForExport, readExportRequest } from '@/lib/server/export';
import { route } from '@/lib/server/http';

/**
 * The map as a vector PDF (page a4|a3|fit, landscape), Inter embedded; 503 with
 * Retry-After when too many exports wait. POST takes the options (a long selection) as JSON.
 * Requests for the same drawing share it, and it is kept until the map changes
 * (lib/server/export-cache.ts).
 */
const handler = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = await readExportRequest(req);
  const loaded = await loadForExport(await getActor(req, { reads: true }), mapId);
  const layout = exportLayout(loaded, q);
  const page = q.page ?? 'fit';
  const pdf = await exportCache.get(exportKey('pdf', loaded.map, { ...q, page }), loaded.map, () => inExportTurn(() => exportPdf(layout, page, loaded.map.title), req.signal));
  return new Response(new Uint8Array(pdf), { headers: exportHeaders(loaded, 'pdf', 'application/pdf', !!q.download) });
});
export { handler as GET, handler as POST };
