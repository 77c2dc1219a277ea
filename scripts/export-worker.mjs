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
// Why cut-down fonts: resvg-js opens and reads the whole font file for every glyph it
// outlines (strace: one openat per glyph; fonts can be given only as paths, see
// docs/benchmarks.md), so its text layout costs time in proportion to the file's size.
// Each export's fonts are cut down (subset-font, HarfBuzz's subsetter) to the characters
// the export draws, keeping the substitutions and kerning that resvg's shaper applies by
// default: about 11 KB a weight instead of 340 KB, and the same pixels
// (tests/unit/export-files.test.ts).
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';

/**
 * The OpenType features resvg's shaper (rustybuzz, like HarfBuzz) applies to horizontal
 * text when none are asked for; the cut-down fonts keep these and drop the rest (stylistic
 * sets, alternates), which would only make the files larger.
 */
const DEFAULT_FEATURES = ['abvm', 'blwm', 'calt', 'ccmp', 'clig', 'curs', 'dist', 'kern', 'liga', 'locl', 'mark', 'mkmk', 'rclt', 'rlig', 'rvrn'];

/**
 * Fonts cut down to `characters`, as files (resvg takes paths only) in this thread's own
 * folder under `dir` (the server process's, which it removes when it ends: see
 * lib/server/export-png.ts), kept for the last few character sets: the strips of one
 * export, and an export asked for again, share them. A set pushed out is deleted; it is
 * never the one a strip is being drawn with (a worker draws one strip at a time). `null`
 * when cutting fails: the caller draws with the full files.
 */
class FontSubsets {
  constructor(limit = 6) {
    this.limit = limit;
    this.sets = new Map(); // key -> Promise<string[] | null>
    this.originals = new Map(); // path -> Buffer
  }

  async get(dir, fonts, characters) {
    const key = createHash('sha256').update(dir).update('\0').update(fonts.join('\0')).update('\0').update(characters).digest('hex').slice(0, 24);
    let files = this.sets.get(key);
    // files removed behind this thread's back (a cleaner of the temporary folder) are cut again:
    // resvg would draw the text blank without them
    const paths = files && (await files);
    if (paths && !paths.every((f) => existsSync(f))) {
      this.sets.delete(key);
      files = undefined;
    }
    if (files) {
      // most recently used last
      this.sets.delete(key);
      this.sets.set(key, files);
      return files;
    }
    files = this.cut(path.join(dir, `w${threadId}`), key, fonts, characters);
    this.sets.set(key, files);
    while (this.sets.size > this.limit) {
      const [oldest, gone] = this.sets.entries().next().value;
      this.sets.delete(oldest);
      void gone.then((paths) => paths?.forEach((p) => rmSync(p, { force: true })));
    }
    return files;
  }

  async cut(dir, key, fonts, characters) {
    try {
      mkdirSync(dir, { recursive: true });
      return await Promise.all(
        fonts.map(async (file, i) => {
          let original = this.originals.get(file);
          if (!original) this.originals.set(file, (original = readFileSync(file)));
          const cut = await subsetFont(original, characters, {
            targetFormat: 'truetype',
            noHinting: true,
            keepFeatures: DEFAULT_FEATURES,
            // the typographic family and style: by them resvg finds Inter SemiBold as Inter at 600
            preserveNameIds: [16, 17],
          });
          const out = path.join(dir, `${key}-${i}.ttf`);
          writeFileSync(out, cut);
          return out;
        }),
      );
    } catch {
      return null;
    }
  }
}

const subsets = new FontSubsets();

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
 * scaled and moved, see lib/render/svg.ts drawStrip). Returns the IDAT chunk with the
 * strip's rows (filter None, straight alpha), deflated and ended with a sync flush so that
 * the strips' data concatenated is one deflate stream; with the Adler-32 and length of the
 * uncompressed rows, which the caller combines. `opaque`: every pixel is (a white
 * background), so there is no alpha to straighten.
 */
export function renderStrip({ svg, width, height, fonts, opaque = false, level = 3 }) {
  const resvg = new Resvg(svg, {
    // (resvg-js 2.6 takes fonts as paths only: its options cross to Rust as JSON)
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
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
  // a filter, and faster (measured: smaller and quicker than Sub)
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

/**
 * One strip, as the pool sends it: with `characters` (every character the whole export
 * draws) and `fontDir` (where cut-down fonts may be written), the fonts are cut down
 * first; the full files are the fallback.
 */
export async function drawStripJob(job) {
  const cut = typeof job.characters === 'string' && job.fontDir ? await subsets.get(job.fontDir, job.fonts, job.characters) : null;
  return renderStrip({ ...job, fonts: cut ?? job.fonts });
}

if (!isMainThread && parentPort && workerData?.pleitExportWorker) {
  parentPort.postMessage({ ready: true });
  // one job at a time: the pool sends the next when this one has answered
  parentPort.on('message', async (job) => {
    try {
      const out = await drawStripJob(job);
      // the chunk's memory moves to the main thread instead of being copied
      const chunk = out.chunk.byteOffset === 0 && out.chunk.buffer.byteLength === out.chunk.length ? out.chunk : new Uint8Array(out.chunk);
      parentPort.postMessage({ ok: true, value: { ...out, chunk } }, [chunk.buffer]);
    } catch (e) {
      parentPort.postMessage({ ok: false, error: { message: e instanceof Error ? e.message : String(e) } });
    }
  });
}
