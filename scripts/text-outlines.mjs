// Text drawn as glyph outlines, for the PNG export's workers (scripts/export-worker.mjs).
//
// Why: resvg-js lays text out itself, and to do that it opens, reads and closes the font
// file again for every glyph it outlines (strace: one openat per glyph; resvg-js 2.6 takes
// fonts as paths only). What that costs depends on the machine's system calls: on one
// machine it was 2.0 of the 2.1 s resvg spent reading the strips of a 2,000-node map, with
// fonts cut down to 11 KB a weight (docs/benchmarks.md). Here each `<text>` of a strip is shaped with
// HarfBuzz (harfbuzzjs: the shaper rustybuzz, resvg's own, was ported from) from the same
// Inter files, and replaced by one `<path>` per line holding its glyphs' outlines, so
// resvg sees no text at all. Shaping and outlines are cached per weight: labels and
// glyphs repeat.
//
// The documents come from lib/render/svg.ts, which writes text in three forms only:
//   <text x y font-size font-weight fill [letter-spacing]>…</text>
//   <text [class] font-size font-weight fill [xml:space="preserve"]><tspan x y>…</tspan>…</text>
// with every character escaped by lib/render/text.ts escapeXml, and no text
// property set on an ancestor (the root's font-family aside: resvg has only Inter). A text
// this module cannot draw exactly as resvg-js 2.6 (resvg 0.35) would is left as text for
// resvg to draw: right-to-left scripts (they need the bidi algorithm), attributes other
// than those above, tspans that go on where the one before ended, spaces at
// the seams of tspans outside xml:space="preserve", letter-spacing on scripts resvg does not
// space.
import { readFileSync } from 'node:fs';
import { decodeXML } from 'entities';
import * as hb from 'harfbuzzjs';

// character data as an XML parser (resvg's) reads it: the five entities and numeric references
const decode = (s) => (s.includes('&') ? decodeXML(s) : s);

/** Text that needs the bidi algorithm (right-to-left scripts, bidi controls): left to resvg. */
const BIDI =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** The attributes this module draws; a text with any other (an anchor, a style) is left to resvg. */
const TEXT_ATTRIBUTES = new Set(['x', 'y', 'font-size', 'font-weight', 'fill', 'letter-spacing', 'xml:space', 'class']);
const TSPAN_ATTRIBUTES = new Set(['x', 'y']);
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

/**
 * Scripts resvg adds no letter-spacing to (usvg's script_supports_letter_spacing, 0.35), and
 * emoji (their clusters were spaced a little differently): spaced text with these is left
 * to resvg.
 */
const UNSPACED =
  /[\p{Extended_Pictographic}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Mandaic}\p{Script=Mongolian}\p{Script=Phags_Pa}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Modi}\p{Script=Sharada}\p{Script=Syloti_Nagri}\p{Script=Tirhuta}\p{Script=Ogham}]/u;
const only = (a, allowed) => Object.keys(a).every((k) => allowed.has(k));

/** Attributes of a start tag (the renderer writes them double-quoted). */
function attributes(tag) {
  const out = {};
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/**
 * SVG 1.1's whitespace rules as usvg applies them within one text node: a newline (CR LF
 * is one, as XML reads it) and a tab become a space; without preserve, runs of spaces
 * collapse. (The ends are trimmed per element, in TextOutliner.element.)
 */
function whitespace(s, preserve) {
  const spaced = s.replace(/\r\n?|[\n\t]/g, ' ');
  return preserve ? spaced : spaced.replace(/ {2,}/g, ' ');
}

/** A number for path data: whole font units (1/2048 em). */
const num = (v) => String(Math.round(v));

/**
 * A glyph's outline (HarfBuzz's absolute path in font units, y up) as its first point and
 * the rest in relative commands, so that it can be placed anywhere by writing only a new
 * first point. Coordinates are rounded to whole font units before the differences are
 * taken, so rounding never adds up along a contour. (Coarser units, a sixteenth of a pixel,
 * made the path data a third shorter but moved edges enough to change pixels: resvg
 * samples four rows per pixel.)
 */
function relativeOutline(d) {
  const tokens = d.match(/[MLQCZ]|-?[\d.]+(?:e-?\d+)?/gi) ?? [];
  let i = 0;
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  let first = null;
  let rest = '';
  let last = ''; // the last command written: SVG lets a repeated one go without its letter
  const point = () => [Math.round(Number(tokens[i++])), Math.round(Number(tokens[i++]))];
  while (i < tokens.length) {
    const cmd = tokens[i++];
    if (cmd === 'Z' || cmd === 'z') {
      rest += 'z';
      last = 'z';
      cx = sx;
      cy = sy;
      continue;
    }
    const count = cmd === 'M' || cmd === 'L' ? 1 : cmd === 'Q' ? 2 : 3;
    const pts = [];
    for (let k = 0; k < count; k++) pts.push(point());
    if (cmd === 'M') {
      const [x, y] = pts[0];
      if (first === null) first = [x, y];
      else {
        rest += `m${num(x - cx)} ${num(y - cy)}`;
        last = 'l'; // (numbers after a moveto are linetos)
      }
      cx = sx = x;
      cy = sy = y;
      continue;
    }
    const c = cmd.toLowerCase();
    rest += (c === last ? ' ' : c) + pts.map(([x, y]) => `${num(x - cx)} ${num(y - cy)}`).join(' ');
    last = c;
    [cx, cy] = pts[count - 1];
  }
  return { first: first ?? [0, 0], rest: rest.replace(/ -/g, '-') };
}

/** Numbers of shaped lines kept per weight (8 bytes each): about 8 MB. */
const SHAPED_LIMIT = 1_000_000;

/** One weight of the font: HarfBuzz's face, with shaped strings and outlines cached. */
class Weight {
  constructor(bytes) {
    this.face = new hb.Face(new hb.Blob(bytes));
    this.font = new hb.Font(this.face);
    this.upem = this.face.upem;
    this.outlines = new Map(); // glyph id -> relative outline
    this.shaped = new Map(); // text + spacing -> Float64Array [gid, x, y, …] in font units
    this.shapedSize = 0; // numbers held in `shaped`: it is emptied past SHAPED_LIMIT
    this.buffer = new hb.Buffer(); // one, emptied before each line (HarfBuzz's memory is freed only by the GC otherwise)
  }

  outline(gid) {
    let o = this.outlines.get(gid);
    if (!o) this.outlines.set(gid, (o = relativeOutline(this.font.glyphToPath(gid))));
    return o;
  }

  /**
   * The glyphs of one line, as glyph id and pen position triples (font units), placed as
   * resvg 0.35 places them (usvg's outline_cluster): a cluster's glyphs one after another,
   * the pen then moved on by the widest of them (not their sum: an emoji with a skin tone,
   * a character with a mark Inter lacks), plus `spacing` (font units) after every cluster.
   */
  shape(text, spacing) {
    const key = spacing ? `${spacing}\u0000${text}` : text;
    let glyphs = this.shaped.get(key);
    if (glyphs) return glyphs;
    const buffer = this.buffer;
    buffer.clearContents();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(this.font, buffer);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const n = infos.length;
    glyphs = new Float64Array(n * 3); // (spacing makes fractions of font units)
    let pen = 0;
    for (let i = 0; i < n; ) {
      const cluster = infos[i].cluster;
      let x = 0;
      let widest = 0;
      for (; i < n && infos[i].cluster === cluster; i++) {
        const p = positions[i];
        glyphs[i * 3] = infos[i].codepoint;
        glyphs[i * 3 + 1] = pen + x + p.xOffset;
        glyphs[i * 3 + 2] = p.yOffset;
        x += p.xAdvance;
        widest = Math.max(widest, p.xAdvance);
      }
      pen += widest + spacing;
    }
    this.shapedSize += glyphs.length;
    if (this.shapedSize > SHAPED_LIMIT) {
      this.shaped.clear();
      this.shapedSize = glyphs.length;
    }
    this.shaped.set(key, glyphs);
    return glyphs;
  }

  /** Path data (font units, y up, pen at 0,0) of a line. Empty when it draws nothing. */
  pathData(text, spacing) {
    const glyphs = this.shape(text, spacing);
    let d = '';
    for (let i = 0; i < glyphs.length; i += 3) {
      const o = this.outline(glyphs[i]);
      if (!o.rest) continue; // a space
      d += `M${num(glyphs[i + 1] + o.first[0])} ${num(glyphs[i + 2] + o.first[1])}${o.rest}`;
    }
    return d;
  }
}

/** CSS font matching among 400, 600 and 700 for the weights 100–900 (others, and keywords, are left to resvg). */
function weightFile(weight) {
  const w = Number(weight || 400);
  if (!Number.isInteger(w / 100) || w < 100 || w > 900) return null;
  return w <= 500 ? 400 : w <= 600 ? 600 : 700;
}

export class TextOutliner {
  /** `files`: the font file for each weight, { 400: path, 600: path, 700: path }. */
  constructor(files) {
    this.files = files;
    this.weights = new Map();
  }

  weight(w) {
    const key = weightFile(w);
    if (key === null || !this.files[key]) return null;
    let weight = this.weights.get(key);
    if (!weight) this.weights.set(key, (weight = new Weight(readFileSync(this.files[key]))));
    return weight;
  }

  /** One line as a `<path>`: its text starting at x, its baseline at y. */
  line(x, y, size, weight, fill, spacingPx, text) {
    if (!text) return '';
    const k = size / weight.upem;
    const d = weight.pathData(text, spacingPx ? spacingPx / k : 0);
    if (!d) return '';
    const kk = +k.toPrecision(10);
    return `<path fill="${fill}" transform="matrix(${kk} 0 0 ${-kk} ${x} ${y})" d="${d}"/>`;
  }

  /** One `<text>` element as paths, or null to leave it to resvg. */
  element(open, body) {
    const a = attributes(open);
    // (fill too: an inherited one is not looked for)
    if (!only(a, TEXT_ATTRIBUTES) || a.fill === undefined) return null;
    const weight = this.weight(a['font-weight']);
    const size = Number(a['font-size']);
    if (!weight || !(size > 0)) return null;
    const fill = a.fill;
    if (a['letter-spacing'] !== undefined && !NUMBER.test(a['letter-spacing'])) return null;
    const spacing = Number(a['letter-spacing'] ?? 0);
    const preserve = a['xml:space'] === 'preserve';
    const lines = [];
    if (!body.includes('<')) lines.push([a.x, a.y, decode(body)]);
    else {
      // tspans with their own x and y, nothing between them
      for (const m of body.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)) {
        const t = attributes(m[1]);
        // (a tspan without its own x or y would go on where the one before ended)
        if (!only(t, TSPAN_ATTRIBUTES) || t.x === undefined || t.y === undefined) return null;
        lines.push([t.x, t.y, decode(m[2])]);
      }
      if (body.replace(/<tspan[^>]*>[^<]*<\/tspan>/g, '').trim()) return null;
    }
    const texts = lines.map(([, , raw]) => whitespace(raw, preserve));
    if (!preserve) {
      // usvg reads a text's nodes as one string: its ends are trimmed (ASCII spaces only),
      // and a space at a seam between tspans would be collapsed across it: left to resvg
      for (let i = 0; i + 1 < texts.length; i++) if (texts[i].endsWith(' ') || texts[i + 1].startsWith(' ')) return null;
      if (texts.length) {
        texts[0] = texts[0].replace(/^ /, '');
        texts[texts.length - 1] = texts[texts.length - 1].replace(/ $/, '');
      }
    }
    let out = '';
    for (const [i, [x, y]] of lines.entries()) {
      const text = texts[i];
      if (BIDI.test(text) || (spacing && UNSPACED.test(text))) return null;
      const nx = Number(x ?? 0);
      const ny = Number(y ?? 0);
      if (!Number.isFinite(nx) || !Number.isFinite(ny)) return null;
      out += this.line(nx, ny, size, weight, fill, spacing, text);
    }
    return out;
  }

  /** The document with every `<text>` it can draw replaced by glyph outlines. */
  outline(svg) {
    return svg.replace(/<text\b([^>]*)>([\s\S]*?)<\/text>/g, (whole, open, body) => this.element(open, body) ?? whole);
  }
}
