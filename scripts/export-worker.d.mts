export function adler32(bytes: Uint8Array, start?: number): number;
export function renderStrip(input: {
  svg: string;
  width: number;
  height: number;
  /** the font file of each weight */
  fonts: Record<number, string>;
  opaque?: boolean;
  level?: number;
  /** false: resvg lays the text out itself */
  outline?: boolean;
}): { chunk: Buffer; adler: number; length: number };
