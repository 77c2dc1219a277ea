// A newcomer's first hour (issue 13): the problems found trying Pleit as a new user, each
// held by a test. The reader selects what the mouse dragged over and asks before it makes
// evidence; the NL/EN switch changes every visible string of the map page at once; a
// filter that hides everything says so and clears itself; search says when its hit is
// hidden; readers get the legend and filters and no editing hints; a quote that is not in
// the text is refused in words, with the quote kept; empty and too long titles say why;
// the connect menu stays in the window; undercut from a relation's menu; a phone gets no
// horizontal scroll, a header menu, the outline and bottom sheets; the landing page shows
// a map, the three uses and the demo; sign-up says what happened; axe-core stays clean.
import { randomUUID } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { applyOps, createMap, createUser, dragConnection, expectSaved, graph, longSourceText, nodeByTitle, openEditor, PASSWORD, seedMap, seriousViolations, signIn } from './editor-helpers';

/** React Flow is there (its code is loaded on demand: on a busy machine that takes a while). */
const waitForCanvas = (page: Page) => expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });

test.use({ locale: 'en-GB', viewport: { width: 1400, height: 900 } });

const PHRASE = 'de wachtlijsten voor taalcursussen in tien jaar verdubbeld';
const PARAGRAPH = `In Gent zijn ${PHRASE}, zegt de stad, en dat raakt vooral nieuwkomers met werk.`;
const SOURCE_TEXT = longSourceText([12, PARAGRAPH, 30]);

async function mapWithText(context: BrowserContext, visibility = 'PRIVATE') {
  const mapId = await createMap(context, `Eerste uur ${Date.now()}`, visibility);
  const ids = { claim: randomUUID(), other: randomUUID(), source: randomUUID() };
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: ids.claim, data: { kind: 'CLAIM', title: 'Taalcursussen schieten tekort.', x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: ids.other, data: { kind: 'CLAIM', title: 'Steden moeten zelf beleid voeren.', x: 400, y: 0 } },
    { op: 'create', entity: 'source', id: ids.source, data: { type: 'REPORT', title: 'Wachtlijsten in Gent', language: 'nl' } },
  ]);
  const put = await context.request.put(`/api/v1/maps/${mapId}/sources/${ids.source}/text`, { data: { text: SOURCE_TEXT, version: 1 } });
  expect(put.status(), await put.text()).toBe(200);
  return { mapId, ...ids };
}

/** The screen points at the left edge of a phrase's first character and the right edge of its last, in the reader. */
async function phrasePoints(page: Page, phrase: string) {
  return page.getByTestId('reader-text').evaluate((root, p) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(p);
      if (i < 0 || (n.parentElement as HTMLElement).hidden) continue;
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rectOf = (k: number) => {
        const r = document.createRange();
        r.setStart(n!, k);
        r.setEnd(n!, k + 1);
        return r.getClientRects()[0];
      };
      const first = rectOf(i);
      const last = rectOf(i + p.length - 1);
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    }
    return null;
  }, phrase);
}

test('the reader: a mouse drag selects exactly what it went over, and evidence from it is asked for first', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Lezer');
  await signIn(context, owner.email);
  const { mapId, claim } = await mapWithText(context);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await nodeByTitle(page, 'Taalcursussen schieten tekort.').click();
  await page.getByTestId('reader-toggle').click();
  const pane = page.getByTestId('reader-pane');
  await expect(pane.getByTestId('reader-text')).toContainText(PARAGRAPH);

  const points = (await phrasePoints(page, PHRASE))!;
  expect(points).not.toBeNull();
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move((points.from.x + points.to.x) / 2, points.to.y, { steps: 8 });
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
  // exactly the dragged words: in the page's selection and in the passage the reader offers
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PHRASE);
  await expect(pane.getByTestId('reader-selection').locator('q')).toHaveText(PHRASE);

  // "create evidence": the passage is shown with a title and what it supports, and nothing is written yet
  await pane.getByRole('button', { name: 'Create evidence from this passage' }).click();
  const confirm = pane.getByTestId('evidence-confirm');
  await expect(confirm.locator('blockquote')).toHaveText(PHRASE);
  await expect(confirm.getByLabel('Supports (optional)')).toHaveValue(claim);
  expect((await graph(context, mapId)).nodes).toHaveLength(2);
  expect(await seriousViolations(page)).toEqual([]);
  // cancelled: still nothing
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect((await graph(context, mapId)).nodes).toHaveLength(2);

  // confirmed, with a title of the user's own: written once, as evidence supporting the claim
  await expect(pane.getByTestId('reader-text')).toContainText(PARAGRAPH);
  const again = (await phrasePoints(page, PHRASE))!;
  await page.mouse.move(again.from.x, again.from.y);
  await page.mouse.down();
  await page.mouse.move(again.to.x, again.to.y, { steps: 12 });
  await page.mouse.up();
  await expect(pane.getByTestId('reader-selection').locator('q')).toHaveText(PHRASE);
  await pane.getByRole('button', { name: 'Create evidence from this passage' }).click();
  await confirm.getByLabel('Title of the evidence (one sentence)').fill('Wachtlijsten verdubbeld in Gent');
  await confirm.getByRole('button', { name: 'Create evidence' }).click();
  await expect(nodeByTitle(page, 'Wachtlijsten verdubbeld in Gent')).toBeVisible();
  await expectSaved(page);
  const saved = await graph(context, mapId);
  const evidence = saved.nodes.find((n) => n.title === 'Wachtlijsten verdubbeld in Gent')!;
  expect(evidence.kind).toBe('EVIDENCE');
  expect(saved.citations).toContainEqual(expect.objectContaining({ nodeId: evidence.id, quote: PHRASE }));
  expect(saved.relations).toContainEqual(expect.objectContaining({ type: 'SUPPORTS', fromId: evidence.id, toId: claim }));
});

test('the language switch on a map page changes every visible string at once, without a reload', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Taal');
  await signIn(context, owner.email);
  const mapId = await createMap(context);
  await seedMap(context, mapId);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));

  const english = ['All maps', 'Add question', 'Add claim', 'Add a reason', 'Auto layout', 'Legend', 'Reader', 'Sources', 'Saved', 'Outline', 'Select a node or relation to edit it.', 'Question', 'Proposal', 'Evidence', 'My maps', 'Sign out'];
  const dutch = ['Alle kaarten', 'Vraag toevoegen', 'Bewering toevoegen', 'Reden toevoegen', 'Automatisch schikken', 'Legende', 'Lezer', 'Bronnen', 'Opgeslagen', 'Overzicht', 'Selecteer een knoop of relatie om ze te bewerken.', 'Vraag', 'Voorstel', 'Bewijs', 'Mijn kaarten', 'Afmelden'];
  const body = page.locator('body');
  for (const s of english) await expect(body).toContainText(s);
  await expect(page.getByTestId('search')).toHaveAttribute('placeholder', 'Search titles and text');
  await expect(page.locator('.react-flow__node').first()).toHaveAttribute('aria-label', /^(Question|Claim|Proposal|Evidence): /);

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'NL' }).click();
  for (const s of dutch) await expect(body).toContainText(s);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByTestId('search')).toHaveAttribute('placeholder', 'Zoek in titels en tekst');
  await expect(page.locator('.react-flow__node').first()).toHaveAttribute('aria-label', /^(Vraag|Bewering|Voorstel|Bewijs): /);
  const text = await body.innerText();
  for (const s of ['All maps', 'Add question', 'Add a reason', 'Auto layout', 'Saved', 'Outline', 'Select a node', 'My maps', 'Sign out', 'PROPOSAL', 'EVIDENCE']) expect(text).not.toContain(s);
  // the same page: switched, not reloaded
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
  // the sources page's bibliography: one language per label
  await page.goto(`/maps/${mapId}/sources`);
  await expect(page.locator('body')).not.toContainText('tekst / text');

  await page.goto(`/maps/${mapId}`);
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'EN' }).click();
  for (const s of english) await expect(body).toContainText(s);
});

test('a filter that hides everything says so and clears itself; search says when its hit is hidden', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Filter');
  await signIn(context, owner.email);
  const mapId = await createMap(context);
  const ids = { a: randomUUID(), b: randomUUID(), s: randomUUID() };
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: ids.a, data: { kind: 'CLAIM', title: 'Integratie begint lokaal', x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: ids.b, data: { kind: 'CLAIM', title: 'Taal is de sleutel', x: 400, y: 0 } },
    { op: 'create', entity: 'source', id: ids.s, data: { type: 'REPORT', title: 'Rapport' } },
    { op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: ids.a, sourceId: ids.s, quote: 'Integratie begint lokaal.' } },
    { op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: ids.b, sourceId: ids.s, quote: 'Taal is de sleutel.' } },
  ]);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  // every claim is sourced: "only the unsourced" hides all of them, and the canvas says so
  const figure = page.getByTestId('editor-sourcing-figure');
  await expect(figure).toContainText('2 of 2 claims and proposals sourced');
  await figure.click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  const notice = page.getByTestId('filter-notice');
  await expect(notice).toHaveText(/The filters hide all 2 nodes of this map\./);
  expect(await seriousViolations(page)).toEqual([]);

  // search while everything is hidden: the count says so, and jumping says the hit is hidden
  await page.getByTestId('search').fill('sleutel');
  await expect(page.getByTestId('search-count')).toHaveText('1 results (1 hidden by filters)');
  await page.getByTestId('search').press('Enter');
  const hidden = page.getByTestId('search-hidden');
  await expect(hidden).toContainText('“Taal is de sleutel” is hidden by the filters.');
  await hidden.getByRole('button', { name: 'Clear the filters and show everything' }).click();
  await expect(nodeByTitle(page, 'Taal is de sleutel')).toBeVisible();
  await expect(nodeByTitle(page, 'Taal is de sleutel')).toHaveClass(/selected/);
  await expect(notice).toHaveCount(0);
  await expect(figure).toHaveAttribute('aria-pressed', 'false');

  // the same through the filter menu; the notice's own button clears it
  await page.getByTestId('search').fill('');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByLabel('Question', { exact: true }).check();
  await page.locator('summary', { hasText: 'Filters' }).click();
  await expect(notice).toBeVisible();
  await page.getByTestId('filter-notice-clear').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await expect(notice).toHaveCount(0);
});

test('readers get the legend and the filters, and no editing hints they cannot use', async ({ browser, context, request }) => {
  const owner = await createUser(request, 'Eigenaar');
  await signIn(context, owner.email);
  const mapId = await createMap(context, `Openbaar ${Date.now()}`, 'PUBLIC');
  await seedMap(context, mapId);
  const visitor = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 900 } });
  const page = await visitor.newPage();
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await expect(page.getByTestId('read-only')).toBeVisible();
  const body = page.locator('body');
  await expect(page.getByTestId('side-panel')).toContainText('Select a node or relation to read what it says');
  for (const hint of ['Double-click', 'to add a claim', 'Add question']) await expect(body).not.toContainText(hint);
  // the legend, with a reader's shortcuts
  await page.locator('summary', { hasText: 'Legend' }).click();
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('Supports');
  await expect(legend).toContainText('Ctrl+F: search');
  await expect(legend).not.toContainText('Double-click');
  await expect(legend).not.toContainText('F2');
  await page.locator('summary', { hasText: 'Legend' }).click();
  // the filters work for readers
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByLabel('Question', { exact: true }).check();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await page.locator('summary', { hasText: 'Filters' }).click();
  // the outline: reading keys only
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Outline' }).click();
  const help = page.locator('#outline-help');
  await expect(help).toContainText('Up and down arrows');
  for (const key of ['F2', 'Insert', 'Delete', 'Alt+Shift']) await expect(help).not.toContainText(key);
  expect(await seriousViolations(page)).toEqual([]);
  // an editor still gets the editing help
  const editorPage = await context.newPage();
  await openEditor(editorPage, mapId);
  await expect(editorPage.getByTestId('side-panel')).toContainText('Double-click an empty spot to add a claim.');
  await visitor.close();
});

test('errors say what is wrong in the user’s words and keep what was typed; the status never says saved for a refused write', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Fouten');
  await signIn(context, owner.email);
  const { mapId } = await mapWithText(context);
  // a second source with text, which this page will not manage to read (below: the server then judges the quote)
  const second = randomUUID();
  await applyOps(context, mapId, [{ op: 'create', entity: 'source', id: second, data: { type: 'ARTICLE', title: 'Ander artikel', language: 'nl' } }]);
  const put = await context.request.put(`/api/v1/maps/${mapId}/sources/${second}/text`, { data: { text: 'Een heel andere tekst over huisvesting.', version: 1 } });
  expect(put.status(), await put.text()).toBe(200);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await nodeByTitle(page, 'Taalcursussen schieten tekort.').click();
  const panel = page.getByTestId('side-panel');

  // a quote that is not in the source's text: refused here, in words, the quote kept, nothing written
  await panel.getByRole('button', { name: 'Add citation' }).click();
  await panel.getByLabel('Source', { exact: true }).selectOption({ label: 'Wachtlijsten in Gent' });
  const typed = 'De wachtlijsten zijn verdwenen.';
  await panel.getByTestId('citation-quote').fill(typed);
  await panel.getByRole('button', { name: 'Add citation' }).click();
  await expect(panel.getByTestId('citation-error')).toHaveText('This quote is not word for word in the text of “Wachtlijsten in Gent”. Copy it verbatim from the text; your quote is still in the field.');
  await expect(panel.getByTestId('citation-quote')).toHaveValue(typed);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await graph(context, mapId)).citations).toHaveLength(0);
  // corrected to a verbatim quote: saved
  await panel.getByTestId('citation-quote').fill(PHRASE);
  await panel.getByRole('button', { name: 'Add citation' }).click();
  await expect(panel.getByTestId('panel-citation')).toHaveCount(1);
  await expectSaved(page);

  // the page cannot read the second source's text, so the server judges the quote and refuses it:
  // the message in words (no source id), the quote to copy, and the status "Not saved"
  await page.route(`**/api/v1/maps/${mapId}/sources/${second}/text**`, (route) => route.abort());
  await nodeByTitle(page, 'Steden moeten zelf beleid voeren.').click();
  await panel.getByRole('button', { name: 'Add citation' }).click();
  await panel.getByLabel('Source', { exact: true }).selectOption({ label: 'Ander artikel' });
  await panel.getByTestId('citation-quote').fill(PHRASE);
  await panel.getByRole('button', { name: 'Add citation' }).click();
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('the quote is not word for word in the source’s text');
  await expect(notice).not.toContainText(second);
  await expect(notice.getByTestId('typed-back')).toContainText(PHRASE);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'refused');
  await expect(page.getByTestId('save-status')).toHaveText('Not saved');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expectSaved(page);

  // a title of spaces: not saved, says why, the old title stays on the map
  const title = panel.getByTestId('panel-title');
  await title.fill('   ');
  await title.press('Enter');
  await expect(panel.getByTestId('field-error')).toContainText('A title cannot be empty.');
  await expect(nodeByTitle(page, 'Steden moeten zelf beleid voeren.')).toBeVisible();
  await title.press('Escape');
  await expect(title).toHaveValue('Steden moeten zelf beleid voeren.');
  // a title over the limit: not cut, a counter, and why; nothing saved
  const long = `${'Een heel lange titel over taal en werk '.repeat(8)}einde`;
  await title.fill(long);
  await expect(title).toHaveValue(long);
  await expect(panel.getByTestId('limit-counter')).toHaveText(`${long.length} of 300 characters`);
  await title.press('Enter');
  await expect(panel.getByTestId('field-error')).toContainText(`Title: at most 300 characters, now ${long.length}.`);
  await expect(title).toHaveValue(long);
  expect((await graph(context, mapId)).nodes.map((n) => n.title)).toContain('Steden moeten zelf beleid voeren.');
  await title.press('Escape');
  await expect(title).toHaveValue('Steden moeten zelf beleid voeren.');

  // a tag name over its limit (60): not cut either, a counter and why; no tag is added
  const tagName = panel.getByLabel('Tag name');
  const longTag = 'Integratie en inburgering in Vlaamse en Brusselse steden en gemeenten';
  await tagName.fill(longTag);
  await expect(tagName).toHaveValue(longTag);
  await expect(panel.getByTestId('limit-counter')).toHaveText(`${longTag.length} of 60 characters`);
  await expect(panel.getByRole('alert')).toContainText(`Tag name: at most 60 characters, now ${longTag.length}.`);
  await expect(panel.getByRole('button', { name: 'Add tag' })).toBeDisabled();
  await tagName.press('Enter');
  expect((await graph(context, mapId)).tags).toHaveLength(0);
  await tagName.fill('Integratie');
  await expect(panel.getByTestId('limit-counter')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Add tag' }).click();
  await expectSaved(page);
  expect((await graph(context, mapId)).tags.map((x) => x.name)).toEqual(['Integratie']);

  // a map title of spaces on "my maps": named in the user's words, what was typed kept
  await page.goto('/maps');
  const form = page.getByRole('form', { name: 'New map' });
  await form.getByLabel('Title').fill('   ');
  await form.getByLabel('Description').fill('Mijn beschrijving');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form.getByRole('alert')).toHaveText('Give the map a title (spaces alone do not count).');
  await expect(form.getByLabel('Description')).toHaveValue('Mijn beschrijving');
});

test('the canvas: the connect menu stays in the window, undercut from a relation’s menu and the side panel, minimap folds away', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Canvas');
  await signIn(context, owner.email);
  const mapId = await createMap(context);
  const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID(), r: randomUUID() };
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: ids.a, data: { kind: 'CLAIM', title: 'Bovenaan', x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: ids.b, data: { kind: 'CLAIM', title: 'Onderaan', x: 0, y: 1400 } },
    { op: 'create', entity: 'node', id: ids.c, data: { kind: 'CLAIM', title: 'Ernaast', x: 600, y: 0 } },
  ]);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  // the whole map (a map this tall opens on a part of it): "Onderaan" at the window's bottom edge
  await page.getByRole('button', { name: 'Fit view' }).click();
  // dropped on the node at the window's bottom edge: the menu opens upwards, all of it in view
  await dragConnection(page, nodeByTitle(page, 'Bovenaan'), nodeByTitle(page, 'Onderaan'));
  const menu = page.getByTestId('connect-menu');
  await expect(menu).toBeVisible();
  const box = (await menu.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(900);
  expect(box.x + box.width).toBeLessThanOrEqual(1400);
  await menu.getByRole('menuitem', { name: 'Supports' }).click();
  await expectSaved(page);

  // the relation's context menu offers an undercut: a new claim undercutting it, open for its title
  // (a long relation shows its label while one of its ends is selected)
  await nodeByTitle(page, 'Bovenaan').click();
  const label = page.locator('.edge-label').first();
  await label.click({ button: 'right' });
  const relationMenu = page.getByTestId('relation-menu');
  await expect(relationMenu).toBeVisible();
  await relationMenu.getByRole('menuitem', { name: 'Add an undercut' }).click();
  await page.keyboard.press('Enter');
  await expectSaved(page);
  let saved = await graph(context, mapId);
  const undercut = saved.nodes.find((n) => n.title === 'New undercut')!;
  expect(undercut).toBeTruthy();
  const supports = saved.relations.find((r) => r.type === 'SUPPORTS')!;
  expect(saved.relations).toContainEqual(expect.objectContaining({ type: 'UNDERCUTS', fromId: undercut.id, toId: supports.id }));
  // placed in free space: it overlaps no other card
  for (const n of saved.nodes.filter((x) => x.id !== undercut.id)) expect(Math.abs(n.x - undercut.x) >= 240 || Math.abs(n.y - undercut.y) >= 60).toBe(true);

  // the side panel offers it too, with an existing node (the label shows while an end is selected)
  await nodeByTitle(page, 'Bovenaan').click();
  await page.locator('.edge-label', { hasText: 'supports' }).first().click();
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByTestId('relation-details')).toBeVisible();
  await panel.getByLabel('Undercut with an existing node').selectOption({ label: 'Ernaast' });
  await expectSaved(page);
  saved = await graph(context, mapId);
  expect(saved.relations).toContainEqual(expect.objectContaining({ type: 'UNDERCUTS', fromId: ids.c, toId: supports.id }));

  // the minimap folds away and stays folded
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.getByTestId('minimap-toggle').click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.reload();
  await waitForCanvas(page);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await expect(page.getByTestId('minimap-toggle')).toHaveAttribute('aria-pressed', 'false');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  const noHorizontalScroll = async (page: Page) => {
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(width);
  };

  test('no horizontal scroll, the header in a menu, the map in the outline, panels as bottom sheets, a small minimap', async ({ page, context, request }) => {
    const owner = await createUser(request, 'Telefoon');
    await signIn(context, owner.email);
    const mapId = await createMap(context);
    await seedMap(context, mapId);
    for (const path of ['/', '/maps', '/signin', '/signup', `/maps/${mapId}`]) {
      await page.goto(path);
      await noHorizontalScroll(page);
      // the site's links are behind the menu button
      const nav = page.getByTestId('site-nav');
      await expect(nav).toBeHidden();
      await page.getByTestId('site-menu-toggle').click();
      await expect(nav).toBeVisible();
      await expect(nav.getByRole('link', { name: 'My maps' })).toBeVisible();
      await noHorizontalScroll(page);
      await page.getByTestId('site-menu-toggle').click();
      await expect(nav).toBeHidden();
    }
    // the map opens as the outline: readable at this size
    const editor = page.getByTestId('editor');
    await expect(editor).toHaveAttribute('data-view', 'outline');
    await expect(page.getByRole('tree')).toBeVisible();
    // the editor's header is one line; the tools are in its menu
    const header = (await page.locator('.editor-header').boundingBox())!;
    expect(header.height).toBeLessThan(60);
    await expect(page.getByTestId('search')).toBeHidden();
    await page.getByTestId('editor-menu-toggle').click();
    await expect(page.getByTestId('search')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add question' })).toBeVisible();
    await noHorizontalScroll(page);
    await page.getByTestId('editor-menu-toggle').click();
    // a node chosen in the outline: its details in a bottom sheet
    await page.getByRole('treeitem').first().click();
    const panel = page.getByTestId('side-panel');
    await expect(panel).toBeVisible();
    const sheet = (await panel.boundingBox())!;
    expect(sheet.y + sheet.height).toBeGreaterThan(844 - 2);
    expect(sheet.width).toBeGreaterThan(380);
    await panel.getByRole('button', { name: 'Close panel' }).click();
    await expect(panel).toBeHidden();
    await noHorizontalScroll(page);
    // the diagram on request: the minimap is folded away, not half the canvas
    await page.getByTestId('editor-menu-toggle').click();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Diagram' }).click();
    await waitForCanvas(page);
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
    await noHorizontalScroll(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('the landing page shows a map, the three uses and the demo; a favicon; sign-up says what happened', async ({ page }) => {
  await page.goto('/');
  const picture = page.getByTestId('landing-picture');
  await expect(picture.locator('svg')).toBeVisible();
  expect(await picture.locator('svg .node, svg g').count()).toBeGreaterThan(3);
  await expect(picture).toContainText('QUESTION');
  for (const use of ['Mapping from texts', 'Live debates', 'Export']) await expect(page.getByRole('heading', { name: use })).toBeVisible();
  await expect(page.getByTestId('demo-map-link')).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);

  await page.goto('/signup');
  const email = `welkom-${Date.now()}@example.org`;
  await page.getByLabel('Name').fill('Noor');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/maps$/);
  await expect(page.getByTestId('welcome')).toHaveText(/Welcome, Noor\. Your account has been created and you are signed in\./);
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('welcome')).toHaveCount(0);
});

test('creating a map says so: the toast names the new map, which is then in My maps; the form is empty again', async ({ page, context, request, baseURL }) => {
  const owner = await createUser(request, 'Maker');
  await signIn(context, owner.email);
  const words = {
    en: { lang: 'en', form: 'New map', title: 'Title', create: 'Create', created: (t: string) => `Map “${t}” created.` },
    nl: { lang: 'nl', form: 'Nieuwe kaart', title: 'Titel', create: 'Aanmaken', created: (t: string) => `Kaart „${t}” gemaakt.` },
  };
  for (const w of [words.en, words.nl]) {
    await context.addCookies([{ name: 'pleit-lang', value: w.lang, url: new URL(baseURL!).origin }]);
    await page.goto('/maps');
    await expect(page.locator('html')).toHaveAttribute('lang', w.lang);
    const title = `Nieuw ${w.lang} ${Date.now()}`;
    const form = page.getByRole('form', { name: w.form });
    await form.getByLabel(w.title).fill(title);
    await form.getByRole('button', { name: w.create, exact: true }).click();
    await expect(page.getByTestId('toast')).toContainText(w.created(title));
    await expect(page.getByTestId('my-maps').getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(form.getByLabel(w.title)).toHaveValue('');
  }
});

for (const lang of ['nl', 'en'] as const) {
  test(`axe-core finds nothing serious on the landing, maps, map, sign-in and sign-up pages (${lang})`, async ({ page, context, request, baseURL }) => {
    const owner = await createUser(request, 'Axe');
    const url = new URL(baseURL!).origin;
    await context.addCookies([{ name: 'pleit-lang', value: lang, url }]);
    for (const path of ['/', '/signin', '/signup']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await signIn(context, owner.email);
    const mapId = await createMap(context);
    await seedMap(context, mapId);
    for (const path of ['/', '/maps', `/maps/${mapId}`]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (path.startsWith('/maps/')) await waitForCanvas(page);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}
