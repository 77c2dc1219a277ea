// Reads a PDF from standard input and writes {text} or {error: {status, message}} as
// JSON to standard output. Run by lib/server/sourcing/pdf-process.ts in a child process with a
// memory cap and a deadline.
import { TextExtractionError } from '../lib/server/sourcing/extract';
import { readPdfText } from '../lib/server/sourcing/pdf';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
try {
  const text = await readPdfText(new Uint8Array(Buffer.concat(chunks)));
  process.stdout.write(JSON.stringify({ text }));
} catch (e) {
  const status = e instanceof TextExtractionError ? e.status : 422;
  process.stdout.write(JSON.stringify({ error: { status, message: e instanceof TextExtractionError ? e.message : `This PDF could not be read: ${(e as Error).message}` } }));
}
