// The font files the map renderer draws with: Inter (SIL Open Font License 1.1), from
// the @expo-google-fonts/inter package, read from node_modules. Never fetched at run
// time; resvg and pdfkit get these files, the editor gets them from /api/v1/fonts/.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontWeight } from '@/lib/render/text';

const FILES: Record<FontWeight, string> = {
  400: '400Regular/Inter_400Regular.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
  700: '700Bold/Inter_700Bold.ttf',
};
export const FONT_WEIGHTS = [400, 600, 700] as const satisfies readonly FontWeight[];

/** the package's folder; the server runs from the project's root (scripts/start.mjs) */
const fontDir = () => path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter');

export const fontPath = (weight: FontWeight) => path.join(fontDir(), FILES[weight]);
export const fontPaths = () => FONT_WEIGHTS.map(fontPath);
/** The file of each weight, as the PNG export's workers take them (scripts/export-worker.mjs). */
export const fontFiles = () => Object.fromEntries(FONT_WEIGHTS.map((w) => [w, fontPath(w)])) as Record<FontWeight, string>;

const cache = new Map<FontWeight, Buffer>();
export function fontBytes(weight: FontWeight): Buffer {
  let b = cache.get(weight);
  if (!b) cache.set(weight, (b = readFileSync(fontPath(weight))));
  return b;
}
