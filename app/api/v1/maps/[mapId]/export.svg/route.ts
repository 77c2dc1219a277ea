import { getActor } from '@/lib/server/auth';
import { exportHeaders, exportLayout, exportQuery, exportSvg, loadForExport } from '@/lib/server/export';
import { readQuery, route } from '@/lib/server/http';

/** The map as SVG (text as text), drawn by the shared renderer. */
export const GET = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = readQuery(req, exportQuery);
  const loaded = await loadForExport(await getActor(req), mapId);
  const svg = exportSvg(exportLayout(loaded, q));
  return new Response(svg, {
    headers: { ...exportHeaders(loaded, 'svg', 'image/svg+xml; charset=utf-8', !!q.download), 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; font-src data:" },
  });
});
