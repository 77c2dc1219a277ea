// The text of a PDF, read with PDF.js (pdfjs-dist, legacy build for Node). A PDF has
// no paragraphs, only positioned runs of text: lines are rebuilt from the runs' end-of-
// line marks and positions, and a paragraph ends where the gap to the next line is
// clearly larger than the page's usual line spacing, and at the end of every page.
// Scanned PDFs (images of text) have no text to read; the caller reports that.
import 'server-only';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';
import { TextExtractionError } from './extract';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | null = null;

/**
 * PDF.js parses in a worker; in Node it runs the worker's code in the same thread
 * when globalThis.pdfjsWorker is set, instead of importing a worker file by path
 * (which a bundled server cannot resolve).
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

interface Line {
  text: string;
  /** the baseline's height on the page, in PDF units (larger is higher up) */
  y: number;
  /** the font size of the line's largest run */
  size: number;
}

const isTextItem = (i: TextItem | TextMarkedContent): i is TextItem => typeof (i as TextItem).str === 'string';

function linesOf(items: (TextItem | TextMarkedContent)[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  const end = () => {
    if (current && current.text.trim()) lines.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() });
    current = null;
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5];
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height;
    if (item.str) {
      // a run that starts clearly below or above the current line starts a new one
      if (current && Math.abs(current.y - y) > Math.max(2, 0.5 * Math.max(size, current.size))) end();
      if (!current) current = { text: '', y, size };
      current.text += item.str;
      current.size = Math.max(current.size, size);
    }
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/** Lines → paragraphs, by the vertical gaps between consecutive lines. */
function paragraphsOf(lines: Line[]): string[] {
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const gap = lines[k - 1].y - lines[k].y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  // the page's usual line spacing: the lower quartile of the gaps (most gaps are within paragraphs)
  const usual = gaps.length ? gaps[Math.floor((gaps.length - 1) / 4)] : 0;
  const paragraphs: string[] = [];
  let words = '';
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (k > 0) {
      const gap = lines[k - 1].y - line.y;
      // (the usual spacing, capped: with few lines the only gap may itself be a paragraph break)
      const limit = Math.max(line.size * 1.9, Math.min(usual * 1.4, line.size * 2.6));
      // a larger gap, or a line above the previous one (a new column): a new paragraph
      if (gap > limit || gap < 0) {
        paragraphs.push(words);
        words = '';
      }
    }
    // a word broken at the line end keeps its hyphen: Dutch compounds are written with one
    words = !words ? line.text : /\p{L}-$/u.test(words) ? words + line.text : `${words} ${line.text}`;
  }
  if (words) paragraphs.push(words);
  return paragraphs;
}

/**
 * The PDF's text, read in this process. The server does not call this directly: it
 * reads PDFs in a child process with a time and memory limit (lib/server/sourcing/pdf-process.ts),
 * because a PDF can be built to keep PDF.js busy for hours.
 */
export async function readPdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  // PDF.js may take over (detach) the buffer it is given: hand it a copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new TextExtractionError(422, 'This PDF is protected by a password.');
    throw new TextExtractionError(422, `This PDF could not be read: ${(e as Error).message}`);
  }
  try {
    if (doc.numPages > SOURCE_TEXT_LIMITS.pdfPages) {
      throw new TextExtractionError(422, `The PDF has ${doc.numPages} pages; at most ${SOURCE_TEXT_LIMITS.pdfPages} are read.`);
    }
    const pages: string[] = [];
    let length = 0;
    // a PDF built to keep the server busy (the same huge stream on every page) is stopped
    // between pages once reading has taken too long
    const deadline = Date.now() + SOURCE_TEXT_LIMITS.pdfSeconds * 1000;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) {
        throw new TextExtractionError(422, `Reading this PDF took longer than ${SOURCE_TEXT_LIMITS.pdfSeconds} seconds (${n - 1} of ${doc.numPages} pages read). Paste its text instead.`);
      }
      let content: Awaited<ReturnType<Awaited<ReturnType<typeof doc.getPage>>['getTextContent']>>;
      try {
        const page = await doc.getPage(n);
        content = await page.getTextContent();
        page.cleanup();
      } catch (e) {
        // a page PDF.js cannot read is a broken file, not a server error
        throw new TextExtractionError(422, `Page ${n} of this PDF could not be read: ${(e as Error).message}`);
      }
      const text = paragraphsOf(linesOf(content.items)).join('\n\n');
      length += text.length;
      if (length > SOURCE_TEXT_LIMITS.textChars) {
        throw new TextExtractionError(422, `The PDF's text is longer than ${SOURCE_TEXT_LIMITS.textChars} characters.`);
      }
      if (text) pages.push(text);
    }
    return pages.join('\n\n');
  } finally {
    await doc.destroy();
  }
}
