// Exports from the editor, drawn in the browser by the same renderer as the server's
// (lib/render): SVG as it comes, PNG by drawing that SVG on a canvas (with the Inter
// files embedded, as an SVG drawn as an image loads no fonts of its own). A PNG past the
// browser's canvas limits comes from the server's route when it fits there, and is
// otherwise drawn smaller, with a message that says so. PDF and JSON come from the server.
import { EXPORT_LIMITS } from '@/lib/api/export-schemas';
import type { MapState } from '@/lib/argument/operations';
import type { Locale } from '@/lib/i18n/messages';
import { fileName as downloadName } from '@/lib/render/file-name';
import { layoutExport, drawExport, type ExportLayout, type RenderOptions } from '@/lib/render/svg';

/**
 * What a canvas may hold, largest first: 16,384 px a side (html-to-image, Chrome) and 268 M
 * pixels (Chromium, Firefox); 16.7 M pixels (Safari on iOS and iPadOS); and a last resort
 * for browsers with even less memory. A browser past its own limit does not always say so
 * (Safari draws nothing), so each drawing checks that its canvas holds, and the next limit
 * is tried when it does not.
 */
export const BROWSER_CANVASES = [
  { side: 16_384, pixels: 268_435_456 },
  { side: 16_384, pixels: 16_777_216 },
  { side: 4_096, pixels: 4_194_304 },
] as const;
export const BROWSER_CANVAS = BROWSER_CANVASES[0];
/** what the server's PNG route draws */
export const SERVER_PNG = { side: EXPORT_LIMITS.pngSide, pixels: EXPORT_LIMITS.pngPixels } as const;

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'json';
export type ExportScope = 'map' | 'view' | 'selection';

export interface ExportChoice {
  format: ExportFormat;
  scale: 1 | 2 | 4;
  background: 'white' | 'transparent';
  page: 'a4' | 'a3' | 'fit';
  scope: ExportScope;
  title: boolean;
  legend: boolean;
  bibliography: boolean;
  badges: boolean;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  /** set when the PNG was drawn smaller than asked */
  scaledTo?: { width: number; height: number };
  /** set when the server drew it */
  fromServer?: boolean;
  /** set when the server drew a PNG because the browser cannot draw one that big */
  tooBigForBrowser?: { width: number; height: number };
  /** set when the server was asked for the full size and failed, and the browser drew it smaller */
  serverError?: Error;
}

export const layoutFor = (title: string, state: MapState, locale: Locale, choice: ExportChoice, only: ReadonlySet<string> | null, fontFaces?: string): ExportLayout => {
  // the background is a PNG's choice (the dialog shows it for PNG only): SVG and PDF are white
  const background = choice.format === 'png' ? choice.background : 'white';
  const options: RenderOptions = { locale, title: choice.title, legend: choice.legend, bibliography: choice.bibliography, badges: choice.badges, background, only, fontFaces };
  return layoutExport(
    { title, nodes: [...state.nodes.values()], relations: [...state.relations.values()], tags: [...state.tags.values()], sources: [...state.sources.values()], citations: [...state.citations.values()] },
    options,
  );
};

let fontFaces: Promise<string> | null = null;
/** @font-face rules with the renderer's font files inlined, fetched once per page. */
function embeddedFonts(): Promise<string> {
  fontFaces ??= Promise.all(
    ([400, 600, 700] as const).map(async (w) => {
      const res = await fetch(`/api/v1/fonts/inter-${w}.ttf`);
      if (!res.ok) throw new Error(`font ${w}: ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return `@font-face{font-family:'Inter';font-weight:${w};src:url(data:font/ttf;base64,${btoa(binary)}) format('truetype');}`;
    }),
  ).then((rules) => rules.join(''));
  fontFaces.catch(() => (fontFaces = null));
  return fontFaces;
}

/** The largest scale (at most `wanted`) at which a drawing fits the given limits. */
export function fittingScale(width: number, height: number, wanted: number, limits: { side: number; pixels: number }): number {
  return Math.min(wanted, limits.side / Math.max(width, height), Math.sqrt(limits.pixels / (width * height)));
}

/** The pixel size of a drawing at `scale` (whole pixels, never past what the scale gives). */
export const pixelSize = (width: number, height: number, scale: number) => ({
  width: Math.max(1, Math.floor(width * scale + 1e-9)),
  height: Math.max(1, Math.floor(height * scale + 1e-9)),
});

/** The PNG of `svg` drawn on a canvas at `scale`, or null when this browser cannot hold such a canvas. */
async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const canvas = document.createElement('canvas');
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    // an image the browser cannot decode (out of memory, say) is a drawing it cannot make: the server may
    if (!(await img.decode().then(() => true, () => false))) return null;
    const size = pixelSize(width, height, scale);
    canvas.width = size.width;
    canvas.height = size.height;
    const g = canvas.getContext('2d');
    if (!g) return null;
    // a canvas past what the browser holds may draw nothing without an error: its far corner tells
    g.fillStyle = '#000';
    g.fillRect(size.width - 1, size.height - 1, 1, 1);
    const holds = g.getImageData(size.width - 1, size.height - 1, 1, 1).data[3] === 255;
    if (!holds) return null;
    g.clearRect(size.width - 1, size.height - 1, 1, 1);
    g.drawImage(img, 0, 0, size.width, size.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
    // the canvas's memory goes back at once, not when it is collected
    canvas.width = canvas.height = 0;
  }
}

/** Where a PNG is drawn: `draw` on a canvas at a scale (null when the canvas does not hold), or `server`. */
export interface PngRoutes {
  draw: (scale: number) => Promise<Blob | null>;
  server: () => Promise<Blob>;
}
export interface PngOutcome {
  blob: Blob;
  scale: number;
  by: 'browser' | 'server';
  /** why the server did not draw it, when it was asked first */
  serverError?: Error;
}

/**
 * A PNG at the wanted scale when the browser or the server can draw it, otherwise the
 * largest the browser can: in the browser when its canvas holds that size; by the server
 * when the browser cannot and the server's limits allow it; otherwise (or when the server
 * fails: busy, offline) in the browser, smaller, at the largest size its canvas holds.
 */
export async function drawPng(width: number, height: number, wanted: number, routes: PngRoutes): Promise<PngOutcome> {
  const tried = new Set<number>();
  const tryDraw = async (scale: number): Promise<PngOutcome | null> => {
    if (tried.has(scale)) return null;
    tried.add(scale);
    const blob = await routes.draw(scale);
    return blob ? { blob, scale, by: 'browser' } : null;
  };
  if (fittingScale(width, height, wanted, BROWSER_CANVAS) >= wanted) {
    const drawn = await tryDraw(wanted);
    if (drawn) return drawn;
  }
  let serverError: Error | null = null;
  if (fittingScale(width, height, wanted, SERVER_PNG) >= wanted) {
    try {
      return { blob: await routes.server(), scale: wanted, by: 'server' };
    } catch (e) {
      // busy, offline, or the saved map too big: a smaller image from the browser beats none
      if ((e as Error).name === 'AbortError') throw e;
      serverError = e as Error;
    }
  }
  for (const limits of BROWSER_CANVASES) {
    const drawn = await tryDraw(fittingScale(width, height, wanted, limits));
    if (drawn) return serverError ? { ...drawn, serverError } : drawn;
  }
  throw serverError ?? new ExportError('browser', 'the browser could not draw the image');
}

/** The options of a server export: as a query (GET), or as a JSON body (POST) when a selection is sent. */
const serverRequest = (mapId: string, ext: string, choice: ExportChoice, only: ReadonlySet<string> | null, locale: Locale): { url: string; init?: RequestInit } => {
  const url = `/api/v1/maps/${mapId}/export.${ext}`;
  if (ext === 'json') return { url: `${url}?download=1` };
  const options = {
    title: choice.title,
    legend: choice.legend,
    bibliography: choice.bibliography,
    badges: choice.badges,
    background: ext === 'png' ? choice.background : 'white',
    locale,
    download: true,
    ...(ext === 'png' ? { scale: choice.scale } : {}),
    ...(ext === 'pdf' ? { page: choice.page } : {}),
  };
  // a selection's ids would make the URL too long past a few hundred nodes (431): POST them
  if (only) return { url, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...options, nodes: [...only] }) } };
  const q = new URLSearchParams(Object.entries(options).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v)]));
  return { url: `${url}?${q}` };
};

/**
 * Why an export failed, for the dialog to say in the reader's language: the server busy
 * (503), the drawing too large for it (413), no connection, the browser unable to draw,
 * unsaved edits, or another answer (its detail, as the server wrote it).
 */
export type ExportFailure = 'busy' | 'too-large' | 'offline' | 'browser' | 'unsaved' | 'other';
export class ExportError extends Error {
  constructor(
    readonly reason: ExportFailure,
    message: string,
  ) {
    super(message);
  }
}

/** A file from the server's export routes: the answer when it is one, an ExportError when not (an abort stays an abort). */
export async function fetchExport(url: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, credentials: 'same-origin', signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ExportError('offline', (e as Error).message);
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
    const reason: ExportFailure = res.status === 503 ? 'busy' : res.status === 413 ? 'too-large' : 'other';
    throw new ExportError(reason, problem?.detail ?? `HTTP ${res.status}`);
  }
  return res;
}

const fromServer = async ({ url, init }: { url: string; init?: RequestInit }, signal?: AbortSignal): Promise<Blob> => (await fetchExport(url, init, signal)).blob();

/**
 * Resolves after the browser has painted what React committed so far (a frame, then a
 * task): heavy synchronous work started after this does not hide the progress indicator.
 */
export const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export interface RunOptions {
  signal?: AbortSignal;
  /** called before the server is asked to draw: it draws the saved map, so edits must be saved first */
  beforeServer?: () => Promise<void>;
}

export async function runExport(
  map: { id: string; title: string },
  state: MapState,
  locale: Locale,
  choice: ExportChoice,
  only: ReadonlySet<string> | null,
  { signal, beforeServer }: RunOptions = {},
): Promise<ExportResult> {
  const fileName = `${downloadName(map.title)}.${choice.format}`;
  const server = async (ext: string) => {
    await beforeServer?.();
    return fromServer(serverRequest(map.id, ext, choice, only, locale), signal);
  };
  if (choice.format === 'pdf' || choice.format === 'json') return { blob: await server(choice.format), fileName, fromServer: true };
  if (choice.format === 'svg') return { blob: new Blob([drawExport(layoutFor(map.title, state, locale, choice, only))], { type: 'image/svg+xml' }), fileName };
  const layout = layoutFor(map.title, state, locale, choice, only, await embeddedFonts());
  const { width, height } = layout;
  let svg: string | null = null;
  const png = await drawPng(width, height, choice.scale, {
    draw: (scale) => rasterize((svg ??= drawExport(layout)), width, height, scale),
    server: () => server('png'),
  });
  const size = pixelSize(width, height, png.scale);
  if (png.by === 'server') return { blob: png.blob, fileName, fromServer: true, tooBigForBrowser: size };
  return { blob: png.blob, fileName, ...(png.scale < choice.scale ? { scaledTo: size } : {}), ...(png.serverError ? { serverError: png.serverError } : {}) };
}

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
