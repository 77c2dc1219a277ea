import { expect, test } from '@playwright/test';
import { createMap, createUser, dragBy, expectSaved, graph, nodeByTitle, openEditor, seedMap, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

test('a viewer gets the same map read-only, finds nothing editable, and can make an editable copy', async ({ browser, context, request }) => {
  const owner = await createUser(request, 'Eigenaar');
  const viewer = await createUser(request, 'Lezer');
  await signIn(context, owner.email);
  const title = `Gedeelde kaart ${Date.now()}`;
  const mapId = await createMap(context, title);
  await seedMap(context, mapId);
  // sharing is an invitation: nobody becomes a member until they accept
  expect((await context.request.post(`/api/v1/maps/${mapId}/members`, { data: { email: viewer.email, role: 'VIEWER' } })).status()).toBe(201);

  const viewerContext = await browser.newContext({ locale: 'en-GB' });
  await signIn(viewerContext, viewer.email);
  const page = await viewerContext.newPage();
  expect((await page.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await page.goto('/maps');
  const invitation = page.getByTestId('invitations').getByRole('listitem');
  await expect(invitation).toHaveText(new RegExp(`Eigenaar invites you as Viewer to “${title}”`));
  await invitation.getByRole('button', { name: 'Accept' }).click();
  await expect(page).toHaveURL(new RegExp(`/maps/${mapId}$`));
  await expect(page.getByTestId('editor')).toBeVisible();
  const before = await graph(context, mapId);
  await waitForCanvas(page);
  await expect(page.getByTestId('read-only')).toContainText('You are viewing this map and cannot edit it.');
  await expect(nodeByTitle(page, 'Meer ontmoeting')).toBeVisible();
  await expect(page.locator('.edge-label')).toHaveCount(6);
  // nothing to edit with: no toolbar, no undo, no save status, no fields
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveCount(0);
  const node = nodeByTitle(page, 'Meer ontmoeting');
  await node.click();
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByRole('heading', { name: 'Meer ontmoeting' })).toBeVisible();
  await expect(panel.getByRole('textbox')).toHaveCount(0);
  await expect(panel.getByRole('combobox')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /Add|Remove|Delete/ })).toHaveCount(0);
  // gestures that edit do nothing
  await page.keyboard.press('Delete');
  await page.keyboard.press('c');
  await dragBy(page, node, 150, 80);
  await node.locator('.argnode-title').dblclick();
  await expect(page.getByRole('textbox', { name: 'Edit title' })).toHaveCount(0);
  const pane = page.locator('.react-flow__pane');
  await pane.dblclick({ position: { x: 30, y: 30 } });
  // the drag panned the canvas: bring every node back into view (only visible nodes are rendered)
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await page.getByRole('button', { name: 'Outline' }).click();
  await expect(page.getByRole('tree')).toBeVisible();
  await page.keyboard.press('Insert');
  await page.keyboard.press('F2');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('treeitem')).toHaveCount(7);
  await expect(page.getByRole('tree').getByRole('textbox')).toHaveCount(0);
  const after = await graph(context, mapId);
  expect(after.revision).toBe(before.revision);
  expect(after.nodes).toEqual(before.nodes);

  // a copy of one's own, editable, with fresh ids
  await page.getByRole('button', { name: 'Make a copy' }).click();
  await expect(page.getByRole('heading', { name: `${title} (copy)` })).toBeVisible();
  const copyId = page.url().split('/maps/')[1];
  expect(copyId).not.toBe(mapId);
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expect(page.getByRole('treeitem')).toHaveCount(7);
  const copy = await graph(viewerContext, copyId);
  expect(copy.nodes.map((n) => n.title).sort()).toEqual(before.nodes.map((n) => n.title).sort());
  expect(copy.relations.map((r) => r.type).sort()).toEqual(before.relations.map((r) => r.type).sort());
  expect(copy.citations).toHaveLength(1);
  expect(copy.nodes.some((n) => before.nodes.some((b) => b.id === n.id))).toBe(false);
  await page.getByRole('button', { name: 'Diagram' }).click();
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Add claim' }).click();
  await page.getByRole('textbox', { name: 'Edit title' }).fill('Mijn eigen bewering');
  await page.keyboard.press('Enter');
  await expectSaved(page);
  expect((await graph(viewerContext, copyId)).nodes).toHaveLength(8);
  await viewerContext.close();
});

test('anonymous visitors read LINK maps and are asked to sign in to copy; private maps are not found', async ({ browser, context, request }) => {
  const owner = await createUser(request, 'Eigenaar');
  await signIn(context, owner.email);
  const linkMap = await createMap(context, `Link-kaart ${Date.now()}`, 'LINK');
  await seedMap(context, linkMap);
  const privateMap = await createMap(context, `Privé ${Date.now()}`, 'PRIVATE');

  const anonymous = await browser.newContext({ locale: 'en-GB' });
  const page = await anonymous.newPage();
  await openEditor(page, linkMap);
  await waitForCanvas(page);
  await expect(nodeByTitle(page, 'Hoe vergroten we het draagvlak?')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in to make a copy of your own' })).toBeVisible();
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const res = await page.goto(`/maps/${privateMap}`);
  expect(res?.status()).toBe(404);
  await anonymous.close();

  // a signed-in stranger gets the same 404 as for a map that does not exist
  const stranger = await createUser(request, 'Vreemde');
  const strangerContext = await browser.newContext({ locale: 'en-GB' });
  await signIn(strangerContext, stranger.email);
  const strangerPage = await strangerContext.newPage();
  expect((await strangerPage.goto(`/maps/${privateMap}`))?.status()).toBe(404);
  expect((await strangerPage.goto(`/maps/${crypto.randomUUID()}`))?.status()).toBe(404);
  await strangerContext.close();
});

test('two tabs edit the same node: the second save meets a conflict, both edits are shown, and one can be re-applied', async ({ browser, request }) => {
  const user = await createUser(request, 'Twee Tabs');
  const tabA = await browser.newContext({ locale: 'en-GB' });
  const tabB = await browser.newContext({ locale: 'en-GB' });
  await signIn(tabA, user.email);
  await signIn(tabB, user.email);
  const mapId = await createMap(tabA);
  await seedMap(tabA, mapId);
  const a = await tabA.newPage();
  const b = await tabB.newPage();
  await openEditor(a, mapId);
  await openEditor(b, mapId);
  await waitForCanvas(a);
  await waitForCanvas(b);

  // B edits while its connection is down: the edit is kept and the status says so
  await tabB.setOffline(true);
  await nodeByTitle(b, 'Meer ontmoeting').click();
  await b.getByTestId('side-panel').getByLabel('Title').fill('Meer ontmoeting tussen buren');
  await b.getByTestId('side-panel').getByLabel('Title').press('Enter');
  await expect(b.getByTestId('save-status')).toHaveText(/Offline/);
  await expect(nodeByTitle(b, 'Meer ontmoeting tussen buren')).toBeVisible();

  // A edits the same node and saves first
  await nodeByTitle(a, 'Meer ontmoeting').click();
  await a.getByTestId('side-panel').getByLabel('Title').fill('Meer ontmoeting op school');
  await a.getByTestId('side-panel').getByLabel('Title').press('Enter');
  await expectSaved(a);

  // B reconnects: its save meets A's version; nothing is lost, and B is shown both
  await tabB.setOffline(false);
  const conflict = b.getByTestId('conflict');
  await expect(conflict).toContainText('Someone else got there first');
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('Meer ontmoeting op school');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('Meer ontmoeting tussen buren');
  await expect(nodeByTitle(b, 'Meer ontmoeting op school')).toBeVisible();

  // B re-applies its change on top of A's; A sees it arrive
  await conflict.getByRole('button', { name: 'Apply my change again' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(nodeByTitle(b, 'Meer ontmoeting tussen buren')).toBeVisible();
  await expectSaved(b);
  await expect(nodeByTitle(a, 'Meer ontmoeting tussen buren')).toBeVisible();
  await expect(a.getByTestId('side-panel').getByLabel('Title')).toHaveValue('Meer ontmoeting tussen buren');
  const g = await graph(tabA, mapId);
  expect(g.nodes.find((n) => n.title === 'Meer ontmoeting tussen buren')?.version).toBe(3);
  await tabA.close();
  await tabB.close();
});
