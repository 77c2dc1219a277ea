// A worker thread of the server's PNG export (lib/server/export-png.ts): draws one
// horizontal strip of the image with resvg and returns it as the strip's part of the
// PNG's compressed data (its rows, deflated, in its own IDAT chunk), so the main
// thread only puts the strips' chunks one after another. Plain JavaScript, found at run
// time outside Next's bundle (like scripts/sourcing-worker.mjs); the tests import
// renderStrip from here directly.
//
// Why strips, and why here: resvg's cost is its text layout and then the pixels; strips
// are drawn in parallel, each with only the pieces that reach into it, and the PNG encoding
// (a second or more for 40 M pixels with resvg's asPng, which ran on the main thread) is
// done by the strips' workers too.
//
// Why the text is outlined first (scripts/text-outlines.mjs): resvg-js opens and reads the
// font file again for every glyph it lays out (strace: one openat per glyph; fonts can be
// given only as paths), which was most of its time on large maps; drawn as outlines of the
// same glyphs, the text costs a fraction of that and looks the same
// (tests/unit/export-files.test.ts compares the pixels).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { TextOutliner } from './text-outlines.mjs';

/** One outliner per set of font files (the server has one): its caches live as long as the worker. */
const outliners = new Map();
function outliner(fonts) {
  const key = JSON.stringify(fonts);
  let o = outliners.get(key);
  if (!o) outliners.set(key, (o = new TextOutliner(fonts)));
  return o;
}

/** Adler-32 of the bytes (zlib's checksum, needed for the stream the strips make up). */
export function adler32(bytes, start = 1) {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    // 5552: the most bytes before b can pass 2^32
    const end = Math.min(n, i + 5552);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Renders one strip: `svg` is a document of `width` × `height` pixels (the strip, already
 * moved and scaled, see lib/render/svg.ts drawStrip). `fonts`: the font file of
 * each weight, { 400, 600, 700 }. Returns the IDAT chunk with the strip's rows (filter
 * None, straight alpha), deflated and ended with a sync flush so that the strips' data
 * concatenated is one deflate stream; with the Adler-32 and length of the uncompressed
 * rows, which the caller combines. `opaque`: every pixel is (a white background), so there
 * is no alpha to straighten. `outline: false` leaves the text to resvg (the tests compare).
 */
export function renderStrip({ svg, width, height, fonts, opaque = false, level = 1, outline = true }) {
  const resvg = new Resvg(outline ? outliner(fonts).outline(svg) : svg, {
    // text the outliner leaves (right-to-left scripts) is laid out by resvg from the same
    // files (resvg-js 2.6 takes fonts as paths only: its options cross to Rust as JSON)
    font: { fontFiles: Object.values(fonts), loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  if (image.width !== width || image.height !== height) throw new Error(`strip drawn at ${image.width} × ${image.height}, not ${width} × ${height}`);
  const px = image.pixels;
  if (!opaque) {
    // resvg's pixels are premultiplied; PNG's alpha is straight
    for (let i = 3; i < px.length; i += 4) {
      const a = px[i];
      if (a === 255 || a === 0) continue;
      px[i - 3] = Math.min(255, Math.round((px[i - 3] * 255) / a));
      px[i - 2] = Math.min(255, Math.round((px[i - 2] * 255) / a));
      px[i - 1] = Math.min(255, Math.round((px[i - 1] * 255) / a));
    }
  }
  // filter None: on these drawings (flat colours, long runs) deflate does as well without
  // a filter, and faster (measured: smaller and quicker than Sub); level 1: a quarter
  // faster than 3 for a file 5 % larger
  const stride = width * 4;
  const rows = Buffer.allocUnsafe(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = 0;
    rows.set(px.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const data = zlib.deflateRawSync(rows, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const chunk = Buffer.allocUnsafe(data.length + 12);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('IDAT', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(zlib.crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return { chunk, adler: adler32(rows), length: rows.length };
}

if (!isMainThread && parentPort && workerData?.pleitExportWorker) {
  parentPort.postMessage({ ready: true });
  // one job at a time: the pool sends the next when this one has answered
  parentPort.on('message', async (job) => {
    try {
      const out = renderStrip(job);
      // the chunk's memory moves to the main thread instead of being copied
      const chunk = out.chunk.byteOffset === 0 && out.chunk.buffer.byteLength === out.chunk.length ? out.chunk : new Uint8Array(out.chunk);
      parentPort.postMessage({ ok: true, value: { ...out, chunk } }, [chunk.buffer]);
    } catch (e) {
      parentPort.postMessage({ ok: false, error: { message: e instanceof Error ? e.message : String(e) } });
    }
  });
}
