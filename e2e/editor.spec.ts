import { expect, test, type Page } from '@playwright/test';
import { applyOps, createUser, dragBy, dragConnection, expectSaved, graph, nodeByTitle, openEditor, signIn, unique, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

const viewportTransform = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

/** Runs the automatic layout and waits until the worker's result is on the canvas. */
async function autoLayout(page: Page) {
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByRole('button', { name: 'Laying out…' })).toHaveCount(0);
  await expect(page.getByRole('toolbar')).toHaveAttribute('data-layout-ms', /\d/);
}

/** Types a new node's title into the inline editor that creation opens, and saves it with Enter. */
async function nameNewNode(page: Page, title: string) {
  const input = page.getByRole('textbox', { name: 'Edit title' });
  await expect(input).toBeFocused();
  await input.fill(title);
  await input.press('Enter');
  await expect(nodeByTitle(page, title)).toBeVisible();
}

test('build a map on the canvas: every kind and relation, refusals, edits, move, delete with undo and redo, layout, reload', async ({ page, context, request }) => {
  const user = await createUser(request, 'Lotte');
  await signIn(context, user.email);
  const title = `Draagvlak ${unique()}`;

  // create the map from the maps page and open it
  await page.goto('/maps');
  const form = page.getByRole('form', { name: 'New map' });
  await form.getByLabel('Title').fill(title);
  await form.getByRole('button', { name: 'Create' }).click();
  await page.getByTestId('my-maps').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await waitForCanvas(page);
  await expect(page.getByText('Double-click an empty spot or use the toolbar')).toBeVisible();
  const mapId = page.url().split('/maps/')[1];

  // one node of each kind: toolbar, keyboard, double-click, and the evidence dialog
  await page.getByRole('button', { name: 'Add question' }).click();
  await nameNewNode(page, 'Hoe vergroten we het draagvlak?');
  await page.keyboard.press('c');
  await nameNewNode(page, 'Integratie wordt belemmerd');
  await page.getByRole('button', { name: 'Add proposal' }).click();
  await nameNewNode(page, 'Investeer in inburgering');
  const pane = page.locator('.react-flow__pane');
  const paneBox = (await pane.boundingBox())!;
  await pane.dblclick({ position: { x: 60, y: paneBox.height - 80 } });
  await nameNewNode(page, 'Er is te weinig contact');
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'New evidence' });
  await dialog.getByLabel('Title', { exact: true }).fill('Armoede steeg met 1,6 procentpunt');
  await dialog.getByLabel('Source title').fill('Menu voor een andere migratiepolitiek');
  await dialog.getByLabel('Verbatim quote').fill('Zonder het hogere aandeel migranten zou het armoedecijfer gezakt zijn.');
  await dialog.getByLabel('Page').fill('12');
  await dialog.getByRole('button', { name: 'New evidence' }).click();
  await expect(dialog).toBeHidden();
  const evidence = nodeByTitle(page, 'Armoede steeg met 1,6 procentpunt');
  await expect(evidence).toContainText('Evidence');
  await expect(evidence).toContainText('sourced');
  await expect(evidence.getByText('1 citation')).toBeAttached();
  for (const kind of ['Question', 'Claim', 'Proposal', 'Evidence']) {
    await expect(page.locator('.argnode-kind', { hasText: new RegExp(`^${kind}$`, 'i') }).first()).toBeVisible();
  }
  await autoLayout(page);
  await expectSaved(page);
  // the whole map in view and clear of the edges, where a connection drag pans the canvas
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  let lastBox = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await nodeByTitle(page, 'Hoe vergroten we het draagvlak?').boundingBox());
      const still = box === lastBox;
      lastBox = box;
      return still;
    })
    .toBe(true);

  const question = nodeByTitle(page, 'Hoe vergroten we het draagvlak?');
  const claim = nodeByTitle(page, 'Integratie wordt belemmerd');
  const proposal = nodeByTitle(page, 'Investeer in inburgering');
  const contact = nodeByTitle(page, 'Er is te weinig contact');
  const menu = page.getByRole('menu', { name: 'Connect as' });
  const edgeLabel = (text: string) => page.locator('.edge-label', { hasText: text });

  // ANSWERS: the only choice a claim has towards a question
  await dragConnection(page, claim, question);
  await expect(menu.getByRole('menuitem')).toHaveText([/Answers/, /Cancel/]);
  await menu.getByRole('menuitem', { name: /Answers/ }).click();
  await expect(edgeLabel('answers')).toHaveCount(1);
  // SUPPORTS and REBUTS, chosen from the menu
  await dragConnection(page, evidence, claim);
  await menu.getByRole('menuitem', { name: /Supports/ }).click();
  await expect(edgeLabel('supports')).toHaveCount(1);
  await dragConnection(page, proposal, claim);
  await menu.getByRole('menuitem', { name: /Rebuts/ }).click();
  await expect(edgeLabel('rebuts')).toHaveCount(1);
  // UNDERCUTS: dropped on the middle of the supports relation
  await dragConnection(page, contact, edgeLabel('supports'));
  await expect(edgeLabel('undercuts')).toHaveCount(1);
  // a connection the rules forbid is refused on the spot, with the reason
  await dragConnection(page, question, evidence);
  await expect(page.getByTestId('flash')).toHaveText('This connection is not allowed: A question cannot support anything: only claims, proposals and evidence can support.');
  await expect(menu).toBeHidden();
  await page.mouse.click(paneBox.x + 10, paneBox.y + 10);
  await expectSaved(page);
  let g = await graph(context, mapId);
  expect(g.relations.map((r) => r.type).sort()).toEqual(['ANSWERS', 'REBUTS', 'SUPPORTS', 'UNDERCUTS']);

  // edit inline (double-click the title) and in the side panel
  await claim.locator('.argnode-title').dblclick();
  await page.getByRole('textbox', { name: 'Edit title' }).fill('Integratie wordt ernstig belemmerd');
  await page.keyboard.press('Enter');
  const renamed = nodeByTitle(page, 'Integratie wordt ernstig belemmerd');
  await expect(renamed).toBeVisible();
  await proposal.click();
  const panel = page.getByTestId('side-panel');
  await panel.getByLabel('Text').fill('Taalles en werkervaring vanaf de eerste dag.');
  await panel.getByLabel('Title').fill('Investeer vanaf dag één in inburgering');
  await panel.getByLabel('Title').press('Enter');
  await expect(nodeByTitle(page, 'Investeer vanaf dag één in inburgering')).toBeVisible();
  await panel.getByLabel('Tag name').fill('integratie');
  await panel.getByRole('button', { name: 'Add tag' }).click();
  await expect(nodeByTitle(page, 'Investeer vanaf dag één in inburgering').getByRole('list', { name: 'Tags' })).toHaveText('integratie');
  await expectSaved(page);

  // move a node by dragging it
  const before = (await graph(context, mapId)).nodes.find((n) => n.title === 'Hoe vergroten we het draagvlak?')!;
  await dragBy(page, question, 120, 0);
  await expectSaved(page);
  const after = (await graph(context, mapId)).nodes.find((n) => n.id === before.id)!;
  expect(after.x).not.toBe(before.x);

  // delete a node: its relations go with it; undo brings all back; redo deletes again
  await renamed.click();
  await page.keyboard.press('Delete');
  await expect(renamed).toHaveCount(0);
  await expect(page.locator('.edge-label')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(renamed).toBeVisible();
  await expect(page.locator('.edge-label')).toHaveCount(4);
  await page.keyboard.press('Control+Shift+z');
  await expect(renamed).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(renamed).toBeVisible();
  await expect(page.locator('.edge-label')).toHaveCount(4);
  await expectSaved(page);
  g = await graph(context, mapId);
  expect(g.nodes).toHaveLength(5);
  expect(g.relations).toHaveLength(4);

  // layout: one step, undoable, saved as one batch
  const positions = (gr: Awaited<ReturnType<typeof graph>>) => Object.fromEntries(gr.nodes.map((n) => [n.id, `${n.x},${n.y}`]));
  const beforeLayout = positions(g);
  await autoLayout(page);
  await expectSaved(page);
  const laidOut = await graph(context, mapId);
  expect(positions(laidOut)).not.toEqual(beforeLayout);
  expect(laidOut.revision).toBeGreaterThan(g.revision);
  const q = laidOut.nodes.find((n) => n.kind === 'QUESTION')!;
  const answer = laidOut.nodes.find((n) => n.title === 'Integratie wordt ernstig belemmerd')!;
  expect(q.y).toBeLessThan(answer.y);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectSaved(page);
  expect(positions(await graph(context, mapId))).toEqual(beforeLayout);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expectSaved(page);
  const final = await graph(context, mapId);
  expect(positions(final)).toEqual(positions(laidOut));

  // reload: everything as it was, including where the reader was looking
  const transform = await viewportTransform(page);
  await page.reload();
  await waitForCanvas(page);
  for (const t of ['Hoe vergroten we het draagvlak?', 'Integratie wordt ernstig belemmerd', 'Investeer vanaf dag één in inburgering', 'Er is te weinig contact', 'Armoede steeg met 1,6 procentpunt']) {
    await expect(nodeByTitle(page, t)).toBeVisible();
  }
  await expect(page.locator('.edge-label')).toHaveText([/answers|supports|rebuts|undercuts/, /.+/, /.+/, /.+/]);
  expect(await viewportTransform(page)).toBe(transform);
  const reloaded = await graph(context, mapId);
  expect(positions(reloaded)).toEqual(positions(final));
  await expectSaved(page);
});
