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

test('after signing in, a callback URL that leads off the site ends on the maps page', async ({ page, request, baseURL }) => {
  const email = `redirect-${unique()}@example.org`;
  const password = 'redirect test password';
  expect((await request.post('/api/v1/users', { data: { email, password, name: 'Omweg' } })).status()).toBe(201);
  for (const callbackUrl of ['/%5Cevil.example', '/%09/evil.example']) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: /Sign in|Aanmelden/ }).click();
    await expect(page).toHaveURL(/\/maps$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test('after ten wrong passwords the sign-in form says to wait, in the chosen language', async ({ page, request }) => {
  const email = `throttle-${unique()}@example.org`;
  const password = 'throttle test password';
  expect((await request.post('/api/v1/users', { data: { email, password, name: 'Geduld' } })).status()).toBe(201);
  await page.goto('/signin');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByLabel('E-mail address').fill(email);
  const signInOnce = async () => {
    const answer = page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    return (await answer).status();
  };
  for (let i = 0; i < 10; i++) {
    await page.getByLabel('Password').fill(`wrong password ${i}`);
    expect(await signInOnce()).toBe(401);
  }
  await page.getByLabel('Password').fill(password);
  expect(await signInOnce()).toBe(429);
  await expect(page.locator('p[role="alert"]')).toHaveText('Too many failed sign-in attempts. Try again in 15 minutes.');
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole('button', { name: 'NL', exact: true }).click();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).last().click();
  await expect(page.locator('p[role="alert"]')).toHaveText('Te veel mislukte pogingen om aan te melden. Probeer het over 15 minuten opnieuw.');
});

test('sign-up explains why a common password is refused', async ({ page }) => {
  await page.goto('/signup');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await page.getByLabel('Name').fill('Gewoon');
  await page.getByLabel('E-mail address').fill(`common-${unique()}@example.org`);
  await page.getByLabel('Password').fill('iloveyou');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('p[role="alert"]')).toHaveText('This password is on a list of the most common passwords, which attackers try first. Choose another.');
  await expect(page).toHaveURL(/\/signup$/);
});
