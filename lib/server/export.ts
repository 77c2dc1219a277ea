// Exports of a map from the server, with no browser: SVG from the shared renderer
// (lib/render), PNG from that SVG with resvg (the project's own Inter files, no system
// fonts), vector PDF with pdfkit and svg-to-pdfkit (the same TTF embedded), and the
// lossless JSON document (lib/interchange/json.ts). Limits are checked on the layout,
// before anything is drawn. Neither PNG nor PDF holds the event loop for long: the PNG is
// drawn and encoded in strips on worker threads (lib/server/export-png.ts), and the PDF is
// written in chunks of PDF_CHUNK pieces with a turn of the event loop between them. Both
// take their turn in the export queue (inExportTurn: 503 with Retry-After when it is full).
import 'server-only';
import type { NextRequest } from 'next/server';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EXPORT_LIMITS, exportBody, exportQuery, type ExportQuery } from '@/lib/api/export-schemas';
import type { Role, Visibility } from '@/lib/argument/model';
import type { MapState } from '@/lib/argument/operations';
import { LOCALES, type Locale } from '@/lib/i18n/messages';
import { exportMapDocument } from '@/lib/interchange/json';
import { drawExport, exportChunks, layoutExport, type ExportLayout, type RenderOptions } from '@/lib/render/svg';
import { downloadHeader } from './download-header';
import { requireRead } from './access';
import type { Actor } from './auth';
import { db } from './db';
import { renderPng } from './export-png';
import { fontPath } from './fonts';
import { HttpError, readBody, readQuery } from './http';
import { loadState } from './maps';

export { EXPORT_LIMITS, exportQuery, type ExportQuery };
export { inExportTurn } from './export-png';

/** An export's options: from the query (GET), or from a JSON body (POST, for long selections). */
export async function readExportRequest(req: NextRequest): Promise<ExportQuery> {
  return req.method === 'POST' ? readBody(req, exportBody) : readQuery(req, exportQuery);
}
/** the longest page side a PDF may have (PDF's own limit is 200 inches) */
const PDF_MAX_SIDE = 14_400;
/**
 * pieces (a node, a relation, a label…) per svg-to-pdfkit call: about 15 ms a call. Measured on a
 * 2,000-node map on a busy 2-core machine, the longest pause of the event loop was about 350 ms
 * (garbage collection, and the font subset pdfkit writes at the end).
 */
export const PDF_CHUNK = 20;

export interface LoadedMap {
  map: { id: string; title: string; description: string; language: string; visibility: Visibility; revision: number };
  role: Role | null;
  state: MapState;
}

/** The map as the caller may read it (a PRIVATE map is a 404 to strangers), consistent with one revision. */
export async function loadForExport(actor: Actor | null, mapId: string): Promise<LoadedMap> {
  const access = await requireRead(actor, mapId);
  const { map, state } = await db().$transaction(async (tx) => ({
    map: await tx.argumentMap.findUniqueOrThrow({ where: { id: mapId } }),
    state: await loadState(tx, mapId),
  }));
  return { map: { ...map, visibility: access.map.visibility }, role: access.role, state };
}

const tooLarge = (detail: string, extra: Record<string, unknown>) => new HttpError(413, 'Export too large', detail, { type: 'urn:pleit:problem:export-too-large', ...extra });

/** The layout of an image export, refused (413) before drawing when it is too big. */
export function exportLayout(loaded: LoadedMap, q: ExportQuery): ExportLayout {
  const language = (LOCALES as readonly string[]).includes(loaded.map.language) ? (loaded.map.language as Locale) : 'en';
  const count = q.nodes ? [...q.nodes].filter((id) => loaded.state.nodes.has(id)).length : loaded.state.nodes.size;
  if (count > EXPORT_LIMITS.nodes) {
    throw tooLarge(`An image export holds at most ${EXPORT_LIMITS.nodes} nodes; this one has ${count}. Export a selection, or the JSON.`, { limit: EXPORT_LIMITS.nodes, nodes: count });
  }
  if (q.nodes && count === 0) throw new HttpError(422, 'Nothing to export', 'None of the selected nodes (nodes) is in this map.', { type: 'urn:pleit:problem:validation', errors: [{ path: 'nodes', message: 'No such nodes in this map.' }] });
  const options: RenderOptions = {
    locale: q.locale ?? language,
    title: q.title ?? true,
    legend: q.legend ?? true,
    bibliography: q.bibliography ?? true,
    badges: q.badges ?? true,
    background: q.background ?? 'white',
    only: q.nodes ?? null,
  };
  const s = loaded.state;
  return layoutExport(
    { title: loaded.map.title, nodes: [...s.nodes.values()], relations: [...s.relations.values()], tags: [...s.tags.values()], sources: [...s.sources.values()], citations: [...s.citations.values()] },
    options,
  );
}

export const exportSvg = (layout: ExportLayout) => drawExport(layout);

const pngFits = (layout: ExportLayout, scale: number) => {
  const w = Math.ceil(layout.width * scale);
  const h = Math.ceil(layout.height * scale);
  return w * h <= EXPORT_LIMITS.pngPixels && Math.max(w, h) <= EXPORT_LIMITS.pngSide;
};

/** Checks a PNG's size before it is drawn: 413 with the largest scale the API takes (1, 2, 4) that would fit. */
export function checkPngSize(layout: ExportLayout, scale: number) {
  if (pngFits(layout, scale)) return;
  const w = Math.ceil(layout.width * scale);
  const h = Math.ceil(layout.height * scale);
  const fits = [4, 2, 1].find((s) => s < scale && pngFits(layout, s)) ?? null;
  throw tooLarge(
    `A PNG of ${w} × ${h} pixels is more than this server draws (${EXPORT_LIMITS.pngPixels.toLocaleString('en')} pixels, ${EXPORT_LIMITS.pngSide} a side). ${fits ? `Scale ${fits} fits.` : 'Even scale 1 does not fit:'} Export SVG or PDF (vector, any size), or a selection.`,
    { width: w, height: h, limit: EXPORT_LIMITS.pngPixels, maxSide: EXPORT_LIMITS.pngSide, fits },
  );
}

export async function exportPng(layout: ExportLayout, scale: number): Promise<Buffer> {
  checkPngSize(layout, scale);
  return renderPng(layout, scale);
}

/** PDF page sizes in points, landscape. */
const PAGES = { a4: [841.89, 595.28], a3: [1190.55, 841.89] } as const;
const PDF_MARGIN = 24;

export async function exportPdf(layout: ExportLayout, page: 'a4' | 'a3' | 'fit', title: string): Promise<Buffer> {
  // fit: the page is the drawing (1 px = 0.75 pt), shrunk when it passes PDF's page limit
  const fitScale = Math.min(0.75, PDF_MAX_SIDE / Math.max(layout.width, layout.height));
  const [pw, ph] = page === 'fit' ? [layout.width * fitScale, layout.height * fitScale] : PAGES[page];
  const margin = page === 'fit' ? 0 : PDF_MARGIN;
  const scale = Math.min((pw - 2 * margin) / layout.width, (ph - 2 * margin) / layout.height);
  const [w, h] = [layout.width * scale, layout.height * scale];
  const [x, y] = [(pw - w) / 2, (ph - h) / 2];
  const doc = new PDFDocument({ size: [pw, ph], margin: 0, autoFirstPage: true, info: { Title: title, Creator: 'Pleit' }, font: fontPath(400) });
  doc.registerFont('Inter', fontPath(400));
  doc.registerFont('Inter-SemiBold', fontPath(600));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  for (const svg of exportChunks(layout, PDF_CHUNK)) {
    SVGtoPDF(doc, svg, x, y, {
      width: w,
      height: h,
      // without it svg-to-pdfkit draws the SVG at its own size (1 px = 1 pt) and the page cuts it off
      preserveAspectRatio: 'xMidYMid meet',
      assumePt: false,
      // svg-to-pdfkit knows normal and bold: 600 and 700 both draw in SemiBold
      fontCallback: (_family: string, bold: boolean) => (bold ? 'Inter-SemiBold' : 'Inter'),
    });
    await nextTurn();
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export const jsonDocument = async (loaded: LoadedMap) => {
  // a source's stored text is private to the map's members (as GET …/text): others get text null
  const rows = loaded.role ? await db().source.findMany({ where: { mapId: loaded.map.id, text: { not: null } }, select: { id: true, text: true } }) : [];
  return exportMapDocument(loaded.map, loaded.state, new Map(rows.map((r) => [r.id, r.text!])));
};

/** The headers of an export: its type, a safe file name, and caching by visibility. */
export function exportHeaders(loaded: LoadedMap, extension: string, contentType: string, download: boolean): Record<string, string> {
  return {
    'content-type': contentType,
    'content-disposition': downloadHeader(loaded.map.title, `.${extension}`, download),
    'cache-control': loaded.map.visibility === 'PUBLIC' ? 'public, max-age=60' : 'private, no-store',
    'x-content-type-options': 'nosniff',
    'x-pleit-revision': String(loaded.map.revision),
  };
}
