// The PDF readers (lib/server/sourcing/pdf-process.ts): at most PLEIT_PDF_READERS child
// processes read at once, PLEIT_PDF_QUEUE uploads wait in line, and one more is refused
// at once (the API answers it 503 with Retry-After). One reader and one place in line here.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

process.env.PLEIT_PDF_READERS = '1';
process.env.PLEIT_PDF_QUEUE = '1';
const { pdfToText, PDF_READERS } = await import('@/lib/server/sourcing/pdf-process');
const { PoolBusyError, poolProblem } = await import('@/lib/server/sourcing/pool');

async function pdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 56, y: 780, size: 12, font });
  return doc.save();
}

describe('PDF readers', () => {
  // four child readers in turn, each starting tsx and pdf.js: seconds on a quiet machine, and once 185 s on a
  // 2-core machine at load 24 (several builds beside it), so the test allows ten minutes
  it('reads one PDF at a time, keeps one waiting, refuses the next at once; the waiting one is read after', { timeout: 600_000 }, async () => {
    expect(PDF_READERS).toEqual({ readers: 1, queue: 1 });
    const order: string[] = [];
    const first = pdfToText(await pdf('Eerste document.')).then((t) => (order.push('first'), t));
    const second = pdfToText(await pdf('Tweede document.')).then((t) => (order.push('second'), t));
    const third = await pdfToText(await pdf('Derde document.')).then(
      () => null,
      (e: unknown) => e,
    );
    expect(third).toBeInstanceOf(PoolBusyError);
    expect(poolProblem(third)).toMatchObject({ status: 503, extra: { retryAfter: expect.any(Number) } });
    expect(await first).toBe('Eerste document.');
    expect(await second).toBe('Tweede document.');
    expect(order).toEqual(['first', 'second']);
    // the line is free again
    expect(await pdfToText(await pdf('Vierde document.'))).toBe('Vierde document.');
  });
});
