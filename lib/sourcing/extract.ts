// A source's text from what the user hands over: pasted text, or an uploaded .txt,
// .md, .html or .pdf file. Everything ends in normalizeSourceText, because citation
// offsets count characters of the stored text: whatever is normalized is normalized
// before it is stored, never after.
import { C1, decodeEntities } from './entities';
import { SOURCE_TEXT_LIMITS, type TextFormat } from './limits';

/** Why a text could not be made; status is the HTTP status the API answers with. */
export class TextExtractionError extends Error {
  constructor(
    readonly status: 413 | 415 | 422,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The stored form of a text: Unicode NFC, \n line ends, no control characters besides
 * tab and newline, no trailing spaces on a line, at most one blank line between
 * paragraphs, nothing blank at either end.
 */
export function normalizeSourceText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]/g, '')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

/** Refuses an empty or oversized text; returns it otherwise. */
export function checkTextSize(text: string): string {
  if (!text) throw new TextExtractionError(422, 'The text is empty: there is nothing to cite from.');
  if (text.length > SOURCE_TEXT_LIMITS.textChars) {
    throw new TextExtractionError(422, `The text has ${text.length} characters; a source's text may have at most ${SOURCE_TEXT_LIMITS.textChars}.`);
  }
  return text;
}

const EXTENSIONS: Record<string, TextFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf',
};
const MEDIA_TYPES: Record<string, TextFormat> = {
  'text/plain': 'txt', 'text/markdown': 'md', 'text/x-markdown': 'md', 'text/html': 'html', 'application/xhtml+xml': 'html', 'application/pdf': 'pdf',
};

const startsWithPdfHeader = (bytes: Uint8Array) => {
  // the header may follow up to 1024 bytes of junk (PDF 1.7, annex H)
  const head = Buffer.from(bytes.subarray(0, 1024 + 8)).toString('latin1');
  return head.includes('%PDF-');
};

/**
 * Which kind of file this is: by its name's extension when it has a known one, else by
 * its media type. A file with an unknown extension or type is refused (415) even when
 * its content might be readable: the user should know what they uploaded.
 */
export function detectFormat(fileName: string | undefined, mediaType: string | undefined): TextFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext) {
    const byExt = EXTENSIONS[ext];
    if (byExt) return byExt;
    throw new TextExtractionError(415, `Files of type .${ext} are not accepted; upload .txt, .md, .html or .pdf.`);
  }
  const type = (mediaType ?? '').split(';')[0].trim().toLowerCase();
  const byType = MEDIA_TYPES[type];
  if (byType) return byType;
  throw new TextExtractionError(415, `${type ? `Media type ${type} is` : 'A file without a name or type is'} not accepted; upload .txt, .md, .html or .pdf.`);
}

/** Bytes → string: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Node's TextDecoder reads "windows-1252" as Latin-1 (before Node 23): map 80–9F by hand
    const units = new Uint16Array(bytes.length);
    bytes.forEach((b, k) => (units[k] = C1[b] ?? b));
    return new TextDecoder('utf-16le').decode(units);
  }
}

function decodeTextFile(bytes: Uint8Array): string {
  const text = decodeBytes(bytes);
  // NUL bytes in what claims to be text: a binary file with the wrong name
  if (/\u0000/.test(text.slice(0, 8192))) {
    throw new TextExtractionError(422, 'This file is not a text file (it contains binary data).');
  }
  return text;
}

/** The text of an uploaded file, normalized and size-checked. */
export async function extractText(bytes: Uint8Array, format: TextFormat): Promise<string> {
  if (bytes.byteLength > SOURCE_TEXT_LIMITS.uploadBytes) {
    throw new TextExtractionError(413, `The file may be at most ${SOURCE_TEXT_LIMITS.uploadBytes} bytes.`);
  }
  let text: string;
  switch (format) {
    case 'txt':
      text = decodeTextFile(bytes);
      break;
    case 'md':
      text = markdownToText(decodeTextFile(bytes));
      break;
    case 'html':
      text = htmlToText(decodeTextFile(bytes));
      break;
    case 'pdf': {
      if (!startsWithPdfHeader(bytes)) throw new TextExtractionError(422, 'This file is not a PDF (it has no %PDF header).');
      const { pdfToText } = await import('./pdf');
      text = await pdfToText(bytes);
      if (!text.trim()) {
        throw new TextExtractionError(422, 'No text could be read from this PDF: it may be a scan (an image of text). Paste the text instead.');
      }
      break;
    }
  }
  return checkTextSize(normalizeSourceText(text));
}

// ---------------------------------------------------------------------------------
// HTML

/** Elements whose content is never text of the document. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'picture', 'map', 'select', 'datalist', 'textarea']);
/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot',
  'thead', 'tr', 'ul',
]);
/** Elements that separate their content from its neighbours on the same line. */
const CELLS = new Set(['td', 'th']);

/**
 * An HTML document's readable text: tags stripped, scripts, styles and other non-text
 * elements dropped with their content, character references decoded, block elements
 * as paragraphs separated by a blank line, <br> as a line break, <pre> kept as it is.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let line = '';
  let pre = 0;
  const flush = () => {
    const p = line
      .split('\n')
      .map((l) => (pre ? l.replace(/\s+$/, '') : l.trim()))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (p.trim()) paragraphs.push(p);
    line = '';
  };
  const addText = (raw: string) => {
    const text = decodeEntities(raw);
    if (pre) {
      line += text;
      return;
    }
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    // one space between words, none at the start of a line
    if (collapsed.startsWith(' ') && (line === '' || line.endsWith(' ') || line.endsWith('\n'))) line += collapsed.slice(1);
    else line += collapsed;
  };

  const token = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let at = 0;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    if (m.index > at) addText(html.slice(at, m.index));
    at = token.lastIndex;
    if (m[1] !== undefined) {
      addText(m[1]);
      continue;
    }
    const name = m[3]?.toLowerCase();
    if (!name) continue; // a comment, doctype or processing instruction
    const closing = m[2] === '/';
    const selfClosing = /\/\s*$/.test(m[4] ?? '');
    if (!closing && DROPPED.has(name) && !selfClosing) {
      // skip to the matching end tag; their content may contain "<" that is no tag
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = at;
      const found = end.exec(html);
      at = found ? end.lastIndex : html.length;
      token.lastIndex = at;
      continue;
    }
    if (name === 'br') {
      line = line.replace(/ $/, '') + '\n';
    } else if (BLOCKS.has(name)) {
      flush();
      if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    } else if (CELLS.has(name) && !closing && line && !/[\s]$/.test(line)) {
      line += ' ';
    } else if (name === 'img' && !closing) {
      // an image's alternative text is part of what the page says
      const alt = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[4] ?? '');
      const text = alt?.[1] ?? alt?.[2] ?? alt?.[3];
      if (text?.trim()) addText(` ${text} `);
    }
  }
  if (at < html.length) addText(html.slice(at));
  flush();
  return paragraphs.join('\n\n');
}

// ---------------------------------------------------------------------------------
// Markdown

/**
 * A Markdown document as the text a reader sees when it is rendered: markers of
 * headings, emphasis, lists, quotes, code and links removed, link texts and image
 * descriptions kept, HTML tags stripped. Paragraphs stay separated by blank lines, so
 * that quotes copied from the rendered page are found in the stored text.
 */
export function markdownToText(md: string): string {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (fenceMark && fenceMark[1][0] === fence[0] && fenceMark[1].length >= fence.length) {
        fence = null;
        out.push('');
      } else out.push(l);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark[1];
      out.push('');
      continue;
    }
    // a setext heading's underline, a thematic break, a link reference definition
    if (/^\s{0,3}(=+|-+)\s*$/.test(l) && i > 0 && lines[i - 1].trim()) {
      out.push('');
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(l)) {
      out.push('');
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(l)) continue;
    l = l
      .replace(/^\s{0,3}(>\s?)+/, '')
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, '');
    const heading = /^\s{0,3}#{1,6}\s/.test(lines[i]);
    out.push(inlineMarkdown(l));
    // a heading is a paragraph of its own even without a blank line after it
    if (heading) out.push('');
  }
  return out.join('\n');
}

function inlineMarkdown(l: string): string {
  // code spans and backslash escapes first: nothing inside them is markup
  const kept: string[] = [];
  const keep = (s: string) => {
    kept.push(s);
    return `\u0000${kept.length - 1}\u0000`;
  };
  return decodeEntities(
    l
      .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code: string) => keep(code.trim()))
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => keep(c))
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\u0000(\d+)\u0000/g, (_, k: string) => kept[Number(k)]),
  );
}
