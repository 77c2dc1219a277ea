// A source's text from what the user hands over: pasted text, or an uploaded .txt,
// .md, .html or .pdf file. Everything ends in normalizeSourceText, because citation
// offsets count characters of the stored text: whatever is normalized is normalized
// before it is stored, never after.
import 'server-only';
import { replaceCodePoint } from 'entities/decode';
import { Parser } from 'htmlparser2';
import { marked } from 'marked';
import { SOURCE_TEXT_LIMITS, type TextFormat } from '@/lib/sourcing/limits';

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
  // (linear: no regular expression here backtracks over long runs of spaces)
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]/g, '')
    .split('\n')
    .map(trimLineEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text without line breaks at its ends. */
function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return text.slice(start, end);
}

/** A line without the spaces, tabs and no-break spaces at its end. */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t' || line[end - 1] === '\u00a0')) end--;
  return end === line.length ? line : line.slice(0, end);
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
    // UTF-8 with a few stray bytes stays UTF-8 (each bad byte becomes U+FFFD); text in
    // which most bytes above 7F are not UTF-8 is read as Windows-1252
    const lossy = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    let replaced = 0;
    for (let i = lossy.indexOf('\ufffd'); i >= 0; i = lossy.indexOf('\ufffd', i + 1)) replaced++;
    let high = 0;
    for (const b of bytes) if (b >= 0x80) high++;
    if (replaced * 4 < high) return lossy;
    // Node's TextDecoder reads "windows-1252" as Latin-1 (before Node 23): 80–9F are
    // mapped as the HTML standard maps them (the entities package's table)
    const units = new Uint16Array(bytes.length);
    bytes.forEach((b, k) => (units[k] = b >= 0x80 && b <= 0x9f ? replaceCodePoint(b) : b));
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
      const { pdfToText } = await import('./pdf-process');
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
 * Elements open at once, at most: deeper nesting is refused (422). No real document
 * comes near it, and the parser's cost per tag grows with the depth (100,000 unclosed
 * <div>s took seconds).
 */
export const MAX_HTML_DEPTH = 1000;

/**
 * An HTML document's readable text: tags stripped, scripts, styles and other non-text
 * elements dropped with their content, character references decoded, block elements
 * as paragraphs separated by a blank line, <br> as a line break, <pre> kept as it is,
 * an image's alternative text kept. htmlparser2 tokenizes and decodes (forgiving, as
 * browsers are, of unclosed and misnested tags); what makes a paragraph is decided here.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  // the paragraph being read, as pieces joined once (linear however long it gets)
  let pieces: string[] = [];
  let last = ''; // its last character: '' at the start of a paragraph
  let pre = 0;
  let dropped = 0;
  let depth = 0;
  const push = (piece: string) => {
    if (!piece) return;
    pieces.push(piece);
    last = piece[piece.length - 1];
  };
  const flush = () => {
    const p = pieces
      .join('')
      .split('\n')
      .map((l) => (pre ? l.trimEnd() : l.trim()))
      .join('\n');
    if (p.trim()) paragraphs.push(trimNewlines(p));
    pieces = [];
    last = '';
  };
  const addText = (text: string) => {
    if (dropped) return;
    if (pre) {
      push(text);
      return;
    }
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    // one space between words, none at the start of a line
    push(collapsed.startsWith(' ') && (last === '' || last === ' ' || last === '\n') ? collapsed.slice(1) : collapsed);
  };
  const lineBreak = () => {
    // no space before a line break
    if (last === ' ') {
      const k = pieces.length - 1;
      pieces[k] = pieces[k].slice(0, -1);
      if (!pieces[k]) pieces.pop();
    }
    push('\n');
  };
  const tag = (name: string, closing: boolean, attribs: Record<string, string> = {}) => {
    if (DROPPED.has(name)) {
      dropped = Math.max(0, dropped + (closing ? -1 : 1));
      return;
    }
    if (dropped) return;
    if (name === 'br') {
      if (!closing) lineBreak();
    } else if (BLOCKS.has(name)) {
      flush();
      if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    } else if (CELLS.has(name) && !closing && last !== '' && !/\s/.test(last)) {
      push(' ');
    } else if (name === 'img' && !closing && attribs.alt?.trim()) {
      addText(` ${attribs.alt} `);
    }
  };
  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        if (++depth > MAX_HTML_DEPTH) throw new TextExtractionError(422, `This HTML nests elements more than ${MAX_HTML_DEPTH} deep (unclosed tags?); Pleit cannot read it.`);
        tag(name, false, attribs);
      },
      onclosetag: (name) => {
        depth--;
        tag(name, true);
      },
      ontext: addText,
      oncdatastart: () => undefined,
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

// ---------------------------------------------------------------------------------
// Markdown

/** Quotes and lists nested in one another, at most (marked recurses once per level). */
export const MAX_MARKDOWN_DEPTH = 200;

/**
 * The deepest nesting of block quotes and list items any line opens: the ">" and list
 * bullets ("-", "*", "+" before a space) at its start. One pass over the text.
 */
function markdownDepth(md: string): number {
  let deepest = 0;
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\n') {
      depth = 0;
      atStart = true;
    } else if (!atStart || c === ' ' || c === '\t') {
      continue;
    } else if (c === '>' || ((c === '-' || c === '*' || c === '+') && (md[i + 1] === ' ' || md[i + 1] === '\t'))) {
      deepest = Math.max(deepest, ++depth);
    } else atStart = false;
  }
  return deepest;
}

/**
 * A Markdown document as the text a reader sees when it is rendered: marked (CommonMark
 * and GitHub's extensions) renders it to HTML, and htmlToText reads that. Markers of
 * headings, emphasis, lists, quotes, code and links disappear; link texts and image
 * descriptions stay; paragraphs stay separated by blank lines, so that quotes copied
 * from the rendered page are found in the stored text.
 */
export function markdownToText(md: string): string {
  if (markdownDepth(md) > MAX_MARKDOWN_DEPTH) {
    throw new TextExtractionError(422, `This Markdown nests quotes or lists more than ${MAX_MARKDOWN_DEPTH} deep; Pleit cannot read it.`);
  }
  let html: string;
  try {
    html = marked.parse(md, { async: false, gfm: true });
  } catch (e) {
    // marked recurses once per nesting level: 100,000 ">" overflow its stack
    throw new TextExtractionError(422, `This Markdown could not be read${e instanceof RangeError ? ': it nests quotes or lists too deeply' : ''}.`);
  }
  return htmlToText(html);
}
