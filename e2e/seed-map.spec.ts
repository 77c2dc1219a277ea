// The demo map seeded on first start: public, read-only, readable without an account,
// and every claim shows its quote.
import { expect, test } from '@playwright/test';
import { waitForCanvas } from './editor-helpers';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';
const DEMO_TITLE = 'Migratie, integratie en draagvlak';

interface DemoGraph {
  nodes: { id: string; kind: string; title: string }[];
  relations: { type: string }[];
  sources: { id: string; title: string; hasText: boolean }[];
  citations: { nodeId: string; sourceId: string; quote: string }[];
}

test.use({ locale: 'en-GB' });

test('an anonymous visitor finds the demo map, opens it read-only, and reads the quotes behind its claims', async ({ page }) => {
  // the home page points to it
  await page.goto('/');
  await expect(page.getByTestId('demo-map-link')).toHaveText(`See the demo map: ${DEMO_TITLE}`);
  await expect(page.getByTestId('demo-map-link')).toHaveAttribute('href', `/maps/${DEMO_MAP_ID}`);
  // and so does the list of public maps
  await page.goto('/maps');
  const link = page.getByRole('link', { name: DEMO_TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/maps/${DEMO_MAP_ID}$`));
  await waitForCanvas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TITLE);
  // nothing to edit with
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

  const res = await page.request.get(`/api/v1/maps/${DEMO_MAP_ID}/graph`);
  expect(res.status()).toBe(200);
  const g = (await res.json()) as DemoGraph;
  expect(g.nodes.length).toBeGreaterThanOrEqual(80);
  expect(g.sources).toHaveLength(5);
  // the project ships quotations, never the texts
  expect(g.sources.every((s) => !s.hasText)).toBe(true);

  // a claim, found in the outline, shows its quote and its source in the side panel
  const claim = g.nodes.find((n) => n.kind === 'CLAIM' && g.citations.some((c) => c.nodeId === n.id))!;
  const citation = g.citations.find((c) => c.nodeId === claim.id)!;
  const source = g.sources.find((s) => s.id === citation.sourceId)!;
  await page.getByRole('button', { name: 'Outline' }).click();
  const row = page.getByRole('tree', { name: 'Map outline' }).getByRole('treeitem').filter({ hasText: claim.title }).first();
  await row.click();
  const details = page.getByTestId('node-details');
  await expect(details).toContainText(claim.title);
  await expect(details.locator('blockquote').first()).toContainText(citation.quote.slice(0, 60));
  await expect(details).toContainText(source.title);

  // writing is refused without an account
  const write = await page.request.post(`/api/v1/maps/${DEMO_MAP_ID}/operations`, {
    data: { operations: [{ op: 'update', entity: 'node', id: claim.id, version: 1, data: { title: 'Vandalisme' } }] },
  });
  expect(write.status()).toBe(401);
});

test('the demo map’s sources: five references, every claim sourced, a bibliography', async ({ page }) => {
  await page.goto(`/maps/${DEMO_MAP_ID}/sources`);
  await expect(page.getByTestId('source-card')).toHaveCount(5);
  const figure = page.getByTestId('sourced-figure');
  await expect(figure).toBeVisible();
  const [, sourced, total] = /^(\d+) of (\d+) claims and proposals sourced$/.exec((await figure.textContent()) ?? '') ?? [];
  expect(Number(total)).toBeGreaterThan(20);
  expect(sourced).toBe(total);
  await expect(page.getByTestId('bibliography-entries')).toContainText('Debruyne, P. (2024');
  await expect(page.getByTestId('bibliography-entries')).toContainText('Migratiemaatschappij');
});
