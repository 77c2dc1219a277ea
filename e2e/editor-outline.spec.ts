import { expect, test } from '@playwright/test';
import { createMap, createUser, expectSaved, graph, nodeByTitle, openEditor, seedMap, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

test('the outline: navigate, add, rename, re-parent and delete with the keyboard only, on the same map as the canvas', async ({ page, context, request }) => {
  const user = await createUser(request);
  await signIn(context, user.email);
  const mapId = await createMap(context);
  const ids = await seedMap(context, mapId);
  await openEditor(page, mapId);
  await waitForCanvas(page);

  await page.getByRole('button', { name: 'Outline' }).click();
  const tree = page.getByRole('tree', { name: 'Map outline' });
  await expect(tree).toBeVisible();
  const item = (title: string) => tree.getByRole('treeitem').filter({ hasText: title });
  const question = item('Hoe vergroten we het draagvlak?');
  await expect(question).toBeFocused();
  await expect(question).toHaveAttribute('aria-level', '1');
  await expect(question).toHaveAttribute('aria-expanded', 'true');
  await expect(item('Meer ontmoeting')).toHaveAttribute('aria-level', '2');
  await expect(item('Contact vermindert vooroordelen')).toHaveAttribute('aria-level', '3');
  await expect(item('Oppervlakkig contact werkt niet')).toContainText('Con');
  // the undercut hangs under the reason whose support it attacks
  await expect(item('De studies meten iets anders')).toContainText('Undercuts');

  // collapse and expand with the arrow keys
  await page.keyboard.press('ArrowLeft');
  await expect(question).toHaveAttribute('aria-expanded', 'false');
  await expect(item('Meer ontmoeting')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(question).toHaveAttribute('aria-expanded', 'true');

  // add a reason under an answer, name it, and find it in its place
  await page.keyboard.press('ArrowDown');
  await expect(item('Meer ontmoeting')).toBeFocused();
  await expect(item('Meer ontmoeting')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Insert');
  const rename = tree.getByRole('textbox', { name: 'Edit title' });
  await expect(rename).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Buurtprojecten brengen mensen samen');
  await page.keyboard.press('Enter');
  const added = item('Buurtprojecten brengen mensen samen');
  await expect(added).toBeFocused();
  await expect(added).toHaveAttribute('aria-level', '3');
  await expect(added).toContainText('Pro');

  // re-parent: the proposal goes under the answer before it (Alt+Shift+Right), then back (Alt+Shift+Left)
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  const proposal = item('Betere inburgering');
  for (let i = 0; i < 10 && !(await proposal.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(proposal).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(proposal).toHaveAttribute('aria-level', '3');
  await expect(proposal).toContainText('Pro');
  await expect(page.getByTestId('announcer')).toHaveText('Now under “Meer ontmoeting”');
  await expectSaved(page);
  let g = await graph(context, mapId);
  expect(g.relations.find((r) => r.fromId === ids.a2)).toMatchObject({ type: 'SUPPORTS', toId: ids.a1 });
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(proposal).toHaveAttribute('aria-level', '2');
  await expect(proposal).toContainText('Answer');
  await expectSaved(page);
  g = await graph(context, mapId);
  expect(g.relations.find((r) => r.fromId === ids.a2)).toMatchObject({ type: 'ANSWERS', toId: ids.q });
  // a move the rules forbid is refused with the reason; undo puts back what was moved
  const evidence = item('Meta-analyse van 500 studies');
  for (let i = 0; i < 12 && !(await evidence.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowUp');
  await expect(evidence).toBeFocused();
  await expect(evidence).toHaveAttribute('aria-level', '4');
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(evidence).toHaveAttribute('aria-level', '3');
  await expect(evidence).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect(page.getByTestId('flash')).toHaveText('Cannot move: Evidence cannot support a question: only claims and proposals can be supported.');
  await expect(evidence).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('Control+z');
  await expect(evidence).toHaveAttribute('aria-level', '4');
  await expectSaved(page);

  // rename with F2
  await proposal.focus();
  await page.keyboard.press('F2');
  await expect(rename).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Snellere inburgering');
  await page.keyboard.press('Enter');
  await expect(item('Snellere inburgering')).toBeFocused();

  // delete with the keyboard, and undo
  await added.focus();
  await page.keyboard.press('Delete');
  await expect(added).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(added).toBeVisible();
  await expectSaved(page);

  // the canvas shows the same map with the same selection
  await item('Snellere inburgering').focus();
  await page.keyboard.press('ArrowUp');
  const selectedTitle = (await tree.locator('[role="treeitem"][aria-selected="true"] .outline-title').first().textContent())!;
  await page.getByRole('button', { name: 'Diagram' }).click();
  await waitForCanvas(page);
  await expect(nodeByTitle(page, 'Snellere inburgering')).toBeVisible();
  await expect(nodeByTitle(page, 'Buurtprojecten brengen mensen samen')).toBeVisible();
  await expect(page.locator('.react-flow__node.selected .argnode-title')).toHaveText(selectedTitle);
  await expect(page.getByTestId('side-panel').getByLabel('Title')).toHaveValue(selectedTitle);

  // the last view survives a reload
  await page.getByRole('button', { name: 'Outline' }).click();
  await page.reload();
  await expect(page.getByRole('tree', { name: 'Map outline' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Outline' })).toHaveAttribute('aria-pressed', 'true');
  await expect(item('Snellere inburgering')).toHaveAttribute('aria-level', '2');
});
