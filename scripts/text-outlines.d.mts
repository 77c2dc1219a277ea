export class TextOutliner {
  /** the font file of each weight */
  constructor(files: Record<number, string>);
  /** The document with every `<text>` it can draw replaced by glyph outlines. */
  outline(svg: string): string;
}
