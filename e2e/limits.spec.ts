// No silent cut (issue 13): a text pasted past a field's limit stays whole in the field;
// the field counts near its limit and, past it, says which field, the limit and the length
// now, in the user's language; submitting sends nothing until it is shortened. The pastes
// are real ones (the clipboard and Ctrl+V), which a maxLength would have cut.
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { createMap, createUser, seedMap, signIn, unique } from './editor-helpers';

test.use({ locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 30_000 });

/** A text of exactly n characters, made of words. */
const textOf = (n: number) => 'Een lange tekst die iemand uit een verslag plakt. '.repeat(Math.ceil(n / 50) + 1).slice(0, n);

/** Pastes through the clipboard into a field, as a user does. */
async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

/** Every request of `method` whose path ends with `suffix`, from now on. */
function watch(page: Page, method: string, suffix: RegExp) {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.method() === method && suffix.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

/** Deletes the last character: the field is then exactly at its limit. */
async function shortenByOne(field: Locator) {
  await field.focus();
  await field.press('ControlOrMeta+End');
  await field.press('Backspace');
}

test('the new-map form: a pasted over-long description is kept, refused with why, and nothing is created until it fits', async ({ page, context, request }) => {
  const owner = await createUser(request, 'Plakker');
  await signIn(context, owner.email);
  await page.goto('/maps');
  const form = page.getByRole('form', { name: 'New map' });
  const title = `Lange beschrijving ${unique()}`;
  const long = textOf(5001);
  await form.getByLabel('Title').fill(title);
  const description = form.getByLabel('Description');
  await paste(page, description, long);
  await expect(description).toHaveValue(long);
  await expect(form.getByTestId('limit-counter')).toHaveText('5001 of 5000 characters');
  await expect(form.getByTestId('limit-error')).toHaveText('Description: at most 5000 characters, now 5001. Shorten it; nothing has been sent yet.');
  await expect(description).toHaveAttribute('aria-invalid', 'true');

  const posts = watch(page, 'POST', /\/api\/v1\/maps$/);
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(description).toBeFocused();
  await expect(form.getByTestId('limit-error')).toBeVisible();
  await expect(description).toHaveValue(long);
  expect(posts).toEqual([]);
  const mine = await (await context.request.get('/api/v1/maps')).json();
  expect(JSON.stringify(mine)).not.toContain(title);

  // one character less: at the limit, the message goes and the map is made, with every character
  await shortenByOne(description);
  await expect(form.getByTestId('limit-error')).toHaveCount(0);
  await expect(form.getByTestId('limit-counter')).toHaveText('5000 of 5000 characters');
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByTestId('toast')).toContainText(`Map “${title}” created.`);
  expect(posts).toHaveLength(1);
  const link = page.getByTestId('my-maps').getByRole('link', { name: title, exact: true });
  const mapId = (await link.getAttribute('href'))!.split('/').pop()!;
  expect((await (await context.request.get(`/api/v1/maps/${mapId}`)).json()).description).toBe(long.slice(0, 5000));
});

test('the Manage dialog in Dutch: a pasted over-long title and description are refused in Dutch, and the map is not changed', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE', permissions: ['clipboard-read', 'clipboard-write'] });
  const owner = await createUser(context.request, 'Beheerder');
  await signIn(context, owner.email);
  const title = `Beheren ${unique()}`;
  const mapId = await createMap(context, title);
  const page = await context.newPage();
  await page.goto('/maps');
  await page.getByTestId('my-maps').getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Beheren' }).click();
  const dialog = page.getByRole('dialog');
  const titleField = dialog.getByLabel('Titel', { exact: true });
  const description = dialog.getByLabel('Beschrijving');
  await expect(titleField).toHaveValue(title);

  const longTitle = textOf(201);
  await titleField.fill('');
  await paste(page, titleField, longTitle);
  await paste(page, description, textOf(5003));
  await expect(titleField).toHaveValue(longTitle);
  await expect(description).toHaveValue(textOf(5003));
  await expect(dialog.getByTestId('limit-error')).toHaveText([
    'Titel: hoogstens 200 tekens, nu 201. Maak de tekst korter; er is nog niets verstuurd.',
    'Beschrijving: hoogstens 5000 tekens, nu 5003. Maak de tekst korter; er is nog niets verstuurd.',
  ]);
  await expect(dialog.getByTestId('limit-counter')).toHaveText(['201 van 200 tekens', '5003 van 5000 tekens']);

  const patches = watch(page, 'PATCH', new RegExp(`/api/v1/maps/${mapId}$`));
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(titleField).toBeFocused();
  await expect(dialog.getByTestId('share-status')).toHaveText('');
  expect(patches).toEqual([]);
  const map = await (await context.request.get(`/api/v1/maps/${mapId}`)).json();
  expect([map.title, map.description]).toEqual([title, '']);
  await context.close();
});

test('a debate proposal: a pasted over-long text is refused with why and not proposed; shortened, it is', async ({ browser }) => {
  const ownerCtx = await browser.newContext({ locale: 'en-GB' });
  const guestCtx = await browser.newContext({ locale: 'en-GB', permissions: ['clipboard-read', 'clipboard-write'] });
  const owner = await createUser(ownerCtx.request, 'Moderator');
  await signIn(ownerCtx, owner.email);
  const mapId = await createMap(ownerCtx);
  await seedMap(ownerCtx, mapId);
  const started = await ownerCtx.request.post(`/api/v1/maps/${mapId}/sessions`, { data: { title: 'Limietdebat', mode: 'moderated' } });
  expect(started.status()).toBe(201);
  const session = (await started.json()) as { id: string; code: string };
  const joined = await guestCtx.request.post('/api/v1/sessions/join', { data: { code: session.code, name: 'Gast' } });
  expect(joined.status()).toBe(201);

  const page = await guestCtx.newPage();
  await page.goto(`/sessions/${session.id}`);
  const form = page.getByTestId('propose-form');
  await form.getByLabel('Kind of proposal').selectOption('rebuttal');
  await form.getByLabel('On', { exact: true }).selectOption({ label: 'Meer ontmoeting' });
  const text = form.getByLabel('Text');
  const long = textOf(301);
  await paste(page, text, long);
  await expect(text).toHaveValue(long);
  await expect(form.getByTestId('limit-counter')).toHaveText('301 of 300 characters');
  await expect(form.getByTestId('limit-error')).toHaveText('Text: at most 300 characters, now 301. Shorten it; nothing has been sent yet.');

  const posts = watch(page, 'POST', /\/proposals$/);
  await form.getByRole('button', { name: 'Propose' }).click();
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(long);
  expect(posts).toEqual([]);
  const queue = async () => ((await (await ownerCtx.request.get(`/api/v1/sessions/${session.id}/proposals`)).json()) as { proposals: unknown[] }).proposals;
  expect(await queue()).toEqual([]);
  await expect(page.getByTestId('my-proposals').getByRole('listitem')).toHaveCount(0);

  await shortenByOne(text);
  await expect(form.getByTestId('limit-error')).toHaveCount(0);
  await form.getByRole('button', { name: 'Propose' }).click();
  await expect(page.getByTestId('my-proposals').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('my-proposals')).toContainText(long.slice(0, 300).trim());
  expect(posts).toHaveLength(1);
  expect(await queue()).toHaveLength(1);
  for (const c of [ownerCtx, guestCtx]) await c.close();
});
