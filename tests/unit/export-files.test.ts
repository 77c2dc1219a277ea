// The server's image and PDF exports, read back: the PNG decoded (its size, not blank,
// the relation's colour on the curve between two connected nodes), the PDF parsed (page
// size, the node titles as text), and the limits that refuse before drawing.
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { adlerCombine, stripRows } from '@/lib/server/export-png';
import { fontFiles, fontPaths } from '@/lib/server/fonts';
import { adler32, renderStrip } from '@/scripts/export-worker.mjs';
import { TextOutliner } from '@/scripts/text-outlines.mjs';
import { checkPngSize, EXPORT_LIMITS, exportPdf, exportPng } from '@/lib/server/export';
import { drawExport, layoutExport, type ExportLayout } from '@/lib/render/svg';
import { HttpError } from '@/lib/server/http';
import { RELATION_STYLE } from '@/lib/render/style';
import { fixtureMap } from './render-fixture';

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

function pointOn(d: string, t: number) {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = (d.match(/-?[\d.]+/g) ?? []).map(Number);
  const u = 1 - t;
  return { x: u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, y: u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3 };
}

// resvg and pdfkit take seconds on a busy machine
describe('PNG export', { timeout: 60_000 }, () => {
  it('has the layout’s size times the scale, is not blank, and shows the relation between connected nodes', async () => {
    const layout = layoutExport(fixtureMap(), { locale: 'en' });
    const png = PNG.sync.read(await exportPng(layout, 2));
    expect([png.width, png.height]).toEqual([layout.width * 2, layout.height * 2]);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink++;
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
    // a quarter of the way along the SUPPORTS curve (between the nodes, clear of its label): its green
    const support = layout.relations.find((r) => r.relation.type === 'SUPPORTS')!;
    const p = pointOn(support.curve.d, 0.25);
    const [gr, gg, gb] = hex(RELATION_STYLE.SUPPORTS.stroke);
    let near = false;
    for (let dx = -3; dx <= 3 && !near; dx++) {
      for (let dy = -3; dy <= 3 && !near; dy++) {
        const x = Math.round((p.x + layout.offset.x) * 2) + dx;
        const y = Math.round((p.y + layout.offset.y) * 2) + dy;
        const i = (y * png.width + x) * 4;
        near = Math.abs(png.data[i] - gr) < 40 && Math.abs(png.data[i + 1] - gg) < 40 && Math.abs(png.data[i + 2] - gb) < 40;
      }
    }
    expect(near).toBe(true);
  });

  it('keeps a transparent background transparent', async () => {
    const layout = layoutExport(fixtureMap(), { locale: 'en', background: 'transparent' });
    const png = PNG.sync.read(await exportPng(layout, 1));
    expect(png.data[3]).toBe(0);
  });

  /** Pixels whose colour or alpha differs by more than a few levels from one resvg call drawing the whole SVG. */
  function differences(layout: ExportLayout, scale: number, png: PNG): number {
    const whole = new Resvg(drawExport({ ...layout, options: { ...layout.options, fontStack: 'Inter' } }), {
      font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: 'Inter' },
      fitTo: { mode: 'zoom', value: scale },
      shapeRendering: 2,
      textRendering: 1,
    });
    const ref = PNG.sync.read(whole.render().asPng());
    expect([png.width, png.height]).toEqual([ref.width, ref.height]);
    let off = 0;
    for (let i = 0; i < ref.data.length; i += 4) {
      const alpha = ref.data[i + 3];
      // colour only counts where it can be seen (a nearly transparent pixel's colour is rounding)
      const colour = alpha < 16 ? 0 : Math.max(...[0, 1, 2].map((k) => Math.abs(ref.data[i + k] - png.data[i + k])));
      if (colour > 8 || Math.abs(alpha - png.data[i + 3]) > 8) off++;
    }
    return off;
  }

  it('draws in strips the same image as resvg draws whole, with a white or a transparent background', async () => {
    for (const background of ['white', 'transparent'] as const) {
      const layout = layoutExport(fixtureMap(), { locale: 'nl', background });
      const png = PNG.sync.read(await exportPng(layout, 2));
      // at least two strips are drawn (one per worker), so their seam is inside the image
      expect(stripRows(png.width, png.height, 2).length).toBeGreaterThanOrEqual(2);
      expect(differences(layout, 2, png)).toBeLessThan(png.width * png.height * 0.001);
    }
  });

  it('cuts an image into strips that cover its rows once, and combines their checksums as zlib does', () => {
    for (const [w, h, workers] of [[100, 7, 2], [10_000, 4000, 2], [5, 1, 3], [20_000, 2000, 1]]) {
      const rows = stripRows(w, h, workers);
      expect(rows.reduce((a, b) => a + b, 0)).toBe(h);
      expect(Math.min(...rows)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...rows) * w).toBeLessThanOrEqual(Math.max(6_000_000, w));
      // each worker gets as many strips
      if (h >= workers) expect(rows.length % workers).toBe(0);
    }
    const a = Buffer.from('the first strip of rows, '.repeat(500));
    const b = Buffer.from('and the second one.'.repeat(700));
    expect(adlerCombine(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
    // zlib's own Adler-32 for a known input ("Wikipedia")
    expect(adler32(Buffer.from('Wikipedia'))).toBe(0x11e60398);
  });

  /** A strip's pixels (RGBA rows, without their filter bytes) as the worker draws them. */
  function stripPixels(job: { svg: string; width: number; height: number; outline: boolean }): Buffer {
    const { chunk } = renderStrip({ ...job, fonts: fontFiles(), opaque: true });
    const rows = zlib.inflateRawSync(chunk.subarray(8, chunk.length - 4), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    expect(rows.length).toBe(job.height * (job.width * 4 + 1));
    const stride = job.width * 4;
    return Buffer.concat(Array.from({ length: job.height }, (_, y) => rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))));
  }

  /** How far two drawings differ: channels off by more than 8 levels, and all differences against all ink. */
  function compare(a: Buffer, b: Buffer) {
    let off = 0;
    let diff = 0;
    let ink = 0;
    for (let i = 0; i < a.length; i++) {
      const d = Math.abs(a[i] - b[i]);
      if (d > 8) off++;
      diff += d;
      ink += 255 - b[i];
    }
    return { off, share: diff / ink, ink };
  }

  const textLine = (weight: number, y: number, s: string, extra = '') => `<text x="8" y="${y}" font-size="15" font-weight="${weight}" fill="#1d1d1b"${extra}>${s}</text>`;
  // in each weight: kerning pairs (AV, Yo, Te), ligatures and contextual forms (fi, ->), accents,
  // symbols, entities, Greek and Cyrillic, characters Inter lacks (its missing-glyph box, also
  // in clusters of several glyphs: an emoji with a skin tone, a keycap, a mark), spaces
  const LINES = [
    'AVAWAY Tokyo Tekst fiets -> 12:30',
    'Zoë, Ijsselmeer, çà ß — „quote” 1/2 ⊘ ↳',
    '&amp; &lt;tag&gt; &quot;q&apos;  Ελλάδα Київ 漢字',
    '  two   spaces  collapse  a👍🏽b 1️⃣ x\u0331y\u00a0z ',
  ];
  const testDocument = (width: number, height: number, scale: number, body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter"><g transform="translate(0 0) scale(${scale})"><rect width="440" height="300" fill="#ffffff"/>${body}</g></svg>`;

  it('draws text as the outlines of the glyphs resvg would lay out: the same pixels, give or take an edge', () => {
    const body =
      [400, 600, 700].flatMap((w, i) => LINES.map((l, j) => textLine(w, 20 + (i * 4 + j) * 20, l, j === 1 ? ' letter-spacing="0.6"' : ''))).join('') +
      // the node title's form: lines as tspans, spaces kept
      '<text class="title" font-size="14" font-weight="600" fill="#333333" xml:space="preserve"><tspan x="10" y="268">  kept  spaces, Wij &amp; zij</tspan><tspan x="10" y="288">Tweede regel</tspan></text>';
    for (const scale of [0.47, 1, 2]) {
      const [width, height] = [Math.ceil(440 * scale), Math.ceil(300 * scale)];
      const svg = testDocument(width, height, scale, body);
      // every text of it is drawn as paths: resvg lays out none
      expect(new TextOutliner(fontFiles()).outline(svg)).not.toMatch(/<text|<tspan/);
      const outlined = stripPixels({ svg, width, height, outline: true });
      const byResvg = stripPixels({ svg, width, height, outline: false });
      const { off, share, ink } = compare(outlined, byResvg);
      expect(ink).toBeGreaterThan(width * height * 10); // there is text to compare
      // measured: 0.07–0.08 % of the channels, 0.07–0.11 % of the ink (edges a hair apart)
      expect(off).toBeLessThan(outlined.length * 0.002);
      expect(share).toBeLessThan(0.003);
    }
    // the comparison sees a difference a reader would: the same text a weight lighter
    const svg = testDocument(440, 300, 1, body);
    const lighter = testDocument(440, 300, 1, body.replace(/font-weight="700"/g, 'font-weight="600"'));
    const wrong = compare(stripPixels({ svg: lighter, width: 440, height: 300, outline: true }), stripPixels({ svg, width: 440, height: 300, outline: false }));
    expect(wrong.share).toBeGreaterThan(0.02);
  });

  it('leaves right-to-left text, and text in forms it does not draw, to resvg, which lays it out with the same fonts', () => {
    const outliner = new TextOutliner(fontFiles());
    const rtl = textLine(400, 40, 'שלום Pleit مرحبا');
    const centred = '<text x="220" y="55" font-size="12" font-weight="400" text-anchor="middle">midden</text>';
    const flowing = '<text font-size="12" font-weight="400" fill="#000"><tspan x="5" y="55">een</tspan><tspan>twee</tspan></text>';
    // a space at the seam of two tspans (usvg collapses it across them), a spacing in em, a fill inherited
    const seam = '<text font-size="12" font-weight="400" fill="#000"><tspan x="5" y="45">een</tspan><tspan x="5" y="58"> twee</tspan></text>';
    const others = [textLine(400, 50, 'em', ' letter-spacing="0.1em"'), '<text x="5" y="50" font-size="12" font-weight="400">zwart?</text>'];
    const svg = testDocument(440, 60, 1, rtl + textLine(700, 20, 'Links &amp; rechts') + centred + flowing + seam + others.join(''));
    const out = outliner.outline(svg);
    for (const kept of [rtl, centred, flowing, seam, ...others]) expect(out).toContain(kept);
    expect(out.match(/<text/g)).toHaveLength(6);
    // and it is drawn: the Latin word in it at least (Inter has no Hebrew or Arabic)
    const px = stripPixels({ svg, width: 440, height: 60, outline: true });
    let dark = 0;
    for (let y = 28; y < 44; y++) for (let x = 0; x < 440; x++) if (px[(y * 440 + x) * 4] < 128) dark++;
    expect(dark).toBeGreaterThan(30);
  });

  it('refuses a PNG past the pixel limit before drawing it, saying which scale fits', () => {
    const layout = layoutExport(fixtureMap(), { locale: 'en' });
    const huge = { ...layout, width: 30_000, height: 1000 };
    expect(() => checkPngSize(huge, 1)).toThrow(HttpError);
    // 20,000 × 12,000 at 4× is past 160 M pixels; the answer names a scale the API takes, not 3
    expect(() => checkPngSize({ ...layout, width: 5000, height: 3000 }, 4)).toThrow(/Scale 2 fits/);
    expect(() => checkPngSize({ ...layout, width: 12_000, height: 11_000 }, 2)).toThrow(/Scale 1 fits/);
    expect(() => checkPngSize({ ...layout, width: 12_000, height: 14_000 }, 1)).toThrow(/Even scale 1 does not fit/);
    expect(() => checkPngSize({ ...layout, width: 6000, height: 5765 }, 2)).not.toThrow();
    expect(() => checkPngSize(layout, 4)).not.toThrow();
    expect(EXPORT_LIMITS.pngPixels).toBeGreaterThan(layout.width * layout.height * 16);
  });
});

async function readPdf(bytes: Buffer) {
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const items = (await page.getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() ? [{ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width }] : []));
  return { pages: doc.numPages, view: page.view, text: items.map((i) => i.str).join(' '), items };
}

/** Every text item lies on the page, and together they span most of its width or its height (the drawing is fitted to it). */
function expectFittedOnPage(pdf: Awaited<ReturnType<typeof readPdf>>) {
  const [, , pw, ph] = pdf.view;
  expect(pdf.items.length, JSON.stringify(pdf.items)).toBeGreaterThan(5);
  for (const i of pdf.items) {
    expect(i.x, i.str).toBeGreaterThanOrEqual(0);
    expect(i.x + i.width, i.str).toBeLessThanOrEqual(pw + 0.5);
    expect(i.y, i.str).toBeGreaterThanOrEqual(0);
    expect(i.y, i.str).toBeLessThanOrEqual(ph);
  }
  const xs = pdf.items.flatMap((i) => [i.x, i.x + i.width]);
  const ys = pdf.items.map((i) => i.y);
  const spread = Math.max((Math.max(...xs) - Math.min(...xs)) / pw, (Math.max(...ys) - Math.min(...ys)) / ph);
  expect(spread).toBeGreaterThan(0.6);
}

describe('PDF export', { timeout: 60_000 }, () => {
  it('is an A4 landscape page holding the node titles as text', async () => {
    const map = fixtureMap();
    const pdf = await readPdf(await exportPdf(layoutExport(map, { locale: 'nl' }), 'a4', map.title));
    expect(pdf.pages).toBe(1);
    expect(pdf.view[2]).toBeCloseTo(841.89, 1);
    expect(pdf.view[3]).toBeCloseTo(595.28, 1);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const word of ['draagvlak', 'vooroordelen', 'buurtwerk', 'oppervlakkig', 'BEWERING', 'ondersteunt']) expect(text).toContain(word);
  });

  it('fits the page to the drawing with page=fit, and draws A3 when asked', async () => {
    const layout = layoutExport(fixtureMap(), { locale: 'en' });
    const fit = await readPdf(await exportPdf(layout, 'fit', 't'));
    expect(fit.view[2] / fit.view[3]).toBeCloseTo(layout.width / layout.height, 2);
    const a3 = await readPdf(await exportPdf(layout, 'a3', 't'));
    expect(a3.view[2]).toBeCloseTo(1190.55, 1);
    for (const pdf of [fit, a3]) expectFittedOnPage(pdf);
  });

  it('scales the whole map onto an A4 or A3 page, and a map wider than a PDF page onto the largest page', async () => {
    const base = fixtureMap();
    // the fixture's nodes, and two more 30,000 px apart: wider than PDF's 200 inches at 0.75 pt a pixel
    const far = [
      { ...base.nodes[0], id: 'links', title: 'Uiterst links geplaatst', x: -15_000, y: 0 },
      { ...base.nodes[0], id: 'rechts', title: 'Uiterst rechts geplaatst', x: 15_000, y: 0 },
    ];
    const wide = layoutExport({ ...base, nodes: [...base.nodes, ...far] }, { locale: 'nl' });
    for (const [layout, page] of [[layoutExport(base, { locale: 'nl' }), 'a4'], [wide, 'a4'], [wide, 'a3'], [wide, 'fit']] as const) {
      const pdf = await readPdf(await exportPdf(layout, page, 't'));
      expectFittedOnPage(pdf);
      if (layout === wide) for (const title of ['Uiterst links', 'Uiterst rechts']) expect(pdf.text).toContain(title);
    }
  });
});
