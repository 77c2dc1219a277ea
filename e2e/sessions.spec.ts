// A moderated debate in three browsers: the moderator starts a session from the editor,
// a guest joins by code and proposes a rebuttal, the moderator approves it and both see
// it on the map; a rejection reaches the guest with its reason; the timer, the floor and
// the spotlight reach the guest; votes stay hidden until revealed; a presenter view (a
// third browser) follows the spotlight.
import { expect as baseExpect, test } from '@playwright/test';
import { createMap, createUser, openEditor, seedMap, signIn } from './editor-helpers';

// generous waits: a loaded machine takes its time over navigation and the live round trips
const expect = baseExpect.configure({ timeout: 30_000 });

test('a moderated session from start to reveal', async ({ browser, request }) => {
  test.setTimeout(360_000);
  const moderator = await createUser(request, 'Mod Erator');
  const modCtx = await browser.newContext({ locale: 'en-GB' });
  const guestCtx = await browser.newContext({ locale: 'en-GB' });
  const presenterCtx = await browser.newContext({ locale: 'en-GB' });
  await signIn(modCtx, moderator.email);
  await signIn(presenterCtx, moderator.email);
  const mapId = await createMap(modCtx);
  const ids = await seedMap(modCtx, mapId);

  // the moderator starts a session from the editor
  const mod = await modCtx.newPage();
  await openEditor(mod, mapId);
  await mod.getByRole('button', { name: 'Start session' }).click();
  const form = mod.getByTestId('start-session');
  await form.getByLabel('Title').fill('Klasdebat');
  await form.getByLabel('Format').selectOption('classroom');
  await form.getByRole('button', { name: 'Start session' }).click();
  await expect(mod.getByTestId('moderator-console')).toBeVisible();
  const code = (await mod.getByTestId('session-code').textContent())!.trim();
  expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{7}$/);
  await expect(mod.getByTestId('join-qr')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  const sessionId = new URL(mod.url()).pathname.split('/')[2];

  // a guest joins by code, with a name shown as text
  const guest = await guestCtx.newPage();
  await guest.goto('/join');
  await guest.getByLabel('Code').fill(code.toLowerCase());
  await guest.getByLabel('Your name').fill('<b>Guus</b>');
  await guest.getByLabel('Side').selectOption('contra');
  await guest.getByRole('button', { name: 'Join' }).click();
  await expect(guest.getByTestId('participant-view')).toBeVisible();
  await expect(guest.getByTestId('me')).toContainText('<b>Guus</b>');
  await expect(mod.getByTestId('participants')).toContainText('<b>Guus</b>');

  // the guest proposes a rebuttal; it waits as a ghost for the moderator, not on the map
  const propose = async (text: string) => {
    const f = guest.getByTestId('propose-form');
    await f.getByLabel('Kind of proposal').selectOption('rebuttal');
    await f.getByLabel('On', { exact: true }).selectOption({ label: 'Meer ontmoeting' });
    await f.getByLabel('Text').fill(text);
    await f.getByRole('button', { name: 'Propose' }).click();
    await expect(guest.getByTestId('my-proposals')).toContainText(text);
  };
  // both see the map on a canvas, with the editor's own node cards
  await expect(guest.getByTestId('session-canvas')).toHaveAttribute('data-ready', 'true');
  await expect(guest.getByTestId('session-canvas').getByTestId('argnode').filter({ hasText: 'Meer ontmoeting' })).toBeVisible();
  await propose('Ontmoeting kost te veel tijd');
  await expect(guest.getByTestId('my-proposals').locator('li', { hasText: 'Ontmoeting kost te veel tijd' })).toContainText('pending');
  const item = mod.getByTestId('queue-item').filter({ hasText: 'Ontmoeting kost te veel tijd' });
  await expect(item).toBeVisible();
  // a ghost on the moderator's canvas only (the whole map in view), and under its target in the moderator's list
  await mod.getByRole('button', { name: 'Fit view' }).click();
  await expect(mod.getByTestId('canvas-ghost').filter({ hasText: 'Ontmoeting kost te veel tijd' })).toBeVisible();
  await expect(guest.getByTestId('session-canvas').getByText('Ontmoeting kost te veel tijd')).toHaveCount(0);
  await expect(guest.getByTestId('canvas-ghost')).toHaveCount(0);
  await mod.getByRole('button', { name: 'List', exact: true }).click();
  await expect(mod.locator(`[data-node-id="${ids.a1}"]`).getByTestId('ghost')).toContainText('Ontmoeting kost te veel tijd');
  await guest.getByRole('button', { name: 'List', exact: true }).click();
  await expect(guest.getByTestId('session-node').filter({ hasText: 'Ontmoeting kost te veel tijd' })).toHaveCount(0);
  await expect(guest.getByTestId('ghost')).toHaveCount(0);
  await guest.getByRole('button', { name: 'Map', exact: true }).click();

  await item.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(mod.getByTestId('session-node').filter({ hasText: 'Ontmoeting kost te veel tijd' })).toBeVisible();
  await expect(guest.getByTestId('session-canvas').getByTestId('argnode').filter({ hasText: 'Ontmoeting kost te veel tijd' })).toBeVisible();
  await expect(guest.getByTestId('my-proposals').locator('li', { hasText: 'Ontmoeting kost te veel tijd' })).toContainText('accepted');
  await expect(mod.getByTestId('queue-item')).toHaveCount(0);

  // a rejection reaches the guest with its reason
  await propose('Iets over het weer');
  const second = mod.getByTestId('queue-item').filter({ hasText: 'Iets over het weer' });
  await second.getByLabel('Reason for rejecting').fill('Dat hoort niet bij deze vraag');
  await second.getByRole('button', { name: 'Reject' }).click();
  const rejected = guest.getByTestId('my-proposals').locator('li', { hasText: 'Iets over het weer' });
  await expect(rejected).toContainText('rejected');
  await expect(rejected).toContainText('Dat hoort niet bij deze vraag');

  // the timer, the floor and the spotlight reach the guest
  await mod.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(guest.getByTestId('timer')).toHaveAttribute('data-state', 'running');
  await expect(guest.getByTestId('timer')).toContainText('Opening');
  await guest.getByRole('button', { name: 'Raise hand' }).click();
  await expect(mod.getByTestId('hands')).toContainText('<b>Guus</b>');
  await mod.getByTestId('hands').getByRole('button', { name: 'Give the floor' }).click();
  await expect(guest.getByTestId('floor')).toContainText('<b>Guus</b>');
  await mod.locator(`[data-node-id="${ids.a1}"]`).getByRole('button', { name: 'Spotlight', exact: true }).click();
  await expect(guest.getByTestId('spotlight')).toContainText('Meer ontmoeting');
  await expect(guest.locator(`.react-flow__node[data-id="${ids.a1}"]`)).toHaveClass(/spotlit/);

  // the presenter view shows the spotlight large, and no controls
  const presenter = await presenterCtx.newPage();
  await presenter.goto(`/sessions/${sessionId}/present`);
  await expect(presenter.getByTestId('presenter-spotlight')).toContainText('Meer ontmoeting');
  await expect(presenter.getByTestId('presenter-view').getByRole('button')).toHaveCount(0);
  await mod.locator(`[data-node-id="${ids.a2}"]`).getByRole('button', { name: 'Spotlight', exact: true }).click();
  await expect(presenter.getByTestId('presenter-spotlight')).toContainText('Betere inburgering');

  // votes stay hidden until revealed; a node picked on the canvas is the one voted on
  await guest.locator(`.react-flow__node[data-id="${ids.a2}"]`).click();
  await expect(guest.getByTestId('vote-panel')).toContainText('Betere inburgering');
  await guest.getByTestId('vote-panel').getByRole('button', { name: 'Save vote' }).click();
  await expect(guest.getByTestId('message')).toContainText('Vote saved');
  await expect(mod.getByTestId(`result-${ids.a2}`)).toContainText('1 votes');
  await expect(guest.getByText('Hidden until the moderator reveals them.')).toBeVisible();
  await expect(guest.getByTestId(`result-${ids.a2}`)).toHaveCount(0);
  await expect(presenter.getByTestId(`result-${ids.a2}`)).toHaveCount(0);
  await mod.getByRole('button', { name: 'Reveal results' }).click();
  await expect(guest.getByTestId(`result-${ids.a2}`)).toContainText('1 votes');
  await expect(presenter.getByTestId('presenter-spotlight').getByTestId(`result-${ids.a2}`)).toBeVisible();

  // the guest's token is no key to the map itself
  expect((await guestCtx.request.get(`/api/v1/maps/${mapId}`)).status()).toBe(404);

  await modCtx.close();
  await guestCtx.close();
  await presenterCtx.close();
});

test('Lincoln–Douglas: each side’s preparation time runs for everyone, one clock at a time; the report names what happened', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const moderator = await createUser(request, 'LD Moderator');
  const modCtx = await browser.newContext({ locale: 'en-GB' });
  const guestCtx = await browser.newContext({ locale: 'nl-BE' });
  await signIn(modCtx, moderator.email);
  const mapId = await createMap(modCtx);
  await seedMap(modCtx, mapId);

  const mod = await modCtx.newPage();
  await openEditor(mod, mapId);
  await mod.getByRole('button', { name: 'Start session' }).click();
  const form = mod.getByTestId('start-session');
  await form.getByLabel('Format').selectOption('ld');
  await expect(form.getByLabel('Preparation time per side (minutes)')).toHaveValue('4');
  await form.getByLabel('Preparation time per side (minutes)').fill('3');
  await form.getByRole('button', { name: 'Start session' }).click();
  await expect(mod.getByTestId('moderator-console')).toBeVisible();
  const code = (await mod.getByTestId('session-code').textContent())!.trim();
  await expect(mod.getByTestId('prep-pro')).toContainText('3:00');

  // a guest in Dutch: the same banks, in its own words
  const guest = await guestCtx.newPage();
  await guest.goto(`/join?code=${code}`);
  await guest.getByLabel('Je naam').fill('Aïcha');
  await guest.getByRole('button', { name: 'Deelnemen' }).click();
  await expect(guest.getByTestId('participant-view')).toBeVisible();
  await expect(guest.getByTestId('prep')).toHaveAttribute('data-running', 'none');
  await expect(guest.getByTestId('prep-contra')).toContainText('Negatief (tegen): 3:00');
  await expect(guest.getByTestId('timer')).toContainText('klaar');

  // the speech runs; the affirmative asks for preparation: the speech pauses, its clock runs for everyone
  await mod.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(guest.getByTestId('timer')).toContainText('loopt');
  await mod.getByRole('button', { name: 'Preparation: Affirmative (pro)' }).click();
  await expect(guest.getByTestId('prep')).toHaveAttribute('data-running', 'pro');
  await expect(guest.getByTestId('prep-pro')).toContainText('bereidt voor');
  await expect(guest.getByTestId('timer')).toHaveAttribute('data-state', 'paused');
  await expect(mod.getByRole('button', { name: 'Preparation: Affirmative (pro)' })).toBeDisabled();
  // the negative's turn: the affirmative keeps what it had left
  await mod.getByRole('button', { name: 'Preparation: Negative (contra)' }).click();
  await expect(guest.getByTestId('prep')).toHaveAttribute('data-running', 'contra');
  await mod.getByRole('button', { name: 'Stop preparation' }).click();
  await expect(guest.getByTestId('prep')).toHaveAttribute('data-running', 'none');
  await expect(mod.getByRole('button', { name: 'Stop preparation' })).toHaveCount(0);
  const state = await (await modCtx.request.get(`/api/v1/sessions/${new URL(mod.url()).pathname.split('/')[2]}`)).json();
  expect(state.prep.running).toBeNull();
  expect(state.prep.remainingMs.pro).toBeLessThan(180_000);
  expect(state.prep.remainingMs.contra).toBeLessThan(180_000);

  // the report's timeline names each step in words, not event codes
  const sessionId = new URL(mod.url()).pathname.split('/')[2];
  expect((await modCtx.request.patch(`/api/v1/sessions/${sessionId}`, { data: { status: 'ended' } })).status()).toBe(200);
  const report = await modCtx.newPage();
  await report.goto(`/sessions/${sessionId}/report`);
  const timeline = report.locator('ol li');
  await expect(timeline.filter({ hasText: 'Session started' })).toHaveCount(1);
  await expect(timeline.filter({ hasText: 'Preparation time' })).toHaveCount(3);
  await expect(timeline.filter({ hasText: 'Session ended' })).toHaveCount(1);
  await expect(report.getByText('prep.changed')).toHaveCount(0);

  await modCtx.close();
  await guestCtx.close();
});
