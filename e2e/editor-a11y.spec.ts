import { expect, test } from '@playwright/test';
import { createMap, createUser, nodeByTitle, openEditor, seedMap, seriousViolations, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

test('the canvas and the outline have no serious or critical accessibility violations', async ({ page, context, request }) => {
  const user = await createUser(request);
  await signIn(context, user.email);
  const mapId = await createMap(context);
  await seedMap(context, mapId);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await nodeByTitle(page, 'Meta-analyse van 500 studies').click();
  await expect(page.getByTestId('side-panel').getByLabel('Title')).toHaveValue('Meta-analyse van 500 studies');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Outline' }).click();
  await expect(page.getByRole('tree')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the read-only view has no serious or critical accessibility violations', async ({ browser, context, request }) => {
  const user = await createUser(request);
  await signIn(context, user.email);
  const mapId = await createMap(context, `Openbaar ${Date.now()}`, 'LINK');
  await seedMap(context, mapId);
  const anonymous = await browser.newContext({ locale: 'nl-BE' });
  const page = await anonymous.newPage();
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await expect(page.getByRole('link', { name: 'Meld je aan om een eigen kopie te maken' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await anonymous.close();
});
