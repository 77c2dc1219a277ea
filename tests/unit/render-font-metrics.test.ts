// The advance-width table the browser measures with is the font the server draws with:
// lib/render/font-metrics.ts agrees with the TTF files, read with fontkit.
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { measure } from '@/lib/render/text';

const dir = path.resolve(import.meta.dirname, '../../node_modules/@expo-google-fonts/inter');
const files = { 400: '400Regular/Inter_400Regular.ttf', 600: '600SemiBold/Inter_600SemiBold.ttf', 700: '700Bold/Inter_700Bold.ttf' } as const;

describe('font metrics', () => {
  for (const [weight, file] of Object.entries(files)) {
    it(`match Inter ${weight}'s own advance widths`, () => {
      const font = fontkit.openSync(path.join(dir, file)) as fontkit.Font;
      for (const sample of ['Hoe vergroten we het draagvlak?', 'Één “citaat” — €1,6 procentpunt; ÆØÅ ß ŁŻ', 'WWWWiiii']) {
        const units = [...sample].reduce((sum, ch) => sum + font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0);
        expect(measure(sample, { size: 14, weight: Number(weight) as 400 | 600 | 700 })).toBeCloseTo((units * 14) / font.unitsPerEm, 6);
      }
    });
  }
});
