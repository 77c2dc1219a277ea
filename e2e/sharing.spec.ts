// Sharing and managing a map in the browser (issue 13): the Share dialog (invitations
// by e-mail with a role, visibility with the warning before publishing), asking for
// access on the page of a map one may not see, renaming and deleting with a
// confirmation, class templates; copying the link, leaving a map, duplicating one from My
// maps; axe-core on the new dialogs and pages in both languages.
import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createMap, createUser, graph, inviteAndAccept, PASSWORD, seedMap, seriousViolations, signIn, unique, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });
// several browsers and accounts per test, on a shared 2-core machine: generous limits
test.setTimeout(300_000);
const expect = baseExpect.configure({ timeout: 30_000 });

async function signedIn(browser: Browser, name: string, locale = 'en-GB', permissions: string[] = []) {
  const context = await browser.newContext({ locale, permissions });
  const user = await createUser(context.request, name);
  await signIn(context, user.email);
  return { context, user, page: await context.newPage() };
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('members')).toBeVisible();
  return dialog;
}

async function invite(page: Page, email: string, role: 'Editor' | 'Viewer') {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('E-mail address').fill(email);
  await dialog.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: role });
  await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(dialog.getByTestId('share-status')).toHaveText(`Invitation as ${role} sent to ${email}.`);
}

async function acceptOnMyMaps(page: Page, title: string) {
  await page.goto('/maps');
  const item = page.getByTestId('invitations').getByRole('listitem').filter({ hasText: title });
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
}

const card = (page: Page, title: string) => page.getByTestId('my-maps').getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('the owner shares by e-mail as EDITOR and as VIEWER; each accepts and gets what the role allows; a role can be changed', async ({ browser }) => {
  const owner = await signedIn(browser, 'Eigenaar');
  const title = `Gedeeld ${unique()}`;
  const mapId = await createMap(owner.context, title);
  await seedMap(owner.context, mapId);
  const editor = await signedIn(browser, 'Eddy');
  const viewer = await signedIn(browser, 'Vera');

  await owner.page.goto(`/maps/${mapId}`);
  const dialog = await openShare(owner.page);
  await expect(dialog.getByRole('heading', { name: `Share “${title}”` })).toBeVisible();
  await invite(owner.page, editor.user.email, 'Editor');
  await invite(owner.page, viewer.user.email, 'Viewer');
  await expect(dialog.getByTestId('pending-invitations').getByRole('listitem')).toHaveCount(2);
  expect(await seriousViolations(owner.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(owner.page.getByRole('dialog')).toHaveCount(0);

  // not a member before accepting
  expect((await editor.page.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await acceptOnMyMaps(editor.page, title);
  await expect(editor.page.getByRole('toolbar')).toBeVisible();
  await acceptOnMyMaps(viewer.page, title);
  await expect(viewer.page.getByTestId('read-only')).toBeVisible();
  await expect(viewer.page.getByRole('toolbar')).toHaveCount(0);

  // the viewer's dialog offers no managing; the owner's lists both members
  await viewer.page.getByRole('button', { name: 'Share', exact: true }).click();
  const viewerDialog = viewer.page.getByRole('dialog');
  await expect(viewerDialog.getByText('Your role: Viewer.')).toBeVisible();
  await expect(viewerDialog.getByText('Only an owner manages members and visibility.')).toBeVisible();
  await expect(viewerDialog.getByLabel('E-mail address')).toHaveCount(0);
  await expect(viewerDialog.getByRole('radio')).toHaveCount(0);
  await viewerDialog.getByRole('button', { name: 'Close' }).first().click();

  await owner.page.reload();
  const again = await openShare(owner.page);
  const members = again.getByTestId('members');
  await expect(members.getByRole('listitem')).toHaveCount(3);
  await expect(members.getByLabel('Role of Eddy')).toHaveValue('EDITOR');
  await members.getByLabel('Role of Vera').selectOption('EDITOR');
  await expect(again.getByTestId('share-status')).toHaveText('Vera is now Editor.');
  await viewer.page.reload();
  await expect(viewer.page.getByRole('toolbar')).toBeVisible();
  // and removed: the map is gone for her
  await members.getByRole('button', { name: 'Remove Vera' }).click();
  await expect(again.getByTestId('share-status')).toHaveText('Vera is no longer a member.');
  expect((await viewer.page.goto(`/maps/${mapId}`))?.status()).toBe(404);
  for (const c of [owner, editor, viewer]) await c.context.close();
});

test('a declined invitation leaves no access; an invitation to an unknown address is there after sign-up', async ({ browser }) => {
  const owner = await signedIn(browser, 'Olga');
  const title = `Uitnodiging ${unique()}`;
  const mapId = await createMap(owner.context, title);
  const invitee = await signedIn(browser, 'Dirk');
  const newcomer = `new-${unique()}@example.org`;
  await owner.page.goto('/maps');
  await card(owner.page, title).getByRole('button', { name: 'Share' }).click();
  await expect(owner.page.getByRole('dialog').getByTestId('members')).toBeVisible();
  await invite(owner.page, invitee.user.email, 'Viewer');
  await invite(owner.page, newcomer, 'Editor');

  await invitee.page.goto('/maps');
  await invitee.page.getByTestId('invitations').getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Decline' }).click();
  await expect(invitee.page.getByTestId('invitations')).toHaveCount(0);
  expect((await invitee.page.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await expect(invitee.page.getByRole('heading', { name: 'No access to this map' })).toBeVisible();
  await invitee.page.goto('/maps');
  await expect(invitee.page.getByRole('link', { name: title })).toHaveCount(0);

  // signing up with the invited address: the invitation waits under My maps
  const fresh = await browser.newContext({ locale: 'en-GB' });
  const page = await fresh.newPage();
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Nieuwkomer');
  await page.getByLabel('E-mail address').fill(newcomer);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: /sign up|create account/i }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await acceptOnMyMaps(page, title);
  await expect(page.getByRole('toolbar')).toBeVisible();
  for (const c of [owner.context, invitee.context, fresh]) await c.close();
});

test('asking for access and granting it; anonymous visitors get a sign-in prompt; publishing warns first', async ({ browser }) => {
  const owner = await signedIn(browser, 'Olivia');
  const title = `Privé ${unique()}`;
  const mapId = await createMap(owner.context, title);
  const asker = await signedIn(browser, 'Sam');

  // the same page for a private map and for no map at all
  const texts: string[] = [];
  for (const id of [mapId, crypto.randomUUID()]) {
    const res = await asker.page.goto(`/maps/${id}`);
    expect(res?.status()).toBe(404);
    await expect(asker.page.getByRole('heading', { name: 'Ask for access' })).toBeVisible();
    texts.push(await asker.page.getByTestId('no-access').innerText());
  }
  expect(texts[0]).toBe(texts[1]);
  expect(texts[0]).not.toContain(title);
  await asker.page.goto(`/maps/${mapId}`);
  expect(await seriousViolations(asker.page)).toEqual([]);
  await asker.page.getByLabel('I would like to').selectOption('EDITOR');
  await asker.page.getByLabel('Message to the owner (optional)').fill('Voor het groepswerk');
  await asker.page.getByRole('button', { name: 'Ask for access' }).click();
  await expect(asker.page.getByTestId('no-access-status')).toHaveText('Your request has been sent. You will see the map as soon as the owner grants access.');
  await expect(asker.page.getByTestId('request-pending')).toBeVisible();
  await asker.page.reload();
  await expect(asker.page.getByTestId('request-pending')).toContainText('The owner has not answered yet.');

  // the owner sees it on My maps and grants it in the Share dialog
  await owner.page.goto('/maps');
  await expect(card(owner.page, title).getByTestId('request-badge')).toHaveText('1 asking for access');
  await card(owner.page, title).getByRole('button', { name: 'Share' }).click();
  const dialog = owner.page.getByRole('dialog');
  const request = dialog.getByTestId('access-requests').getByRole('listitem');
  await expect(request).toContainText('Sam');
  await expect(request).toContainText('Voor het groepswerk');
  await expect(request.getByLabel('Role for Sam')).toHaveValue('EDITOR');
  await request.getByRole('button', { name: 'Grant access' }).click();
  await expect(dialog.getByTestId('share-status')).toHaveText('Sam is now a member as Editor.');
  await expect(dialog.getByTestId('members').getByLabel('Role of Sam')).toHaveValue('EDITOR');
  await asker.page.goto(`/maps/${mapId}`);
  await expect(asker.page.getByRole('toolbar')).toBeVisible();

  // anonymous: a sign-in prompt, the same for the private map and for no map
  const anon = await browser.newContext({ locale: 'en-GB' });
  const anonPage = await anon.newPage();
  expect((await anonPage.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await expect(anonPage.getByRole('link', { name: 'Sign in to continue' })).toHaveAttribute('href', `/signin?callbackUrl=${encodeURIComponent(`/maps/${mapId}`)}`);
  expect(await seriousViolations(anonPage)).toEqual([]);

  // publishing: a warning that says what becomes readable, which can be cancelled
  const visibility = dialog.getByRole('radio', { name: /Anyone with the link/ });
  await dialog.getByRole('radio', { name: /^Public/ }).check();
  const warning = dialog.getByTestId('publish-warning');
  await expect(warning).toContainText('Everything on the map now becomes readable to everyone');
  await expect(warning).toContainText('The earlier history');
  expect(await seriousViolations(owner.page)).toEqual([]);
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('radio', { name: /^Private/ })).toBeChecked();
  expect((await anonPage.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await visibility.check();
  await expect(warning).toContainText('anyone with the link');
  await warning.getByRole('button', { name: 'Yes, publish' }).click();
  await expect(dialog.getByTestId('share-status')).toHaveText('The map is now: Anyone with the link.');
  await anonPage.goto(`/maps/${mapId}`);
  await expect(anonPage.getByTestId('editor')).toBeVisible();
  for (const c of [owner.context, asker.context, anon]) await c.close();
});

test('rename a map, and delete it after typing its name; a stale version is refused', async ({ browser }) => {
  const owner = await signedIn(browser, 'Rita');
  const title = `Oud ${unique()}`;
  const renamed = `Nieuw ${unique()}`;
  const mapId = await createMap(owner.context, title);
  await owner.page.goto('/maps');
  await card(owner.page, title).getByRole('button', { name: 'Manage' }).click();
  const dialog = owner.page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Manage “${title}”` })).toBeVisible();
  expect(await seriousViolations(owner.page)).toEqual([]);
  await dialog.getByLabel('Title', { exact: true }).fill(renamed);
  await dialog.getByLabel('Description').fill('Waarover het gaat');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByTestId('share-status')).toHaveText('Saved.');
  await expect(dialog.getByRole('heading', { name: `Manage “${renamed}”` })).toBeVisible();

  // someone changes the map meanwhile: deleting with the version the dialog saw is refused
  const current = await (await owner.context.request.get(`/api/v1/maps/${mapId}`)).json();
  expect((await owner.context.request.patch(`/api/v1/maps/${mapId}`, { data: { description: 'Elders gewijzigd', version: current.version } })).status()).toBe(200);
  const remove = dialog.getByRole('button', { name: `Delete “${renamed}”` });
  await expect(remove).toBeDisabled();
  await dialog.getByLabel('Title of the map, to confirm').fill(title);
  await expect(remove).toBeDisabled();
  await dialog.getByLabel('Title of the map, to confirm').fill(renamed);
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(dialog.getByTestId('share-error')).toHaveText('Someone else changed the map meanwhile. The latest version is loaded: check it and try again.');
  expect((await owner.context.request.get(`/api/v1/maps/${mapId}`)).status()).toBe(200);
  await remove.click();
  await expect(owner.page).toHaveURL(/\/maps$/);
  await expect(owner.page.getByTestId('toast')).toHaveText(new RegExp(`Map “${renamed}” deleted.`));
  await expect(owner.page.getByRole('link', { name: renamed })).toHaveCount(0);
  expect((await owner.context.request.get(`/api/v1/maps/${mapId}`)).status()).toBe(404);
  await owner.context.close();
});

test('“Copy link” puts the map’s address on the clipboard and says so', async ({ browser, baseURL }) => {
  const owner = await signedIn(browser, 'Kopieerder', 'en-GB', ['clipboard-read', 'clipboard-write']);
  const mapId = await createMap(owner.context, `Link ${unique()}`);
  await owner.page.goto(`/maps/${mapId}`);
  // something else on the clipboard first: the copy has to replace it
  await owner.page.evaluate(() => navigator.clipboard.writeText('iets anders'));
  const dialog = await openShare(owner.page);
  const url = new URL(`/maps/${mapId}`, baseURL).toString();
  await expect(dialog.getByTestId('map-link')).toHaveValue(url);
  await dialog.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(dialog.getByTestId('share-status')).toHaveText('Link copied.');
  expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await owner.context.close();
});

test('a member leaves a map through the Share dialog: gone from My maps, no access any more, and gone from the owner’s list', async ({ browser }) => {
  const owner = await signedIn(browser, 'Olaf');
  const member = await signedIn(browser, 'Lotte');
  const title = `Verlaten ${unique()}`;
  const mapId = await createMap(owner.context, title);
  await inviteAndAccept(owner.context, member.context, mapId, member.user.email, 'EDITOR');

  await member.page.goto('/maps');
  await card(member.page, title).getByRole('button', { name: 'Share' }).click();
  const dialog = member.page.getByRole('dialog');
  await expect(dialog.getByText('Your role: Editor.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Leave map' }).click();
  await expect(dialog.getByText('Do you really want to leave this map?')).toBeVisible();
  expect(await seriousViolations(member.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Yes, leave' }).click();
  await expect(member.page).toHaveURL(/\/maps$/);
  await expect(member.page.getByTestId('toast')).toContainText(`You left “${title}”.`);
  await expect(member.page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  expect((await member.page.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await expect(member.page.getByRole('heading', { name: 'No access to this map' })).toBeVisible();

  await owner.page.goto(`/maps/${mapId}`);
  const members = (await openShare(owner.page)).getByTestId('members');
  await expect(members.getByRole('listitem')).toHaveCount(1);
  await expect(members).toContainText('Olaf');
  await expect(members).not.toContainText('Lotte');
  for (const c of [owner, member]) await c.context.close();
});

test('duplicating a map from My maps: the copy is listed under its name, opens and holds the nodes; the original is unchanged', async ({ browser }) => {
  const owner = await signedIn(browser, 'Dina');
  const title = `Origineel ${unique()}`;
  const mapId = await createMap(owner.context, title);
  await seedMap(owner.context, mapId);
  const before = await graph(owner.context, mapId);
  const titles = before.nodes.map((n) => n.title).sort();

  await owner.page.goto('/maps');
  await card(owner.page, title).getByRole('button', { name: 'Manage' }).click();
  const dialog = owner.page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Duplicate', exact: true }).click();
  const copyTitle = `${title} (copy)`;
  await expect(dialog.getByTestId('share-status')).toHaveText(`Copy “${copyTitle}” made.`);
  await expect(dialog.getByTestId('open-copy')).toHaveText(`Open: ${copyTitle}`);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(owner.page.getByRole('dialog')).toHaveCount(0);

  // My maps lists both; the copy opens, with the original's nodes on its canvas
  await expect(card(owner.page, title)).toHaveCount(1);
  await card(owner.page, copyTitle).getByRole('link', { name: copyTitle, exact: true }).click();
  await expect(owner.page.getByTestId('editor')).toBeVisible();
  const copyId = new URL(owner.page.url()).pathname.split('/').pop()!;
  expect(copyId).not.toBe(mapId);
  await expect(owner.page.getByRole('heading', { name: copyTitle })).toBeVisible();
  await waitForCanvas(owner.page);
  const cards = owner.page.locator('.react-flow__node .argnode-title');
  await expect(cards).toHaveCount(titles.length);
  // a card wraps its title over lines: compared word for word
  expect((await cards.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).sort()).toEqual(titles);
  expect((await graph(owner.context, copyId)).nodes.map((n) => n.title).sort()).toEqual(titles);

  const after = await graph(owner.context, mapId);
  expect(after.revision).toBe(before.revision);
  expect(after.nodes.map((n) => n.title).sort()).toEqual(titles);
  expect((await (await owner.context.request.get(`/api/v1/maps/${mapId}`)).json()).title).toBe(title);
  await owner.context.close();
});

test('a class template gives two students their own copies, the same one when they come back', async ({ browser }) => {
  const teacher = await signedIn(browser, 'Juf Ans');
  const title = `Klasopdracht ${unique()}`;
  const mapId = await createMap(teacher.context, title);
  await seedMap(teacher.context, mapId);
  await teacher.page.goto(`/maps/${mapId}`);
  const dialog = await openShare(teacher.page);
  await dialog.getByRole('button', { name: 'Make a template link' }).click();
  await expect(dialog.getByTestId('share-status')).toHaveText('Template link made. Share it with your class.');
  const link = await dialog.getByTestId('template-link').inputValue();
  expect(link).toMatch(/\/templates\/[A-Za-z0-9_-]{32}$/);

  const copies: string[] = [];
  for (const name of ['Lien', 'Mo']) {
    const student = await signedIn(browser, name);
    await student.page.goto(link);
    await expect(student.page.getByRole('heading', { name: `Template: ${title}` })).toBeVisible();
    await expect(student.page.getByText('Juf Ans can read your copy.')).toBeVisible();
    expect(await seriousViolations(student.page)).toEqual([]);
    await student.page.getByRole('button', { name: 'Make my copy' }).click();
    await expect(student.page.getByTestId('editor')).toBeVisible();
    await expect(student.page.getByTestId('toast')).toHaveText(new RegExp(`Your copy of “${title}” has been made.`));
    await expect(student.page.getByRole('toolbar')).toBeVisible();
    const copyId = new URL(student.page.url()).pathname.split('/').pop()!;
    expect(copyId).not.toBe(mapId);
    const g = await (await student.context.request.get(`/api/v1/maps/${copyId}/graph`)).json();
    expect(g.nodes.map((n: { title: string }) => n.title).sort()).toEqual(['Betere inburgering', 'Contact vermindert vooroordelen', 'De studies meten iets anders', 'Hoe vergroten we het draagvlak?', 'Meer ontmoeting', 'Meta-analyse van 500 studies', 'Oppervlakkig contact werkt niet']);
    // opening the link again: the same copy
    await student.page.goto(link);
    await expect(student.page.getByText('You already have a copy of this template.')).toBeVisible();
    await expect(student.page.getByTestId('open-my-copy')).toHaveAttribute('href', `/maps/${copyId}`);
    copies.push(copyId);
    await student.context.close();
  }
  expect(new Set(copies).size).toBe(2);
  await teacher.page.reload();
  const again = await openShare(teacher.page);
  await expect(again.getByTestId('templates')).toContainText('2 copies made');
  await expect(again.getByRole('link', { name: 'open the copy of Mo' })).toHaveAttribute('href', `/maps/${copies[1]}`);
  await teacher.context.close();
});

test('the dialogs and pages in Dutch: every label Dutch, axe-core clean', async ({ browser }) => {
  const owner = await signedIn(browser, 'Eigenaar', 'nl-BE');
  const title = `Nederlands ${unique()}`;
  const mapId = await createMap(owner.context, title);
  await owner.page.goto('/maps');
  await card(owner.page, title).getByRole('button', { name: 'Delen' }).click();
  const dialog = owner.page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `„${title}” delen` })).toBeVisible();
  await expect(dialog.getByTestId('members')).toBeVisible();
  for (const text of ['Zichtbaarheid', 'Leden', 'Iemand uitnodigen', 'Klas: een kopie voor elke leerling', 'Link kopiëren']) await expect(dialog.getByText(text, { exact: true }).first()).toBeVisible();
  await dialog.getByRole('radio', { name: /^Openbaar/ }).check();
  await expect(dialog.getByTestId('publish-warning')).toContainText('De eerdere geschiedenis');
  expect(await seriousViolations(owner.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await dialog.getByRole('button', { name: 'Beheren' }).click();
  await expect(dialog.getByRole('heading', { name: `„${title}” beheren` })).toBeVisible();
  await expect(dialog.getByText('Kaart verwijderen')).toBeVisible();
  expect(await seriousViolations(owner.page)).toEqual([]);

  const other = await signedIn(browser, 'Vreemde', 'nl-BE');
  expect((await other.page.goto(`/maps/${mapId}`))?.status()).toBe(404);
  await expect(other.page.getByRole('heading', { name: 'Geen toegang tot deze kaart' })).toBeVisible();
  await expect(other.page.getByRole('button', { name: 'Toegang vragen' })).toBeVisible();
  expect(await seriousViolations(other.page)).toEqual([]);
  const anon = await browser.newContext({ locale: 'nl-BE' });
  const anonPage = await anon.newPage();
  await anonPage.goto(`/maps/${mapId}`);
  await expect(anonPage.getByRole('link', { name: 'Aanmelden om verder te gaan' })).toBeVisible();
  expect(await seriousViolations(anonPage)).toEqual([]);
  for (const c of [owner.context, other.context, anon] as BrowserContext[]) await c.close();
});
