export function adler32(bytes: Uint8Array, start?: number): number;
export function renderStrip(input: { svg: string; width: number; height: number; fonts: string[]; opaque?: boolean; level?: number }): { chunk: Buffer; adler: number; length: number };
export function drawStripJob(input: { svg: string; width: number; height: number; fonts: string[]; opaque?: boolean; level?: number; characters?: string; fontDir?: string }): Promise<{ chunk: Buffer; adler: number; length: number }>;
