// Size limits of a source's stored text and of the uploads it is made from. The API
// answers 413 past a byte limit and 422 past the character limit; the README and
// the OpenAPI description quote these numbers.
export const SOURCE_TEXT_LIMITS = {
  /** an uploaded file (.txt, .md, .html, .pdf), in bytes */
  uploadBytes: 10 * 1024 * 1024,
  /** a JSON body {text, version}, in bytes */
  jsonBodyBytes: 4 * 1024 * 1024,
  /** the stored text after extraction, in characters (a 400-page book is about 1 million) */
  textChars: 1_000_000,
  /** pages read from a PDF */
  pdfPages: 2000,
  /** how long reading a PDF may take before it is given up (checked between pages) */
  pdfSeconds: 30,
} as const;

/** The file types a source's text can be uploaded as. */
export const TEXT_FORMATS = ['txt', 'md', 'html', 'pdf'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** What the file picker offers; the server decides by extension, type and content. */
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,text/plain,text/markdown,text/html,application/pdf';
