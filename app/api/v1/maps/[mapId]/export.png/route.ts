import { getActor } from '@/lib/server/auth';
import { exportCache, exportKey } from '@/lib/server/export-cache';
import { exportHeaders, exportLayout, exportPng, inExportTurn, loadForExport, readExportRequest } from '@/lib/server/export';
import { route } from '@/lib/server/http';

/**
 * The map as PNG (scale 1, 2 or 4), drawn with resvg from the same SVG on worker threads;
 * 413 before drawing when too big, 503 with Retry-After when too many exports wait.
 * Requests for the same drawing share it, and it is kept until the map changes
 * (lib/server/export-cache.ts).
 * POST takes the options (a long selection) as JSON.
 */
const handler = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = await readExportRequest(req);
  const loaded = await loadForExport(await getActor(req, { reads: true }), mapId);
  const layout = exportLayout(loaded, q);
  const png = await exportCache.get(exportKey('png', loaded.map, { ...q, scale: q.scale ?? 1 }), loaded.map, () => inExportTurn(() => exportPng(layout, q.scale ?? 1), req.signal));
  return new Response(new Uint8Array(png), { headers: exportHeaders(loaded, 'png', 'image/png', !!q.download) });
});
export { handler as GET, handler as POST };
