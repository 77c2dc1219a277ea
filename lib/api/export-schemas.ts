// The query of the export endpoints (GET /maps/{id}/export.{svg,png,pdf}) and their
// limits: pure, so the route handlers, the OpenAPI document and the editor share them.
import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/messages';

export const EXPORT_LIMITS = {
  /** nodes in one image or PDF export */
  nodes: 5000,
  /** pixels of one PNG (width × height after scaling); it is drawn in strips (lib/server/export-png.ts), so its memory does not grow with them, its time and file do */
  pngPixels: 160_000_000,
  /** the longest side of a PNG */
  pngSide: 20_000,
  /** ids in ?nodes= (an exported selection) */
  selection: 5000,
} as const;

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const exportQuery = z.strictObject({
  title: flag.optional(),
  legend: flag.optional(),
  bibliography: flag.optional(),
  badges: flag.optional(),
  background: z.enum(['white', 'transparent']).optional(),
  locale: z.enum(LOCALES).optional(),
  nodes: z
    .string()
    .max(EXPORT_LIMITS.selection * 40)
    .describe('a selection: comma-separated node ids')
    .transform((s) => new Set(s.split(',').map((x) => x.trim()).filter(Boolean)))
    .optional(),
  scale: z.enum(['1', '2', '4'], { message: 'scale is 1, 2 or 4.' }).transform(Number).optional(),
  page: z.enum(['a4', 'a3', 'fit'], { message: 'page is a4, a3 or fit.' }).optional(),
  download: flag.optional(),
});
export type ExportQuery = z.output<typeof exportQuery>;

/**
 * The body of POST /maps/{id}/export.{svg,png,pdf}: the same options as the query, as JSON,
 * for selections too long for a URL (a few hundred ids pass the limits of servers and
 * proxies on a request's head).
 */
export const exportBody = z
  .strictObject({
    nodes: z.array(z.string().min(1).max(100)).min(1).max(EXPORT_LIMITS.selection).describe('a selection: node ids').optional(),
    title: z.boolean().optional(),
    legend: z.boolean().optional(),
    bibliography: z.boolean().optional(),
    badges: z.boolean().optional(),
    background: z.enum(['white', 'transparent']).optional(),
    locale: z.enum(LOCALES).optional(),
    scale: z.union([z.literal(1), z.literal(2), z.literal(4)], { message: 'scale is 1, 2 or 4.' }).optional(),
    page: z.enum(['a4', 'a3', 'fit'], { message: 'page is a4, a3 or fit.' }).optional(),
    download: z.boolean().optional(),
  })
  .transform(({ nodes, ...rest }): ExportQuery => ({ ...rest, nodes: nodes ? new Set(nodes) : undefined }));
