// PDF.js ships no type declarations for its worker module; lib/server/sourcing/pdf.ts only
// hands the module to PDF.js (globalThis.pdfjsWorker), so this is all it needs.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
