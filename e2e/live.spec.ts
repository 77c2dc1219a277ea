// Live maps in the browser: two people on one map see each other's edits in the diagram
// and the outline without a reload, see who is there and what they edit, keep what they
// are typing while others change the map, hear when the node they edit is deleted, and
// the tabs of one browser share one event stream.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { applyOps, createMap, createUser, graph, nodeByTitle, openEditor, seedMap, signIn, waitForCanvas } from './editor-helpers';

/** Membership by invitation: the owner invites, the other accepts. */
async function addMember(owner: BrowserContext, member: BrowserContext, mapId: string, email: string, role: string) {
  const invited = await owner.request.post(`/api/v1/maps/${mapId}/invitations`, { data: { email, role } });
  expect(invited.status(), await invited.text()).toBe(201);
  const accepted = await member.request.post(`/api/v1/invitations/${(await invited.json()).id}/accept`);
  expect(accepted.status(), await accepted.text()).toBe(200);
}

async function twoPeople(browser: import('@playwright/test').Browser, request: import('@playwright/test').APIRequestContext) {
  const ownerUser = await createUser(request, 'Anna Peeters');
  const otherUser = await createUser(request, 'Bram Claes');
  const ownerCtx = await browser.newContext({ locale: 'en-GB' });
  const otherCtx = await browser.newContext({ locale: 'en-GB' });
  await signIn(ownerCtx, ownerUser.email);
  await signIn(otherCtx, otherUser.email);
  const mapId = await createMap(ownerCtx);
  const ids = await seedMap(ownerCtx, mapId);
  await addMember(ownerCtx, otherCtx, mapId, otherUser.email, 'EDITOR');
  const a = await ownerCtx.newPage();
  const b = await otherCtx.newPage();
  await openEditor(a, mapId);
  await openEditor(b, mapId);
  await waitForCanvas(a);
  await waitForCanvas(b);
  await expect(a.getByTestId('live-status')).toHaveAttribute('data-connection', 'live');
  await expect(b.getByTestId('live-status')).toHaveAttribute('data-connection', 'live');
  return { ownerCtx, otherCtx, a, b, mapId, ids };
}

const renameInPanel = async (page: Page, from: string, to: string) => {
  await nodeByTitle(page, from).click();
  const title = page.getByTestId('side-panel').getByLabel('Title');
  await title.fill(to);
  await title.press('Enter');
};

test('an edit in one browser appears in the other’s diagram and outline without a reload', async ({ browser, request }) => {
  const { ownerCtx, otherCtx, a, b, mapId } = await twoPeople(browser, request);
  let reloads = 0;
  a.on('framenavigated', (f) => {
    if (f === a.mainFrame()) reloads++;
  });
  await renameInPanel(b, 'Betere inburgering', 'Betere inburgering voor iedereen');
  await expect(nodeByTitle(a, 'Betere inburgering voor iedereen')).toBeVisible();
  // a node made through the API by the other person arrives too
  await applyOps(otherCtx, mapId, [{ op: 'create', entity: 'node', id: crypto.randomUUID(), data: { kind: 'CLAIM', title: 'Taal leren op het werk', x: 900, y: 400 } }]);
  await expect(nodeByTitle(a, 'Taal leren op het werk')).toBeVisible();
  await a.getByRole('button', { name: 'Outline' }).click();
  await expect(a.getByRole('treeitem', { name: /Betere inburgering voor iedereen/ })).toBeVisible();
  await applyOps(otherCtx, mapId, [{ op: 'create', entity: 'node', id: crypto.randomUUID(), data: { kind: 'CLAIM', title: 'Buddy-projecten', x: 900, y: 600 } }]);
  await expect(a.getByRole('treeitem', { name: /Buddy-projecten/ })).toBeVisible();
  expect(reloads).toBe(0);
  await ownerCtx.close();
  await otherCtx.close();
});

test('presence: each sees who is on the map and which node the other edits; a closed tab goes', async ({ browser, request }) => {
  const { ownerCtx, otherCtx, a, b } = await twoPeople(browser, request);
  await expect(a.getByTestId('presence-viewer')).toHaveCount(2);
  await expect(a.getByTestId('presence')).toContainText('2 on this map');
  await expect(a.getByTestId('presence-viewer').filter({ hasText: 'Bram Claes' })).toHaveCount(1);
  // B opens a node: A sees B's initials on it
  await nodeByTitle(b, 'Meer ontmoeting').click();
  await expect(nodeByTitle(a, 'Meer ontmoeting').getByTestId('node-editors')).toHaveText(/BC/);
  await expect(nodeByTitle(a, 'Betere inburgering').getByTestId('node-editors')).toHaveCount(0);
  // and never its own
  await nodeByTitle(a, 'Betere inburgering').click();
  await expect(nodeByTitle(b, 'Betere inburgering').getByTestId('node-editors')).toHaveText(/AP/);
  await expect(nodeByTitle(a, 'Betere inburgering').getByTestId('node-editors')).toHaveCount(0);
  // B closes the tab: A's list drops B within seconds (a beacon on pagehide)
  await b.close({ runBeforeUnload: true });
  await expect(a.getByTestId('presence-viewer')).toHaveCount(1, { timeout: 15_000 });
  await expect(nodeByTitle(a, 'Meer ontmoeting').getByTestId('node-editors')).toHaveCount(0);
  await ownerCtx.close();
  await otherCtx.close();
});

test('typing is not disturbed by the other’s edits, and deleting the node someone edits tells them so', async ({ browser, request }) => {
  const { ownerCtx, otherCtx, a, b, mapId } = await twoPeople(browser, request);
  await nodeByTitle(a, 'Meer ontmoeting').click();
  const title = a.getByTestId('side-panel').getByLabel('Title');
  await title.fill('Meer ontmoeting in de wijk');
  // while A types (not yet saved), B edits the same node's text and another node
  await nodeByTitle(b, 'Meer ontmoeting').click();
  const body = b.getByTestId('side-panel').getByLabel('Text');
  await body.fill('Buurtfeesten, sportclubs, scholen.');
  await body.blur();
  await renameInPanel(b, 'Betere inburgering', 'Inburgering met begeleiding');
  await expect(nodeByTitle(a, 'Inburgering met begeleiding')).toBeVisible();
  await expect(a.getByTestId('side-panel').getByLabel('Text')).toHaveValue('Buurtfeesten, sportclubs, scholen.');
  // A's unsaved typing, focus and open panel are as they were
  await expect(title).toHaveValue('Meer ontmoeting in de wijk');
  await expect(title).toBeFocused();
  await title.press('Enter');
  await expect(nodeByTitle(b, 'Meer ontmoeting in de wijk')).toBeVisible();
  const g = await graph(ownerCtx, mapId);
  expect(g.nodes.find((n) => n.title === 'Meer ontmoeting in de wijk')?.body).toBe('Buurtfeesten, sportclubs, scholen.');

  // B deletes the node A has open: A is told, not left wondering
  await nodeByTitle(a, 'Contact vermindert vooroordelen').click();
  await expect(a.getByTestId('side-panel').getByLabel('Title')).toHaveValue('Contact vermindert vooroordelen');
  const doomed = g.nodes.find((n) => n.title === 'Contact vermindert vooroordelen')!;
  const res = await otherCtx.request.delete(`/api/v1/maps/${mapId}/nodes/${doomed.id}?version=${doomed.version}`);
  expect(res.status()).toBe(204);
  await expect(a.getByTestId('notice')).toContainText('Someone else deleted “Contact vermindert vooroordelen” while you were editing it.');
  await expect(nodeByTitle(a, 'Contact vermindert vooroordelen')).toHaveCount(0);
  await ownerCtx.close();
  await otherCtx.close();
});

test('the tabs of one browser share one event stream, and every tab still follows the map', async ({ browser, request }) => {
  const user = await createUser(request, 'Drie Tabs');
  const ctx = await browser.newContext({ locale: 'en-GB' });
  await signIn(ctx, user.email);
  const mapId = await createMap(ctx);
  await seedMap(ctx, mapId);
  let streams = 0;
  ctx.on('request', (r) => {
    if (r.url().includes(`/api/v1/maps/${mapId}/events/stream`)) streams++;
  });
  const tabs: Page[] = [];
  for (let i = 0; i < 3; i++) {
    const p = await ctx.newPage();
    await openEditor(p, mapId);
    await waitForCanvas(p);
    tabs.push(p);
  }
  await expect(tabs[0].getByTestId('live-status')).toHaveAttribute('data-connection', 'live');
  await applyOps(ctx, mapId, [{ op: 'create', entity: 'node', id: crypto.randomUUID(), data: { kind: 'CLAIM', title: 'Gedeelde stroom', x: 900, y: 300 } }]);
  for (const p of tabs) await expect(nodeByTitle(p, 'Gedeelde stroom')).toBeVisible();
  expect(streams).toBe(1);
  // the listening tab closes: another takes the stream over
  await tabs[0].close();
  await expect.poll(() => streams, { timeout: 15_000 }).toBe(2);
  await applyOps(ctx, mapId, [{ op: 'create', entity: 'node', id: crypto.randomUUID(), data: { kind: 'CLAIM', title: 'Na de wissel', x: 900, y: 500 } }]);
  for (const p of tabs.slice(1)) await expect(nodeByTitle(p, 'Na de wissel')).toBeVisible();
  await ctx.close();
});
