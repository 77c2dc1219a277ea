// Text measuring and wrapping from the font's own advance widths (lib/render/font-metrics.ts,
// generated from the TTF files the renderer draws with), so the editor's canvas, the
// browser's export and the server's export break every title into the same lines.
// No kerning: kerned text is never wider than this measure, so a line that fits here
// fits when drawn.
import { ADVANCES, UNITS_PER_EM } from './font-metrics';

export type FontWeight = 400 | 600 | 700;

export interface TextStyle {
  size: number;
  weight: FontWeight;
  /** extra space after every character, in px */
  letterSpacing?: number;
}

const tables = new Map<FontWeight, Map<number, number>>();
function table(weight: FontWeight): Map<number, number> {
  let t = tables.get(weight);
  if (!t) {
    t = new Map();
    for (const [first, widths] of ADVANCES[weight].runs) widths.forEach((w, i) => t!.set(first + i, w));
    tables.set(weight, t);
  }
  return t;
}

/** The width of a string drawn in the given style, in px. */
export function measure(text: string, style: TextStyle): number {
  const t = table(style.weight);
  const fallback = ADVANCES[style.weight].fallback;
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += t.get(ch.codePointAt(0)!) ?? fallback;
    count++;
  }
  return (units * style.size) / UNITS_PER_EM + count * (style.letterSpacing ?? 0);
}

/** Whether the font draws the character in every weight (its advance width is known). */
export function hasGlyph(ch: string, weights: readonly FontWeight[] = [400, 600, 700]): boolean {
  const cp = ch.codePointAt(0)!;
  return weights.every((w) => table(w).has(cp));
}

/** Splits a word that alone is wider than the line (like CSS overflow-wrap: anywhere). */
function breakWord(word: string, width: number, style: TextStyle): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && measure(current + ch, style) > width) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The lines a text wraps into at the given width: breaks at spaces, keeps the text's own
 * line breaks, splits words longer than a line. With maxLines, the last line kept ends
 * in an ellipsis when text was left out.
 */
export function wrap(text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter(Boolean);
    if (!words.length) {
      lines.push('');
      continue;
    }
    const space = measure(' ', style);
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = measure(word, style);
      if (line && lineWidth + space + w <= width) {
        line = `${line} ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (!line && w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      if (line) lines.push(line);
      const pieces = w > width ? breakWord(word, width, style) : [word];
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
      lineWidth = measure(line, style);
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && measure(`${last}…`, style) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Text made safe for XML character data and attribute values; characters XML forbids are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
