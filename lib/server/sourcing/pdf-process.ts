// Reading a PDF in a child process (scripts/pdf-text.ts), with limits: PDF.js works in
// the server's only thread, and a small file can hold a stream that inflates to
// gigabytes or is drawn on every page. The child gets a memory cap and a deadline; a
// child that runs out of either is killed, and the upload is answered with a 422.
import 'server-only';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { TextExtractionError } from './extract';
import { SOURCE_TEXT_LIMITS } from '@/lib/sourcing/limits';
import { envCount, PoolBusyError } from './pool';

/** megabytes of heap the reading process may use */
const HEAP_MB = 768;

/**
 * PDFs read at once (each reader may use HEAP_MB), and uploads waiting for a reader:
 * the ones past the readers wait in line, first come first served; one more than the
 * line holds is answered 503 with Retry-After.
 */
export const PDF_READERS = {
  readers: envCount('PLEIT_PDF_READERS', 2, 1),
  queue: envCount('PLEIT_PDF_QUEUE', 8, 0),
} as const;

interface Readers {
  running: number;
  waiting: (() => void)[];
}
// one count per server process (Next may load this module more than once)
const g = globalThis as { pleitPdfReaders?: Readers };
const readers = (g.pleitPdfReaders ??= { running: 0, waiting: [] });

async function takeReader(): Promise<void> {
  if (readers.running < PDF_READERS.readers) {
    readers.running++;
    return;
  }
  if (readers.waiting.length >= PDF_READERS.queue) throw new PoolBusyError();
  // the reader is handed over by releaseReader, still counted as running
  await new Promise<void>((resolve) => readers.waiting.push(resolve));
}

function releaseReader() {
  const next = readers.waiting.shift();
  if (next) next();
  else readers.running--;
}

/** The PDF's text, read by a child process once one of the readers is free. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  await takeReader();
  try {
    return await readInChild(bytes);
  } finally {
    releaseReader();
  }
}

function readInChild(bytes: Uint8Array): Promise<string> {
  const root = process.env.PLEIT_ROOT ?? process.cwd();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts', 'pdf-text.ts')], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const out: Buffer[] = [];
    let err = '';
    let timedOut = false;
    // the child also stops itself between pages at pdfSeconds; this catches a single page that never ends
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, (SOURCE_TEXT_LIMITS.pdfSeconds + 10) * 1000);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new TextExtractionError(422, `Reading this PDF took longer than ${SOURCE_TEXT_LIMITS.pdfSeconds} seconds. Paste its text instead.`));
        return;
      }
      let answer: { text?: string; error?: { status: 413 | 415 | 422; message: string } } | null = null;
      try {
        answer = JSON.parse(Buffer.concat(out).toString('utf8'));
      } catch {
        answer = null;
      }
      if (answer?.error) reject(new TextExtractionError(answer.error.status, answer.error.message));
      else if (typeof answer?.text === 'string' && code === 0) resolve(answer.text);
      else if (/heap out of memory|Allocation failed/i.test(err)) reject(new TextExtractionError(422, 'This PDF needs more memory to read than Pleit allows. Paste its text instead.'));
      else reject(new Error(`reading the PDF failed (exit code ${code}): ${err.trim().split('\n').pop() ?? ''}`));
    });
    child.stdin.on('error', () => {
      /* the child died before reading everything: 'close' reports why */
    });
    child.stdin.end(Buffer.from(bytes));
  });
}
