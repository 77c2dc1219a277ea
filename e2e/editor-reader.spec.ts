// The source reader beside the editor's canvas: open it on a source with text, make
// evidence from a selected passage (node, citation and SUPPORTS relation in one undo
// step), cite a passage on a selected claim and watch the map's sourcing figure follow,
// follow a citation in the side panel back to its passage, click a highlight to select
// its node on the canvas. A viewer reads but gets no passage actions; a visitor who is
// not a member gets a note and no text.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { applyOps, createMap, createUser, expectSaved, graph, inviteAndAccept, longSourceText, nodeByTitle, openEditor, selectInReader, seriousViolations, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });

const CLAIM_A = 'Steden moeten zelf integratiebeleid voeren.';
const CLAIM_B = 'Taalcursussen schieten tekort.';
const PHRASE_A = 'het armoedecijfer met 1,6 procentpunt gezakt';
const PHRASE_B = 'de wachtlijsten voor taalcursussen in tien jaar verdubbeld';
const EVIDENCE_PARAGRAPH = 'Steden voeren een eigen integratiebeleid omdat de nationale overheid achterblijft.';
/** Long enough that the reader scrolls: the cited passages sit far below its top. */
const SOURCE_TEXT = longSourceText([40, EVIDENCE_PARAGRAPH, 5, `Zonder het hogere aandeel migranten zou ${PHRASE_A} zijn.`, 20, `In Gent zijn ${PHRASE_B}, zegt de stad.`, 10]);

/** Two claims, the first cited from a source with text; a second source without text. */
async function seed(context: Parameters<typeof createMap>[0], visibility = 'PRIVATE') {
  const mapId = await createMap(context, `Lezer ${Date.now()}`, visibility);
  const ids = { a: randomUUID(), b: randomUUID(), source: randomUUID(), other: randomUUID() };
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: ids.a, data: { kind: 'CLAIM', title: CLAIM_A, x: 0, y: 0 } },
    { op: 'create', entity: 'node', id: ids.b, data: { kind: 'CLAIM', title: CLAIM_B, x: 400, y: 0 } },
    { op: 'create', entity: 'source', id: ids.source, data: { type: 'CHAPTER', title: 'Geef steden de middelen', language: 'nl' } },
    { op: 'create', entity: 'source', id: ids.other, data: { type: 'REPORT', title: 'Jaarverslag zonder tekst' } },
  ]);
  const put = await context.request.put(`/api/v1/maps/${mapId}/sources/${ids.source}/text`, { data: { text: SOURCE_TEXT, version: 1 } });
  expect(put.status(), await put.text()).toBe(200);
  await applyOps(context, mapId, [{ op: 'create', entity: 'citation', id: randomUUID(), data: { nodeId: ids.a, sourceId: ids.source, quote: PHRASE_A } }]);
  return { mapId, ...ids };
}



test('the reader beside the canvas: evidence from a passage, a citation on a claim, show passage, highlights select nodes, undo', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Lezer');
  await signIn(context, owner.email);
  const { mapId, b, source } = await seed(context);
  await openEditor(page, mapId);
  await waitForCanvas(page);

  // the map's figure in the header; clicking it shows only the unsourced claims, and again everything
  const figure = page.getByTestId('editor-sourcing-figure');
  await expect(figure).toContainText('1 of 2 claims and proposals sourced');
  await figure.click();
  await expect(figure).toHaveAttribute('aria-pressed', 'true');
  await expect(nodeByTitle(page, CLAIM_A)).toHaveCount(0);
  await expect(nodeByTitle(page, CLAIM_B)).toBeVisible();
  await figure.click();
  await expect(nodeByTitle(page, CLAIM_A)).toBeVisible();

  // the reader opens beside the canvas, not over it, on the source with text
  await page.getByTestId('reader-toggle').click();
  const pane = page.getByRole('complementary', { name: 'Source reader' });
  await expect(pane).toBeVisible();
  const reader = pane.getByTestId('source-reader');
  await expect(reader.getByTestId('reader-text')).toContainText(EVIDENCE_PARAGRAPH);
  const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
  const paneBox = (await pane.boundingBox())!;
  expect(canvasBox.x + canvasBox.width).toBeLessThanOrEqual(paneBox.x + 1);
  expect(canvasBox.width).toBeGreaterThan(500);
  await expect(reader.locator('mark.reader-mark')).toHaveCount(1);
  await expect(reader.locator('mark.reader-mark')).toHaveText(PHRASE_A);

  // a source without text says so, with the way to add one
  await pane.getByLabel('Source', { exact: true }).selectOption({ label: 'Jaarverslag zonder tekst (no text)' });
  await expect(pane.getByTestId('reader-no-text')).toContainText('No text is stored for this source.');
  await expect(pane.getByRole('link', { name: 'Add its text on the sources page' })).toHaveAttribute('href', `/maps/${mapId}/sources`);
  await pane.getByLabel('Source', { exact: true }).selectOption({ label: 'Geef steden de middelen' });
  await expect(reader.getByTestId('reader-text')).toContainText(EVIDENCE_PARAGRAPH);

  // nothing selected: "cite on the selected node" is disabled, and the pane says why
  await reader.locator('p', { hasText: EVIDENCE_PARAGRAPH }).click({ clickCount: 3 });
  await expect(reader.getByTestId('reader-selection')).toContainText(EVIDENCE_PARAGRAPH);
  await expect(reader.getByRole('button', { name: 'Cite on the selected node' })).toBeDisabled();
  await expect(pane.getByTestId('reader-target')).toHaveText('Select a claim, proposal or evidence on the map to cite a passage on it.');
  await reader.getByRole('button', { name: 'Clear selection' }).click();

  // select claim B, then make evidence of a paragraph: it appears under B, supporting it
  await nodeByTitle(page, CLAIM_B).click();
  await expect(pane.getByTestId('reader-target')).toHaveText(`Cite on: “${CLAIM_B}”`);
  await reader.locator('p', { hasText: EVIDENCE_PARAGRAPH }).click({ clickCount: 3 });
  await reader.getByRole('button', { name: 'Create evidence from this passage' }).click();
  // it asks first: the passage, the title it suggests, what it supports (the selected claim); nothing written yet
  const confirm = pane.getByTestId('evidence-confirm');
  await expect(confirm.locator('blockquote')).toHaveText(EVIDENCE_PARAGRAPH);
  await expect(confirm.getByLabel('Supports (optional)')).toHaveValue(b);
  expect((await graph(context, mapId)).nodes).toHaveLength(2);
  // a title past the node-title limit is not cut: a counter, why, and no way to create it yet
  const evidenceTitle = confirm.getByLabel('Title of the evidence (one sentence)');
  await expect(evidenceTitle).toHaveValue(EVIDENCE_PARAGRAPH);
  const longTitle = `${EVIDENCE_PARAGRAPH} `.repeat(4).trim();
  await evidenceTitle.fill(longTitle);
  await expect(confirm.getByTestId('limit-counter')).toHaveText(`${longTitle.length} of 300 characters`);
  await expect(confirm.getByRole('alert')).toContainText(`at most 300 characters, now ${longTitle.length}`);
  await expect(confirm.getByRole('button', { name: 'Create evidence' })).toBeDisabled();
  await evidenceTitle.fill(EVIDENCE_PARAGRAPH);
  await expect(confirm.getByTestId('limit-counter')).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Create evidence' }).click();
  const evidence = nodeByTitle(page, EVIDENCE_PARAGRAPH);
  await expect(evidence).toBeVisible();
  await expect(evidence).toContainText('Evidence');
  await expect(evidence).toHaveClass(/selected/);
  await expect(reader.locator('mark.reader-mark')).toHaveCount(2);
  await expect(reader.locator('mark.reader-mark', { hasText: EVIDENCE_PARAGRAPH })).toHaveText(EVIDENCE_PARAGRAPH);
  await expectSaved(page);
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByLabel('Title')).toHaveValue(EVIDENCE_PARAGRAPH);
  const evidenceCitation = panel.getByTestId('panel-citation');
  await expect(evidenceCitation).toContainText('Geef steden de middelen');
  await expect(evidenceCitation.getByTestId('citation-paragraph')).toContainText('¶ 41');
  await expect(evidenceCitation.getByTestId('citation-paragraph')).toContainText('paragraph 41');
  await expect(evidenceCitation.getByTestId('panel-quote-status')).toHaveText('✓ Quote: found in the text');
  const saved = await graph(context, mapId);
  const node = saved.nodes.find((n) => n.title === EVIDENCE_PARAGRAPH)!;
  expect(node.kind).toBe('EVIDENCE');
  expect(saved.relations).toContainEqual(expect.objectContaining({ type: 'SUPPORTS', fromId: node.id, toId: b }));
  const citation = saved.citations.find((c) => c.nodeId === node.id) as unknown as { quote: string; locator: { start: number; end: number; paragraph: number } };
  expect(citation.quote).toBe(EVIDENCE_PARAGRAPH);
  // offsets in the text as stored (line breaks normalized), exactly the selected paragraph
  const stored: string = (await (await context.request.get(`/api/v1/maps/${mapId}/sources/${source}/text`)).json()).text;
  expect(citation.locator).toEqual({ start: stored.indexOf(EVIDENCE_PARAGRAPH), end: stored.indexOf(EVIDENCE_PARAGRAPH) + EVIDENCE_PARAGRAPH.length, paragraph: 41 });
  // backed is not sourced: the figure counts citations on the claims themselves
  await expect(figure).toContainText('1 of 2 claims and proposals sourced');

  // cite a phrase on claim B itself: the figure follows
  await nodeByTitle(page, CLAIM_B).click();
  await selectInReader(page, PHRASE_B);
  await expect(reader.getByTestId('reader-selection')).toContainText(PHRASE_B);
  await reader.getByRole('button', { name: `Cite on “${CLAIM_B}”` }).click();
  await expect(figure).toContainText('2 of 2 claims and proposals sourced');
  await expect(reader.locator('mark.reader-mark')).toHaveCount(3);
  await expectSaved(page);
  // the reader, a passage's actions and the side panel's citations: no serious accessibility violations
  await selectInReader(page, 'gemeentelijk beleid');
  await expect(reader.getByTestId('reader-selection')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await reader.getByRole('button', { name: 'Clear selection' }).click();

  // "show passage" on B's citation: the reader scrolls to it and marks it
  const markB = reader.locator('mark.reader-mark', { hasText: PHRASE_B });
  await pane.evaluate((el) => el.scrollTo(0, 0));
  await expect(markB).not.toBeInViewport();
  const citationB = panel.getByTestId('panel-citation');
  await expect(citationB.getByTestId('panel-quote-status')).toHaveAttribute('data-status', 'verified');
  await expect(citationB.getByTestId('citation-paragraph')).toContainText('paragraph 68');
  await citationB.getByRole('button', { name: 'Show passage' }).click();
  await expect(markB).toBeInViewport();
  await expect(markB).toHaveClass(/active/);

  // clicking a highlight selects the node that cites it on the canvas
  await reader.locator('mark.reader-mark', { hasText: EVIDENCE_PARAGRAPH }).click();
  await expect(evidence).toHaveClass(/selected/);
  await expect(nodeByTitle(page, CLAIM_B)).not.toHaveClass(/selected/);
  await expect(evidence).toBeInViewport();
  await expect(panel.getByLabel('Title')).toHaveValue(EVIDENCE_PARAGRAPH);

  // undo: first the citation on B, then the evidence with its citation and relation
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(figure).toContainText('1 of 2 claims and proposals sourced');
  await undo.click();
  await expect(evidence).toHaveCount(0);
  await expect(reader.locator('mark.reader-mark')).toHaveCount(1);
  await expectSaved(page);
  const after = await graph(context, mapId);
  expect(after.nodes.map((n) => n.title).sort()).toEqual([CLAIM_A, CLAIM_B].sort());
  expect(after.relations).toHaveLength(0);
  expect(after.citations).toHaveLength(1);

  // the reader closes again
  await pane.getByRole('button', { name: 'Close reader' }).click();
  await expect(pane).toHaveCount(0);

  // the sources page links to a node as /maps/{id}?node={nodeId}: the editor opens on it, selected
  await page.goto(`/maps/${mapId}?node=${b}`);
  await waitForCanvas(page);
  await expect(nodeByTitle(page, CLAIM_B)).toHaveClass(/selected/);
  await expect(page.getByTestId('side-panel').getByLabel('Title')).toHaveValue(CLAIM_B);
});

test('a viewer reads without passage actions; a visitor gets a note and no text', async ({ browser, context, request }) => {
  const owner = await createUser(request, 'Eigenaar');
  await signIn(context, owner.email);
  const { mapId } = await seed(context, 'LINK');
  const viewer = await createUser(request, 'Kijker');

  const viewerContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  await signIn(viewerContext, viewer.email);
  await inviteAndAccept(context, viewerContext, mapId, viewer.email, 'VIEWER');
  const v = await viewerContext.newPage();
  await openEditor(v, mapId);
  await waitForCanvas(v);
  await expect(v.getByTestId('editor-sourcing-figure')).toContainText('1 of 2 claims and proposals sourced');
  await v.getByTestId('reader-toggle').click();
  const pane = v.getByRole('complementary', { name: 'Source reader' });
  const reader = pane.getByTestId('source-reader');
  await expect(reader.getByTestId('reader-text')).toContainText(EVIDENCE_PARAGRAPH);
  await expect(pane.getByTestId('reader-target')).toHaveText('You can read this text, but not cite passages from it.');
  await selectInReader(v, 'gemeentelijk beleid');
  await expect(reader.getByTestId('reader-selection')).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Create evidence from this passage' })).toHaveCount(0);
  await expect(reader.getByRole('button', { name: /Cite on/ })).toHaveCount(0);
  // a highlight still finds its node
  await reader.locator('mark.reader-mark').click();
  await expect(nodeByTitle(v, CLAIM_A)).toHaveClass(/selected/);
  await expect(v.getByTestId('side-panel').getByRole('button', { name: 'Show passage' })).toBeVisible();
  await viewerContext.close();

  // a visitor (the map is open to anyone with the link): the texts are for members only, and never asked for
  const visitor = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const anonymous = await visitor.newPage();
  const textRequests: string[] = [];
  anonymous.on('request', (r) => {
    if (/\/sources\/[^/]+\/text/.test(r.url())) textRequests.push(r.url());
  });
  await openEditor(anonymous, mapId);
  await waitForCanvas(anonymous);
  await anonymous.getByTestId('reader-toggle').click();
  const visitorPane = anonymous.getByRole('complementary', { name: 'Source reader' });
  await expect(visitorPane).toContainText("A source's text is visible to the map's members only.");
  await expect(visitorPane.getByTestId('reader-text')).toHaveCount(0);
  await nodeByTitle(anonymous, CLAIM_A).click();
  await expect(anonymous.getByTestId('side-panel').getByTestId('panel-citation')).toContainText(PHRASE_A);
  await expect(anonymous.getByTestId('side-panel').getByRole('button', { name: 'Show passage' })).toHaveCount(0);
  expect(textRequests).toEqual([]);
  await visitor.close();
});
