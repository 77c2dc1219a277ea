// A session's map, live, in two browsers: a guest sees on its canvas a node that a map
// editor adds directly (not through a proposal), without a reload; the moderator sees a
// pending proposal as a ghost on the canvas, finds it in the queue from there, and merges
// it into an existing node; the guest sees the merge with its reason; a relation takes an
// impact vote. axe-core checks the participant's page with the canvas.
import { expect as baseExpect, test } from '@playwright/test';
import { applyOps, createMap, createUser, graph, seedMap, seriousViolations, signIn } from './editor-helpers';

// generous waits: a loaded machine takes its time over navigation and the live round trips
const expect = baseExpect.configure({ timeout: 30_000 });

test('the participant canvas follows direct edits; the moderator merges a ghost into an existing node', async ({ browser, request }) => {
  test.setTimeout(360_000);
  const moderator = await createUser(request, 'Mo Derator');
  const modCtx = await browser.newContext({ locale: 'en-GB' });
  const guestCtx = await browser.newContext({ locale: 'en-GB' });
  await signIn(modCtx, moderator.email);
  const mapId = await createMap(modCtx);
  const ids = await seedMap(modCtx, mapId);
  const started = await modCtx.request.post(`/api/v1/maps/${mapId}/sessions`, { data: { title: 'Live kaart', mode: 'moderated' } });
  expect(started.status()).toBe(201);
  const session = await started.json();

  const guest = await guestCtx.newPage();
  await guest.goto(`/join?code=${session.code}`);
  await guest.getByLabel('Your name').fill('Gerda');
  await guest.getByRole('button', { name: 'Join' }).click();
  await expect(guest.getByTestId('participant-view')).toBeVisible();
  const canvas = guest.getByTestId('session-canvas');
  await expect(canvas).toHaveAttribute('data-ready', 'true');
  await expect(canvas.getByTestId('argnode').filter({ hasText: 'Betere inburgering' })).toBeVisible();
  await expect(guest.getByTestId('map-live')).toHaveAttribute('data-live', 'true');
  // the participant is not sent the join code
  await expect(guest.getByText(session.code)).toHaveCount(0);

  // a map editor adds a node directly: it appears on the guest's canvas, no reload
  const direct = crypto.randomUUID();
  await applyOps(modCtx, mapId, [
    { op: 'create', entity: 'node', id: direct, data: { kind: 'CLAIM', title: 'Taalles op de werkvloer', x: 600, y: 400 } },
    { op: 'create', entity: 'relation', id: crypto.randomUUID(), data: { type: 'SUPPORTS', fromId: direct, toId: ids.a2 } },
  ]);
  await expect(canvas.getByTestId('argnode').filter({ hasText: 'Taalles op de werkvloer' })).toBeVisible();
  // and in the list, the same map
  await guest.getByRole('button', { name: 'List', exact: true }).click();
  await expect(guest.getByTestId('session-node').filter({ hasText: 'Taalles op de werkvloer' })).toBeVisible();
  // an edit of a title arrives too
  const node = (await graph(modCtx, mapId)).nodes.find((n) => n.id === direct)!;
  await applyOps(modCtx, mapId, [{ op: 'update', entity: 'node', id: direct, version: node.version, data: { title: 'Taalles op het werk' } }]);
  await expect(guest.getByTestId('session-node').filter({ hasText: 'Taalles op het werk' })).toBeVisible();
  await guest.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(canvas.getByTestId('argnode').filter({ hasText: 'Taalles op het werk' })).toBeVisible();
  expect(await seriousViolations(guest)).toEqual([]);

  // the guest proposes a reason that the map already has in other words
  const form = guest.getByTestId('propose-form');
  await form.getByLabel('Kind of proposal').selectOption('reason');
  // the target picked on the canvas
  await guest.locator(`.react-flow__node[data-id="${ids.a2}"]`).click();
  await expect(form.getByLabel('On', { exact: true })).toHaveValue(ids.a2);
  await form.getByLabel('Text').fill('Mensen leren elkaar kennen');
  await form.getByRole('button', { name: 'Propose' }).click();
  await expect(guest.getByTestId('my-proposals')).toContainText('Mensen leren elkaar kennen');

  // the moderator sees it as a ghost on the canvas, and finds it in the queue from there
  const mod = await modCtx.newPage();
  await mod.goto(`/sessions/${session.id}/moderate`);
  await expect(mod.getByTestId('session-canvas')).toHaveAttribute('data-ready', 'true');
  const ghost = mod.getByTestId('canvas-ghost').filter({ hasText: 'Mensen leren elkaar kennen' });
  await expect(ghost).toBeVisible();
  await expect(ghost).toContainText('Gerda');
  // (at this window size the minimap may lie over it: the click goes to the card itself)
  await ghost.dispatchEvent('click');
  const item = mod.getByTestId('queue-item').filter({ hasText: 'Mensen leren elkaar kennen' });
  await expect(item).toHaveClass(/focused/);
  // merged into the node that says it already
  await item.getByLabel('Merge into').selectOption({ label: 'Contact vermindert vooroordelen' });
  await item.getByRole('button', { name: 'Merge' }).click();
  await expect(mod.getByTestId('queue-item')).toHaveCount(0);
  await expect(mod.getByTestId('canvas-ghost')).toHaveCount(0);
  const mine = guest.getByTestId('my-proposals').locator('li', { hasText: 'Mensen leren elkaar kennen' });
  await expect(mine).toContainText('merged');
  await expect(mine).toContainText('merged into “Contact vermindert vooroordelen”');
  // no duplicate on the map: the existing node now supports what the proposal supported
  const after = await graph(modCtx, mapId);
  expect(after.nodes.some((n) => n.title === 'Mensen leren elkaar kennen')).toBe(false);
  const merged = after.relations.filter((r) => r.type === 'SUPPORTS' && r.fromId === ids.reason && r.toId === ids.a2);
  expect(merged).toHaveLength(1);
  await expect(guest.locator(`.react-flow__edge[data-id="${merged[0].id}"]`)).toHaveCount(1);
  await expect(canvas.getByText('Mensen leren elkaar kennen')).toHaveCount(0);

  // a relation takes an impact vote only (in the list: "Rate impact")
  await guest.getByRole('button', { name: 'List', exact: true }).click();
  await guest.locator(`[data-relation-id="${ids.rA2}"]`).getByRole('button', { name: 'Rate impact' }).click();
  const panel = guest.getByTestId('vote-panel');
  await expect(panel).toContainText('Rate impact: Betere inburgering → Hoe vergroten we het draagvlak?');
  await expect(panel.getByRole('slider')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Save vote' }).click();
  await expect(guest.getByTestId('message')).toContainText('Vote saved');
  // the moderator sees it come in
  await mod.getByRole('button', { name: 'List', exact: true }).click();
  await expect(mod.locator(`[data-relation-id="${ids.rA2}"]`).getByTestId(`result-${ids.rA2}`)).toContainText('1 votes');

  await modCtx.close();
  await guestCtx.close();
});
