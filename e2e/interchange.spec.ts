// Issue 12 in a real browser: an Argdown file chosen on the maps page is read by the
// server and previewed (its counts and the report of what could not be taken over)
// before anything is created; "create" makes the map and opens it laid out. An invalid
// file shows its position and creates nothing. The editor's export menu offers the
// interchange formats and says what a format could not hold.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createMap, createUser, graph, nodeByTitle, openEditor, seedMap, seriousViolations, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

const CORPORA = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpora');

/** A file of the shared corpus, or (where the corpus is absent) the same content written here. */
function file(name: string, content: string) {
  const shared = path.join(CORPORA, 'argdown', name);
  if (existsSync(shared)) return shared;
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'pleit-ix-')), name);
  writeFileSync(p, content);
  return p;
}

test('an Argdown file imports from the maps page: preview first, then the new map opens laid out', async ({ page, context }) => {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  await page.goto('/maps');
  const mapCount = async () => ((await (await context.request.get('/api/v1/maps')).json()) as { maps: unknown[] }).maps.length;
  const before = await mapCount();

  const selfAttack = file('self-attack-defeated.argdown', '<S>: self-undermining claim.\n  - <S>\n  - <T>: external defeater.\n');
  await page.getByTestId('import-map').getByTestId('import-file').setInputFiles(selfAttack);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('import-counts')).toHaveText('2 nodes, 1 relations, 0 tags, 0 sources, 0 citations');
  // the self-attack on line 2 cannot be a relation in Pleit: the report says so, with its line
  await expect(page.getByTestId('import-report')).toContainText('skipped (line 2)');
  await expect(page.getByTestId('import-report')).toContainText('itself');
  expect(await seriousViolations(page)).toEqual([]);
  // nothing is created by the preview
  expect(await mapCount()).toBe(before);
  await page.getByTestId('import-create').click();
  await page.waitForURL(/\/maps\/[^/]+$/);
  await waitForCanvas(page);
  const s = nodeByTitle(page, 'S');
  const t = nodeByTitle(page, 'T');
  await expect(s).toBeVisible();
  await expect(t).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  // laid out: T (which rebuts S) sits below S
  const [sb, tb] = [await s.boundingBox(), await t.boundingBox()];
  expect(tb!.y).toBeGreaterThan(sb!.y + sb!.height / 2);
});

test('an invalid Argdown file shows its position and creates nothing', async ({ page, context }) => {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  await page.goto('/maps');
  const invalid = file('invalid.argdown', '/* Deliberately malformed */\n\n\n  +\n');
  await page.getByTestId('import-map').getByTestId('import-file').setInputFiles(invalid);
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('line 4:3');
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
});

test('the editor exports Argdown, AIF and Kialo text, and says what a format cannot hold', async ({ page, context }) => {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  const mapId = await createMap(context, `Uitwisseling ${Date.now()}`);
  await seedMap(context, mapId);
  await openEditor(page, mapId);
  for (const [format, ext] of [
    ['argdown', '.argdown'],
    ['xaif', '.aif.json'],
    ['kialo', '.kialo.txt'],
  ]) {
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-format').selectOption(format);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-download').click()]);
    expect(download.suggestedFilename().endsWith(ext)).toBe(true);
    await expect(dialog.getByTestId('export-message')).toContainText('Exported');
    if (format === 'kialo') await expect(dialog.getByTestId('export-message')).toContainText('cannot hold everything');
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
});

test('an editor adds an Argdown file to the open map: preview first, then the nodes arrive without a reload', async ({ page, context }) => {
  const user = await createUser(context.request);
  await signIn(context, user.email);
  const mapId = await createMap(context);
  await seedMap(context, mapId);
  const before = await graph(context, mapId);
  await openEditor(page, mapId);
  await waitForCanvas(page);

  await page.getByTestId('import-open').click();
  const dialog = page.getByRole('dialog', { name: 'Import into this map' });
  await expect(dialog).toBeVisible();
  const selfAttack = file('self-attack-defeated.argdown', '<S>: self-undermining claim.\n  - <S>\n  - <T>: external defeater.\n');
  await dialog.getByTestId('import-file').setInputFiles(selfAttack);
  await expect(dialog.getByTestId('import-counts')).toHaveText('2 nodes, 1 relations, 0 tags, 0 sources, 0 citations');
  expect(await seriousViolations(page)).toEqual([]);
  // the preview wrote nothing
  expect((await graph(context, mapId)).nodes).toHaveLength(before.nodes.length);

  await dialog.getByTestId('import-create').click();
  await expect(dialog.getByTestId('import-merged')).toHaveText('Added 2 nodes and 1 relations, to the right of what was there.');
  const after = await graph(context, mapId);
  expect(after.nodes).toHaveLength(before.nodes.length + 2);
  expect(after.relations).toHaveLength(before.relations.length + 1);
  await dialog.getByTestId('import-close').click();
  await expect(dialog).toHaveCount(0);
  // on the canvas, through the live stream: no reload
  await page.getByRole('button', { name: 'Fit view' }).click();
  // (titled "S" and "T": found by their cards' exact accessible names)
  await expect(page.getByRole('group', { name: 'Claim: T', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Claim: S', exact: true })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(before.nodes.length + 2);
});
