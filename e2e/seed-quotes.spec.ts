// The demo map's quotes can be checked by a reader (issue 14): a visitor sees them as
// "checked against the original text (not stored here)" with the source's address; a
// member who has a document stores it on a copy of the map, through the source library,
// and sees that it is the original and every quote highlighted in it; another text is
// said not to be the original.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { emptyState } from '@/lib/argument/operations';
import { copyBatches } from '@/lib/client/copy-map';
import { seriousViolations } from './editor-helpers';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';
const SEEDS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');
const seedText = (number: string) => readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(`${number}_`) && f.endsWith('.txt'))!), 'utf8');

test.use({ locale: 'en-GB' });

test('a visitor reads every demo quote as checked against the original text, with the address of the original', async ({ page }) => {
  // 162 citations on one page, and axe over all of them: generous on a busy machine
  test.setTimeout(180_000);
  await page.goto(`/maps/${DEMO_MAP_ID}/sources`);
  await expect(page.getByTestId('source-card')).toHaveCount(5);
  const statuses = page.getByTestId('quote-status');
  expect(await statuses.count()).toBeGreaterThan(100);
  // none says "not checked": each is checked against the original, which is not stored here
  await expect(page.getByTestId('quote-status').filter({ hasText: 'not checked' })).toHaveCount(0);
  await expect(statuses.first()).toContainText('checked against the original text (not stored here)');
  for (const badge of await page.getByTestId('source-text-badge').all()) await expect(badge).toHaveText('Quotes checked against the original text (not stored here)');
  // Debruyne's article has an address: its quotes link to it
  const debruyne = page.getByTestId('source-card').filter({ hasText: 'Menu voor een andere migratiepolitiek' });
  await expect(debruyne.getByTestId('original-link').first()).toHaveText('original text: www.sampol.be');
  await expect(debruyne.getByTestId('original-link').first()).toHaveAttribute('href', 'https://www.sampol.be/2024/03/menu-voor-een-andere-migratiepolitiek');
  // the fingerprint is there to compare against
  await debruyne.getByTestId('source-fingerprint').locator('summary').click();
  await expect(debruyne.getByTestId('source-fingerprint').locator('code')).toHaveText(/^[0-9a-f]{64}$/);
  expect(await seriousViolations(page)).toEqual([]);
});

const PASSWORD = 'seed quotes test password';
async function signedIn(context: BrowserContext) {
  const email = `seed-quotes-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  expect((await context.request.post('/api/v1/users', { data: { email, password: PASSWORD, name: 'Lezer met de teksten' } })).status()).toBe(201);
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
  expect((await context.request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: PASSWORD, json: 'true' } })).ok()).toBeTruthy();
}

test('a member stores the documents on a copy of the demo map: the original is recognised and every quote highlighted', async ({ page, context }) => {
  // the documents are beside the checkout (CI has ../shared): without them this test fails, never skips
  expect(existsSync(SEEDS), `${SEEDS} must be beside the checkout`).toBe(true);
  test.setTimeout(180_000);
  await signedIn(context);
  // a copy of the demo map, made with the operations "Make a copy" sends
  const demo = await (await context.request.get(`/api/v1/maps/${DEMO_MAP_ID}/graph`)).json();
  const state = emptyState();
  for (const [name, list] of [['nodes', demo.nodes], ['relations', demo.relations], ['tags', demo.tags], ['sources', demo.sources], ['citations', demo.citations]] as const) {
    for (const e of list) (state[name] as Map<string, unknown>).set(e.id, e);
  }
  const created = await context.request.post('/api/v1/maps', { data: { title: 'Migratie, integratie en draagvlak (kopie)', visibility: 'PRIVATE' } });
  expect(created.status()).toBe(201);
  const copyId: string = (await created.json()).id;
  for (const operations of copyBatches(state, DEMO_MAP_ID, copyId)) {
    const r = await context.request.post(`/api/v1/maps/${copyId}/operations`, { data: { operations } });
    expect(r.status(), await r.text()).toBe(200);
  }
  const pact = demo.sources.find((s: { title: string }) => s.title === 'Integratiepact');
  const pactQuotes = demo.citations.filter((c: { sourceId: string }) => c.sourceId === pact.id).length;

  await page.goto(`/maps/${copyId}/sources`);
  const card = page.getByTestId('source-card').filter({ hasText: 'Sociaal.Net' });
  await expect(card.getByTestId('source-text-badge')).toHaveText('Quotes checked against the original text (not stored here)');
  await card.getByRole('button', { name: 'Attach text' }).click();
  await card.getByLabel(/Or choose a file/).setInputFiles({ name: 'integratiepact.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText('001'), 'utf8') });
  await card.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByTestId('sources-notice')).toContainText(`${pactQuotes} citations found, 0 no longer.`);
  await expect(page.getByTestId('sources-notice')).toContainText('This is the original text: the fingerprint matches.');
  await expect(card.getByTestId('source-text-badge')).toHaveText('Text stored');
  // every quote of the source is found in it and highlighted in the reader
  const statuses = card.getByTestId('quote-status');
  await expect(statuses).toHaveCount(pactQuotes);
  await expect(statuses.filter({ hasText: 'found in the text' })).toHaveCount(pactQuotes);
  const reader = page.getByTestId('source-reader');
  await expect(reader.getByTestId('reader-text')).toContainText('De etnische kloof is in Vlaanderen reëel.');
  const marked = await reader.locator('mark.reader-mark').evaluateAll((marks) => new Set(marks.flatMap((m) => (m.getAttribute('data-citations') ?? '').split(/\s+/).filter(Boolean))).size);
  expect(marked).toBe(pactQuotes);
  await card.getByTestId('source-fingerprint').locator('summary').click();
  await expect(card.getByTestId('fingerprint-match')).toHaveText('This is the original text: the fingerprint matches.');

  // another text for another source: its quotes are found, but it is not the original
  const ay = page.getByTestId('source-card').filter({ hasText: 'Geef steden de middelen' });
  await ay.getByRole('button', { name: 'Attach text' }).click();
  await ay.getByLabel(/Or choose a file/).setInputFiles({ name: 'ay.txt', mimeType: 'text/plain', buffer: Buffer.from(`${seedText('003')}\n\nEen alinea die er niet in stond.`, 'utf8') });
  await ay.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByTestId('sources-notice')).toContainText('This text is not the original the quotes were checked against: the fingerprint does not match.');
  await expect(page.getByTestId('sources-notice')).not.toContainText('fingerprint matches');
});
