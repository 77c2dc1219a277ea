import { expect, test } from '@playwright/test';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

test('sign up, sign out, sign in, create a map, see it listed, sign out', async ({ page }) => {
  const id = unique();
  const email = `student-${id}@example.org`;
  const password = 'correct horse battery';
  const title = `Draagvlak voor migratie ${id}`;

  await page.goto('/signup');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Create account' })).toBeVisible();
  await page.getByLabel('Name').fill('Lotte Student');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/maps$/);
  await expect(page.getByTestId('signed-in-as')).toContainText('Lotte Student');
  await expect(page.getByText('You have no maps yet')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/signin');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('p[role="alert"]')).toHaveText('E-mail address or password is wrong.');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/maps$/);

  const form = page.getByRole('form', { name: 'New map' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Description').fill('Waarom is er zo weinig draagvlak?');
  await form.getByRole('button', { name: 'Create' }).click();
  const mine = page.getByTestId('my-maps');
  await expect(mine.getByRole('link', { name: title })).toBeVisible();
  await expect(mine.getByText('Owner')).toBeVisible();

  // the list survives a reload: it came from the database, not from the page's memory
  await page.reload();
  await expect(page.getByTestId('my-maps').getByRole('link', { name: title })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/maps');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test('the pages follow the browser language, and the NL/EN switch overrides it', async ({ browser }) => {
  const dutch = await browser.newContext({ locale: 'nl-BE' });
  const page = await dutch.newPage();
  await page.goto('/signin');
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  await expect(page.getByLabel('Wachtwoord')).toBeVisible();
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await dutch.close();

  const english = await browser.newContext({ locale: 'en-GB' });
  const other = await english.newPage();
  await other.goto('/signup');
  await expect(other.getByRole('heading', { name: 'Create account' })).toBeVisible();
  await other.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Account maken' })).toBeVisible();
  await expect(other.locator('html')).toHaveAttribute('lang', 'nl');
  await english.close();
});

test('sign-up refuses a short password and a taken e-mail with a readable message', async ({ page, request }) => {
  const email = `taken-${unique()}@example.org`;
  const created = await request.post('/api/v1/users', { data: { email, password: 'long enough pw', name: 'Eerste' } });
  expect(created.status()).toBe(201);
  await page.goto('/signup');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByLabel('Name').fill('Tweede');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('p[role="alert"]')).toContainText('At least 8 characters');
  await page.getByLabel('Password').fill('long enough pw');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('p[role="alert"]')).toContainText('exists already');
  await expect(page).toHaveURL(/\/signup$/);
});

test('a user makes an API token, uses it once, and revokes it', async ({ page, request }) => {
  const email = `tokens-${unique()}@example.org`;
  const password = 'token test password';
  expect((await request.post('/api/v1/users', { data: { email, password, name: 'Scripter' } })).status()).toBe(201);
  await page.goto('/signin');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/maps$/);
  await page.getByTestId('signed-in-as').click();
  await expect(page.getByRole('heading', { name: 'API tokens' })).toBeVisible();
  await page.getByLabel('Token name').fill('laptop script');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('new-token').textContent())!.trim();
  expect(secret).toMatch(/^pleit_/);

  const me = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(email);

  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await page.getByRole('button', { name: 'Revoke laptop script' }).click();
  await expect(page.getByText('You have no active tokens.')).toBeVisible();
  const after = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${secret}` } });
  expect(after.status()).toBe(401);
});
