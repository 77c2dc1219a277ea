// The source library in the browser: upload a text, select a passage, create evidence
// from it, see the highlight, follow a citation back to its passage, click a highlight
// to find its node, cite a passage on a claim, and watch the sourcing figure and the
// unsourced filter change; the bibliography's style switch and exports; and a
// public map's visitor, who sees references and quotes but never the text.
import { randomUUID } from 'node:crypto';
import { expect, test, type BrowserContext } from '@playwright/test';
import { longSourceText, selectInReader } from './editor-helpers';

test.use({ locale: 'en-GB' });

const PASSWORD = 'sourcing test password';
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function signedInContext(context: BrowserContext) {
  const email = `sourcing-${unique()}@example.org`;
  expect((await context.request.post('/api/v1/users', { data: { email, password: PASSWORD, name: 'Bronnenlezer' } })).status()).toBe(201);
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
  const res = await context.request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: PASSWORD, json: 'true' } });
  expect(res.ok()).toBeTruthy();
  expect((await context.request.get('/api/v1/me')).status()).toBe(200);
}

async function ops(context: BrowserContext, mapId: string, operations: unknown[]) {
  const res = await context.request.post(`/api/v1/maps/${mapId}/operations`, { data: { operations } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A map with one unsourced claim and one source without text. */
async function seedMap(context: BrowserContext, visibility = 'PRIVATE') {
  const res = await context.request.post('/api/v1/maps', { data: { title: `Bronnen ${unique()}`, visibility } });
  expect(res.status()).toBe(201);
  const mapId: string = (await res.json()).id;
  const ids = { claim: randomUUID(), source: randomUUID() };
  await ops(context, mapId, [
    { op: 'create', entity: 'node', id: ids.claim, data: { kind: 'CLAIM', title: 'Steden moeten zelf integratiebeleid voeren.', x: 0, y: 0 } },
    {
      op: 'create',
      entity: 'source',
      id: ids.source,
      data: { type: 'CHAPTER', title: 'Geef steden de middelen', authors: [{ family: 'Ay', given: 'Deniz' }], container: 'Migratie, gelijkheid en racisme: 44 opinies', publisher: 'VUBPress', date: '2020', language: 'nl' },
    },
  ]);
  return { mapId, ...ids };
}

const EVIDENCE_PARAGRAPH = 'Steden voeren een eigen integratiebeleid omdat de nationale overheid achterblijft.';
const CLAIM_PHRASE = 'het armoedecijfer met 1,6 procentpunt gezakt';
/** Long enough that the reader scrolls: the cited passages sit far below its top. */
const SOURCE_TEXT = longSourceText([40, EVIDENCE_PARAGRAPH, 5, `Zonder het hogere aandeel migranten zou ${CLAIM_PHRASE} zijn.`, 20]);


test('upload a text, make evidence from a passage, follow a citation back, cite on a claim; the figure follows', async ({ page, context }) => {
  await signedInContext(context);
  const { mapId } = await seedMap(context);
  await page.goto(`/maps/${mapId}/sources`);
  await expect(page.getByRole('heading', { name: /Sources/ })).toBeVisible();

  const figure = page.getByTestId('sourcing-figure');
  await expect(figure.getByTestId('sourced-figure')).toHaveText('0 of 1 claims and proposals sourced');
  await expect(figure.getByTestId('unsourced-count')).toHaveText('1 unsourced');
  await figure.getByLabel('Show the unsourced claims').check();
  await expect(figure.getByTestId('unsourced-list')).toContainText('Steden moeten zelf integratiebeleid voeren.');

  // attach the text as an uploaded .txt file
  const card = page.getByTestId('source-card').filter({ hasText: 'Geef steden de middelen' });
  await expect(card.getByText('No text stored')).toBeVisible();
  await card.getByRole('button', { name: 'Attach text' }).click();
  await card.getByLabel(/Or choose a file/).setInputFiles({ name: 'ay-2020.txt', mimeType: 'text/plain', buffer: Buffer.from(SOURCE_TEXT, 'utf8') });
  await card.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByTestId('sources-notice')).toContainText('Text saved');
  await expect(card.getByText('Text stored')).toBeVisible();

  // the reader opens on the text; no passage is highlighted yet
  const reader = page.getByTestId('source-reader');
  await expect(reader.getByTestId('reader-text')).toContainText(EVIDENCE_PARAGRAPH);
  await expect(reader.locator('mark')).toHaveCount(0);

  // select a paragraph (triple click) and create evidence from it, supporting the claim
  await reader.locator('p', { hasText: EVIDENCE_PARAGRAPH }).click({ clickCount: 3 });
  await expect(reader.getByTestId('reader-selection')).toContainText(EVIDENCE_PARAGRAPH);
  await reader.getByRole('button', { name: 'Create evidence from this passage' }).click();
  const form = page.getByRole('form', { name: 'New evidence from this passage' });
  await expect(form.getByLabel('Title of the evidence (one sentence)')).toHaveValue(EVIDENCE_PARAGRAPH);
  await form.getByLabel('Title of the evidence (one sentence)').fill('Steden voeren een eigen integratiebeleid.');
  await form.getByLabel('Supports (optional)').selectOption({ label: 'Steden moeten zelf integratiebeleid voeren.' });
  await form.getByRole('button', { name: 'Create evidence' }).click();
  await expect(page.getByTestId('sources-notice')).toContainText('Evidence “Steden voeren een eigen integratiebeleid.” created.');

  // the passage is highlighted, exactly the paragraph, and the citation is verified with its paragraph number
  const mark = reader.locator('mark.reader-mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(EVIDENCE_PARAGRAPH);
  const citation = card.getByTestId('citation-item');
  await expect(citation).toHaveCount(1);
  await expect(citation).toContainText('paragraph 41');
  await expect(citation.getByTestId('quote-status')).toHaveText('found in the text');

  // supported by sourced evidence: the claim is backed now, no longer unsourced
  await expect(figure.getByTestId('unsourced-count')).toHaveText('0 unsourced');
  await expect(figure.getByTestId('backed-count')).toHaveText('1 backed by sourced evidence');
  await expect(figure.getByText('Every claim and proposal has a source.')).toBeVisible();

  // follow the citation back to its passage: scrolled away first, then brought into view and marked
  await reader.evaluate((el) => el.closest('aside')!.scrollTo(0, 0));
  await expect(mark).not.toBeInViewport();
  await citation.getByRole('button', { name: 'Show passage' }).click();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/active/);

  // clicking the highlight selects the node that cites it
  await page.getByTestId('selected-node').selectOption('');
  await mark.click();
  await expect(page.getByTestId('cited-note')).toHaveText('This passage is cited on: „Steden voeren een eigen integratiebeleid.”');
  await expect(page.getByTestId('selected-node')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByTestId('selected-node').locator('option:checked')).toHaveText('Evidence: Steden voeren een eigen integratiebeleid.');

  // cite a phrase on the claim itself: it becomes sourced
  await page.getByTestId('selected-node').selectOption({ label: 'Claim: Steden moeten zelf integratiebeleid voeren.' });
  await selectInReader(page, CLAIM_PHRASE);
  await expect(reader.getByTestId('reader-selection')).toContainText(CLAIM_PHRASE);
  await reader.getByRole('button', { name: 'Cite on “Steden moeten zelf integratiebeleid voeren.”' }).click();
  await expect(page.getByTestId('sources-notice')).toHaveText('Citation added to “Steden moeten zelf integratiebeleid voeren.”.');
  await expect(reader.locator('mark.reader-mark')).toHaveCount(2);
  await expect(reader.locator('mark.reader-mark').nth(1)).toHaveText(CLAIM_PHRASE);
  await expect(figure.getByTestId('sourced-figure')).toHaveText('1 of 1 claims and proposals sourced');

  // the page after a reload shows the same, from the database
  await page.reload();
  await expect(page.getByTestId('sourcing-figure').getByTestId('sourced-figure')).toHaveText('1 of 1 claims and proposals sourced');
  await expect(page.getByTestId('citation-item')).toHaveCount(2);
});

test('replacing the text flags a citation whose quote is gone', async ({ page, context }) => {
  await signedInContext(context);
  const { mapId, source, claim } = await seedMap(context);
  const put = await context.request.put(`/api/v1/maps/${mapId}/sources/${source}/text`, { data: { text: SOURCE_TEXT, version: 1 } });
  expect(put.status(), await put.text()).toBe(200);
  await ops(context, mapId, [{ op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: claim, sourceId: source, quote: CLAIM_PHRASE } }]);

  await page.goto(`/maps/${mapId}/sources`);
  const card = page.getByTestId('source-card').first();
  await expect(card.getByTestId('quote-status')).toHaveText('found in the text');
  await card.getByRole('button', { name: 'Replace text' }).click();
  await card.getByLabel('Paste the text').fill('Een heel andere tekst, zonder het citaat.');
  await card.getByRole('button', { name: 'Save text' }).click();
  await expect(page.getByTestId('sources-notice')).toContainText('0 citations found, 1 no longer');
  await expect(card.getByTestId('quote-status')).toHaveText('no longer in the text');
  await expect(page.getByTestId('mismatch-count')).toHaveText('1 citations no longer occur in their source');
  await expect(card.getByRole('button', { name: 'Show passage' })).toHaveCount(0);
});

test('add and edit a source with full references; the bibliography switches style and exports', async ({ page, context }) => {
  await signedInContext(context);
  const res = await context.request.post('/api/v1/maps', { data: { title: `Bibliografie ${unique()}` } });
  const mapId: string = (await res.json()).id;
  await page.goto(`/maps/${mapId}/sources`);
  await expect(page.getByText('This map has no sources yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'Add source' });
  await form.getByLabel('Type').selectOption('ARTICLE');
  await form.getByLabel('Title').fill('Menu voor een andere migratiepolitiek');
  await form.getByLabel('Family name').fill('Debruyne');
  await form.getByLabel('Given name').fill('Pascal');
  await form.getByLabel('Published in (journal, book, website)').fill('Samenleving & Politiek');
  await form.getByLabel('Date or year').fill('2024-03-12');
  await form.getByLabel('URL').fill('https://www.sampol.be/2024/03/menu');
  await form.getByLabel('Language (e.g. nl, en)').fill('nl');
  await form.getByRole('button', { name: 'Save' }).click();
  const card = page.getByTestId('source-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Article · Pascal Debruyne · 2024-03-12 · Samenleving & Politiek');

  const bibliography = page.getByTestId('bibliography');
  const entries = bibliography.getByTestId('bibliography-entries');
  await expect(entries).toContainText('Debruyne, P. (2024, March 12). Menu voor een andere migratiepolitiek. Samenleving & Politiek. https://www.sampol.be/2024/03/menu');
  await expect(entries.locator('i')).toHaveText('Samenleving & Politiek');
  await bibliography.getByLabel('Style').selectOption('harvard');
  await expect(entries).toHaveAttribute('data-style', 'harvard');
  await expect(entries).toContainText('Debruyne, P. (2024) “Menu voor een andere migratiepolitiek,” Samenleving & Politiek, 12 March.');
  await bibliography.getByLabel('Language of the bibliography').selectOption('nl');
  await expect(entries).toContainText('Samenleving & Politiek, 12 maart.');

  // edit: a second author; the bibliography follows
  await card.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit: Menu voor een andere migratiepolitiek' });
  await edit.getByRole('button', { name: 'Add author' }).click();
  await edit.getByLabel('Family name').nth(1).fill('Peeters');
  await edit.getByLabel('Given name').nth(1).fill('Eva');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(card).toContainText('Pascal Debruyne, Eva Peeters');
  await expect(entries).toContainText('Debruyne, P. en Peeters, E. (2024)');

  // the exports download with their file names and types
  const [download] = await Promise.all([page.waitForEvent('download'), bibliography.getByTestId('export-bibtex').click()]);
  expect(download.suggestedFilename()).toMatch(/^bibliografie-.*-bibliography\.bib$/);
  const bib = await (await context.request.get(await bibliography.getByTestId('export-bibtex').getAttribute('href') as string)).text();
  expect(bib).toContain('@article{debruyne2024menu,');
  const ris = await context.request.get((await bibliography.getByTestId('export-ris').getAttribute('href')) as string);
  expect(ris.headers()['content-type']).toContain('application/x-research-info-systems');
  expect(await ris.text()).toContain('TY  - MGZN');
});

test('a visitor of a public map sees its references and quotes, never the text', async ({ browser, page, context }) => {
  await signedInContext(context);
  const { mapId, source, claim } = await seedMap(context, 'PUBLIC');
  expect((await context.request.put(`/api/v1/maps/${mapId}/sources/${source}/text`, { data: { text: SOURCE_TEXT, version: 1 } })).status()).toBe(200);
  await ops(context, mapId, [{ op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: claim, sourceId: source, quote: CLAIM_PHRASE } }]);
  await page.goto(`/maps/${mapId}/sources`);
  await expect(page.getByRole('button', { name: 'Read' })).toBeVisible();

  const visitor = await browser.newContext({ locale: 'en-GB' });
  const anonymous = await visitor.newPage();
  await anonymous.goto(`/maps/${mapId}/sources`);
  const card = anonymous.getByTestId('source-card');
  await expect(card).toContainText('Geef steden de middelen');
  await expect(card.getByTestId('citation-item')).toContainText(CLAIM_PHRASE);
  await expect(anonymous.getByText("A source's text is visible to the map's members only.")).toBeVisible();
  await expect(anonymous.getByRole('button', { name: 'Read' })).toHaveCount(0);
  await expect(anonymous.getByRole('button', { name: 'Show passage' })).toHaveCount(0);
  await expect(anonymous.getByRole('button', { name: 'Add source' })).toHaveCount(0);
  await expect(anonymous.getByTestId('bibliography-entries')).toContainText('Ay, D. (2020).');
  const text = await visitor.request.get(`/api/v1/maps/${mapId}/sources/${source}/text`);
  expect(text.status()).toBe(403);
  expect(await text.text()).not.toContain('Opvultekst');
  await visitor.close();
});
