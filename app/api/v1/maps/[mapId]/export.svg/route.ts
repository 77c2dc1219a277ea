import { getActor } from '@/lib/server/auth';
import { exportHeaders, exportLayout, exportSvg, loadForExport, readExportRequest } from '@/lib/server/export';
import { route } from '@/lib/server/http';

/** The map as SVG (text as text), drawn by the shared renderer; POST takes the options (a long selection) as JSON. */
const handler = route<{ mapId: string }>(async (req, { mapId }) => {
  const q = await readExportRequest(req);
  const loaded = await loadForExport(await getActor(req, { reads: true }), mapId);
  const svg = exportSvg(exportLayout(loaded, q));
  return new Response(svg, {
    headers: { ...exportHeaders(loaded, 'svg', 'image/svg+xml; charset=utf-8', !!q.download), 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; font-src data:" },
  });
});
export { handler as GET, handler as POST };
