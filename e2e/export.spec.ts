// Exports from the editor and the import on the maps page, in a real browser: PNG and
// SVG files drawn by the shared renderer (their size, the relations' strokes, the
// titles), a selection on its own (sent to the server as a POST body), the progress
// indicator painted while a large export is drawn, and a JSON file imported as a new map.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { applyOps, createMap, createUser, nodeByTitle, openEditor, seedMap, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

async function exportFile(page: Page, format: string, setup?: () => Promise<void>) {
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption(format);
  if (setup) await setup();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-download').click()]);
  await expect(dialog.getByTestId('export-message')).toContainText('Exported');
  const file = await download.path();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { name: download.suggestedFilename(), bytes: readFileSync(file!) };
}

test.describe('export from the editor', () => {
  let mapId: string;
  test.beforeEach(async ({ context }) => {
    const user = await createUser(context.request);
    await signIn(context, user.email);
    mapId = await createMap(context, `Exportkaart ${Date.now()}`);
    await seedMap(context, mapId);
  });

  test('an SVG of the whole map holds every title and relation, as text', async ({ page }) => {
    await openEditor(page, mapId);
    await waitForCanvas(page);
    const svg = await exportFile(page, 'svg');
    expect(svg.name).toMatch(/^exportkaart-\d+\.svg$/);
    const text = svg.bytes.toString('utf8');
    for (const title of ['Hoe vergroten we het', 'Meer ontmoeting', 'Betere inburgering', 'Meta-analyse van 500 studies', 'De studies meten iets anders']) expect(text).toContain(title);
    for (const rel of ['supports', 'rebuts', 'undercuts', 'answers']) expect(text).toContain(`class="relation rel-${rel}"`);
    expect(text).not.toContain('foreignObject');
  });

  test('a PNG at 2× has twice the drawing’s size, is not blank, and shows the relations', async ({ page }) => {
    await openEditor(page, mapId);
    await waitForCanvas(page);
    const svg = (await exportFile(page, 'svg')).bytes.toString('utf8');
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    const png = await exportFile(page, 'png', async () => {
      await page.getByTestId('export-dialog').getByLabel('2×').check();
    });
    expect(png.name).toMatch(/\.png$/);
    const image = PNG.sync.read(png.bytes);
    expect([image.width, image.height]).toEqual([w * 2, h * 2]);
    // the strokes of ANSWERS (#2f5f9e) and SUPPORTS (#2b7a3f) relations are drawn
    let blue = 0;
    let green = 0;
    let ink = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (r < 200 || g < 200 || b < 200) ink++;
      if (Math.abs(r - 0x2f) < 20 && Math.abs(g - 0x5f) < 20 && Math.abs(b - 0x9e) < 20) blue++;
      if (Math.abs(r - 0x2b) < 20 && Math.abs(g - 0x7a) < 20 && Math.abs(b - 0x3f) < 20) green++;
    }
    expect(ink).toBeGreaterThan(image.width * image.height * 0.01);
    expect(blue).toBeGreaterThan(500);
    expect(green).toBeGreaterThan(500);
  });

  test('the dialog keeps the keys: Delete behind it deletes nothing, Tab stays in it, Escape closes it and focus goes back', async ({ page }) => {
    await openEditor(page, mapId);
    await waitForCanvas(page);
    await nodeByTitle(page, 'Meer ontmoeting').click();
    const cards = await page.locator('.react-flow__node').count();
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    // a click on the dialog's plain parts leaves focus in the dialog, not on the page behind it
    await dialog.getByRole('heading').click();
    await page.keyboard.press('Delete');
    await page.keyboard.press('c');
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('export-open')).toBeFocused();
    await expect(nodeByTitle(page, 'Meer ontmoeting')).toBeVisible();
    await expect(page.locator('.react-flow__node')).toHaveCount(cards);
  });

  test('a selection exports on its own', async ({ page }) => {
    await openEditor(page, mapId);
    await waitForCanvas(page);
    await nodeByTitle(page, 'Meer ontmoeting').click();
    await nodeByTitle(page, 'Contact vermindert').click({ modifiers: ['Shift'] });
    const svg = await exportFile(page, 'svg', async () => {
      await expect(page.getByTestId('export-dialog').getByLabel('Selection (2)')).toBeChecked();
    });
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Meer ontmoeting');
    expect(text).toContain('Contact vermindert');
    expect(text).toContain('class="relation rel-supports"');
    expect(text).not.toContain('Betere inburgering');
    expect(text).not.toContain('rel-answers');

    // drawn by the server (PDF): the selection goes in a POST body, not in the URL
    const sent = page.waitForRequest((r) => /\/export\.pdf$/.test(new URL(r.url()).pathname));
    const pdf = await exportFile(page, 'pdf');
    const request = await sent;
    expect(request.method()).toBe('POST');
    expect(new URL(request.url()).search).toBe('');
    expect((request.postDataJSON() as { nodes: string[] }).nodes).toHaveLength(2);
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

test('the progress indicator is on screen while a large export is drawn', async ({ page, context }) => {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  const mapId = await createMap(context, `Grote kaart ${Date.now()}`);
  const operations = Array.from({ length: 400 }, (_, i) => ({
    op: 'create',
    entity: 'node',
    id: crypto.randomUUID(),
    data: { kind: 'CLAIM', title: `Stelling ${i}: een titel van enige lengte, zodat het tekenen iets kost`, x: (i % 20) * 300, y: Math.floor(i / 20) * 200 },
  }));
  await applyOps(context, mapId, operations);
  await openEditor(page, mapId);
  // 400 cards take a while to mount on a busy machine
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true', { timeout: 180_000 });
  // every frame the browser paints records whether the indicator was there: no timing involved
  await page.evaluate(() => {
    const w = window as unknown as { framesWithProgress: number };
    w.framesWithProgress = 0;
    const tick = () => {
      if (document.querySelector('[data-testid="export-progress"]')) w.framesWithProgress++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const svg = await exportFile(page, 'svg');
  expect(svg.bytes.toString('utf8').match(/<g class="node /g)).toHaveLength(400);
  expect(await page.evaluate(() => (window as unknown as { framesWithProgress: number }).framesWithProgress)).toBeGreaterThan(0);
});

/** A map of `count` claims side by side, with a support between neighbours: wide and low. */
async function wideMap(context: BrowserContext, count: number) {
  const mapId = await createMap(context, `Brede kaart ${Date.now()}`);
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  await applyOps(context, mapId, [
    ...ids.map((id, i) => ({ op: 'create', entity: 'node', id, data: { kind: 'CLAIM', title: `Stelling ${i + 1}`, x: i * 300, y: 0 } })),
    ...ids.slice(1).map((id, i) => ({ op: 'create', entity: 'relation', id: crypto.randomUUID(), data: { type: 'SUPPORTS', fromId: id, toId: ids[i] } })),
  ]);
  return mapId;
}

/**
 * A signed-in user's wide map of `count` claims, open in the editor: the SVG's size, then the
 * PNG at 4× with what the dialog said of it and whether the server was asked.
 */
async function wideExport(page: Page, context: BrowserContext, count: number) {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  await openEditor(page, await wideMap(context, count));
  await waitForCanvas(page);
  const svg = (await exportFile(page, 'svg')).bytes.toString('utf8');
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (/\/export\.png$/.test(new URL(r.url()).pathname)) asked.push(r.url());
  });
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('png');
  await dialog.getByLabel('4×').check();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 150_000 }), dialog.getByTestId('export-download').click()]);
  await expect(dialog.getByTestId('export-message')).toContainText('Exported', { timeout: 30_000 });
  const said = await dialog.getByTestId('export-message').innerText();
  const image = PNG.sync.read(readFileSync((await download.path())!));
  return { w, h, image, said, asked };
}

/** Pixels of the relations' green (SUPPORTS) in the image. */
function greenPixels(image: PNG) {
  let green = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.abs(image.data[i] - 0x2b) < 20 && Math.abs(image.data[i + 1] - 0x7a) < 20 && Math.abs(image.data[i + 2] - 0x3f) < 20) green++;
  }
  return green;
}

test('a PNG wider than the browser’s canvas is drawn by the server, at the size asked', async ({ page, context }) => {
  test.setTimeout(240_000);
  const { w, h, image, said, asked } = await wideExport(page, context, 14);
  // the map is such that 4× passes the browser's 16,384 px a side and stays within the server's 20,000
  expect(w * 4).toBeGreaterThan(16_384);
  expect(w * 4).toBeLessThanOrEqual(20_000);
  expect(asked).toHaveLength(1);
  expect(new URL(asked[0]).searchParams.get('scale')).toBe('4');
  expect([image.width, image.height]).toEqual([w * 4, h * 4]);
  expect(said).toContain(`This PNG (${w * 4} × ${h * 4} px) is too big for the browser: the server drew it.`);
  expect(greenPixels(image)).toBeGreaterThan(5000);
});

test('a PNG too big for the browser and the server is drawn smaller, and the dialog says so', async ({ page, context }) => {
  test.setTimeout(240_000);
  const { w, h, image, said, asked } = await wideExport(page, context, 19);
  // 4× passes the server's 20,000 px a side: the browser draws it at 16,384 px wide
  expect(w * 4).toBeGreaterThan(20_000);
  expect(asked).toHaveLength(0);
  expect(image.width).toBe(16_384);
  expect(image.height).toBe(Math.floor((h * 16_384) / w));
  expect(said).toContain(`The PNG was scaled down to 16384 × ${image.height} px because the browser cannot make a bigger image. Choose SVG or PDF for full sharpness.`);
  expect(greenPixels(image)).toBeGreaterThan(5000);
});

test('a JSON file imports from the maps page as a new map of one’s own', async ({ page, context }) => {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  const source = await createMap(context, `Bronkaart ${Date.now()}`);
  await seedMap(context, source);
  const doc = await (await context.request.get(`/api/v1/maps/${source}/export.json`)).json();
  const title = `Geïmporteerd ${Date.now()}`;
  doc.map.title = title;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pleit-import-')), 'kaart.json');
  writeFileSync(file, JSON.stringify(doc));

  await page.goto('/maps');
  await page.getByTestId('import-map').locator('input[type="file"]').setInputFiles(file);
  // the server reads the file first and shows what it holds; "create" makes the map and opens it
  await expect(page.getByTestId('import-preview')).toContainText(title);
  await expect(page.getByTestId('import-counts')).toContainText(`${doc.nodes.length}`);
  await page.getByTestId('import-create').click();
  await page.waitForURL(/\/maps\/[^/]+$/);
  await waitForCanvas(page);
  await expect(nodeByTitle(page, 'Meta-analyse van 500 studies')).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(doc.nodes.length);
});
