import { FONT_WEIGHTS, fontBytes } from '@/lib/server/fonts';
import { notFound, route } from '@/lib/server/http';

/** The renderer's font files (Inter, OFL 1.1), for the editor's canvas and its image exports. */
export const GET = route<{ file: string }>(async (_req, { file }) => {
  const weight = FONT_WEIGHTS.find((w) => file === `inter-${w}.ttf`);
  if (!weight) throw notFound('font');
  return new Response(new Uint8Array(fontBytes(weight)), {
    headers: { 'content-type': 'font/ttf', 'cache-control': 'public, max-age=31536000, immutable' },
  });
});
