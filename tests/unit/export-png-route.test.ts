// Where the editor's PNG export is drawn (lib/client/export.ts drawPng): in the browser when
// its canvas holds the size, by the server when it does not and the server's limits allow,
// otherwise in the browser at the largest size its canvas holds. The browsers here are
// stand-ins for their canvas limits: Chromium's (268 M pixels, 16,384 a side), Safari's on
// iOS (16.7 M pixels, which draws nothing past it), and a browser with less memory still.
import { describe, expect, it } from 'vitest';
import { BROWSER_CANVASES, ExportError, SERVER_PNG, drawPng, fittingScale, pixelSize, type PngRoutes } from '@/lib/client/export';

function browser(maxPixels: number, maxSide = 16_384) {
  const drawn: number[] = [];
  const asked: string[] = [];
  const routes = (width: number, height: number): PngRoutes => ({
    draw: async (scale) => {
      const size = pixelSize(width, height, scale);
      asked.push(`draw ${size.width}×${size.height}`);
      if (size.width * size.height > maxPixels || Math.max(size.width, size.height) > maxSide) return null;
      drawn.push(scale);
      return new Blob([`browser ${size.width}×${size.height}`]);
    },
    server: async () => {
      asked.push('server');
      return new Blob(['server']);
    },
  });
  return { routes, drawn, asked };
}

const text = (b: Blob) => b.text();

describe('the editor’s PNG export', () => {
  it('draws in the browser at the scale asked when the canvas holds it', async () => {
    const chromium = browser(268_435_456);
    const png = await drawPng(1200, 800, 2, chromium.routes(1200, 800));
    expect(png).toMatchObject({ by: 'browser', scale: 2 });
    expect(await text(png.blob)).toBe('browser 2400×1600');
    expect(chromium.asked).toEqual(['draw 2400×1600']);
  });

  it('has the server draw a PNG wider than any canvas, at the scale asked', async () => {
    // 4,300 px at 4×: 17,200 px a side, past 16,384, within the server's 20,000
    const chromium = browser(268_435_456);
    const png = await drawPng(4300, 600, 4, chromium.routes(4300, 600));
    expect(png).toMatchObject({ by: 'server', scale: 4 });
    expect(chromium.asked).toEqual(['server']);
  });

  it('has the server draw what Safari on iOS cannot hold, though the size is within Chromium’s', async () => {
    // 3,000 × 2,000 at 2× is 24 M pixels: Safari's canvas stays blank past 16.7 M
    const safari = browser(16_777_216);
    const png = await drawPng(3000, 2000, 2, safari.routes(3000, 2000));
    expect(png).toMatchObject({ by: 'server', scale: 2 });
    expect(safari.asked).toEqual(['draw 6000×4000', 'server']);
  });

  it('draws smaller in the browser when the server cannot draw it either, and says how much smaller', async () => {
    // 6,000 px at 4×: 24,000 a side, past the server's 20,000 and every canvas's 16,384
    const chromium = browser(268_435_456);
    const png = await drawPng(6000, 1000, 4, chromium.routes(6000, 1000));
    expect(png.by).toBe('browser');
    expect(png.scale).toBeCloseTo(16_384 / 6000, 10);
    expect(await text(png.blob)).toBe('browser 16384×2730');
    expect(chromium.asked).toEqual(['draw 16384×2730']);
  });

  it('goes down the known canvas limits until one holds', async () => {
    // too big for the server; Safari holds 16.7 M pixels, the first limit (268 M) is too much for it
    const safari = browser(16_777_216);
    const png = await drawPng(6000, 3000, 4, safari.routes(6000, 3000));
    expect(png.by).toBe('browser');
    const size = pixelSize(6000, 3000, png.scale);
    expect(size.width * size.height).toBeLessThanOrEqual(16_777_216);
    expect(size.width * size.height).toBeGreaterThan(16_000_000);
    expect(safari.asked).toEqual(['draw 16384×8192', `draw ${size.width}×${size.height}`]);

    const small = browser(4_194_304, 4_096);
    const tiny = await drawPng(6000, 3000, 4, small.routes(6000, 3000));
    expect(pixelSize(6000, 3000, tiny.scale).width).toBe(2896);
    expect(small.asked).toHaveLength(3);
  });

  it('draws smaller in the browser when the server, asked for the full size, fails (busy, offline), and keeps why', async () => {
    const chromium = browser(268_435_456);
    const busy = new ExportError('busy', 'The server is drawing 2 exports and has 4 waiting');
    const routes = { ...chromium.routes(4300, 600), server: async () => Promise.reject(busy) };
    const png = await drawPng(4300, 600, 4, routes);
    expect(png).toMatchObject({ by: 'browser', serverError: busy });
    expect(pixelSize(4300, 600, png.scale).width).toBe(16_384);
    // a cancelled export is not drawn smaller: it stops
    const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
    await expect(drawPng(4300, 600, 4, { ...chromium.routes(4300, 600), server: async () => Promise.reject(aborted) })).rejects.toBe(aborted);
    // and when nothing can draw it, the server's reason is the one given
    await expect(drawPng(4300, 600, 4, { ...browser(0).routes(4300, 600), server: async () => Promise.reject(busy) })).rejects.toBe(busy);
  });

  it('fails with a readable reason when no canvas holds even the smallest size', async () => {
    const none = browser(0);
    await expect(drawPng(6000, 3000, 4, none.routes(6000, 3000))).rejects.toMatchObject({ reason: 'browser', message: 'the browser could not draw the image' });
    expect(none.asked).toHaveLength(BROWSER_CANVASES.length);
  });

  it('keeps the server’s limits and the browser’s in step with the sizes it picks', () => {
    expect(SERVER_PNG.side).toBeGreaterThan(BROWSER_CANVASES[0].side);
    // the scale that fits a limit gives whole pixels within it
    for (const limits of BROWSER_CANVASES) {
      for (const [w, h] of [[6000, 3000], [5201, 977], [20_000, 19_999]] as const) {
        const s = pixelSize(w, h, fittingScale(w, h, 4, limits));
        expect(s.width * s.height).toBeLessThanOrEqual(limits.pixels);
        expect(Math.max(s.width, s.height)).toBeLessThanOrEqual(limits.side);
      }
    }
    expect(pixelSize(482, 193, 2)).toEqual({ width: 964, height: 386 });
  });
});
