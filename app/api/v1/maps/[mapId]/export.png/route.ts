import { getActor } from '@/lib/server/auth';
import { exportHeaders, exportLayout, exportPng, exportQuery, loadForExport } from '@/lib/server/export';
import { readQuery, route } from '@/lib/server/http';

/** The map as PNG (?scale=1|2|4), rendered with resvg from the same SVG; 413 before drawing when too big. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = readQuery(req, exportQuery);
  const loaded = await loadForExport(await getActor(req), mapId);
  const png = await exportPng(exportLayout(loaded, q), q.scale ?? 1);
  return new Response(new Uint8Array(png), { headers: exportHeaders(loaded, 'png', 'image/png', !!q.download) });
});
