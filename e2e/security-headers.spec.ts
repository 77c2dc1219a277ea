// The Content-Security-Policy the app really runs under: the editor (React Flow, the
// elkjs layout in its web worker) and the sources page load with no violation, and
// no other site may frame the app.
import { expect, test, type Page } from '@playwright/test';
import { createMap, createUser, openEditor, seedMap, signIn, waitForCanvas } from './editor-helpers';

test.use({ locale: 'en-GB' });

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';

/** Collects CSP violations: the page's securitypolicyviolation events and the console's reports (workers included). */
async function watchCsp(page: Page) {
  const reported: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) reported.push(m.text());
  });
  page.on('worker', (worker) => worker.on('console', (m) => /Content Security Policy/i.test(m.text()) && reported.push(`worker: ${m.text()}`)));
  return async () => [...reported, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test('the demo map and its sources page run under the CSP without a violation', async ({ page }) => {
  const violations = await watchCsp(page);
  const res = await page.goto(`/maps/${DEMO_MAP_ID}`);
  expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
  await expect(page.getByTestId('editor')).toBeVisible();
  await waitForCanvas(page);
  // the demo opens on its main question; the whole map draws every card under the CSP
  await page.getByTestId('whole-map').click();
  await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(10);
  await expect(page.locator('.react-flow__edge').first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto(`/maps/${DEMO_MAP_ID}/sources`);
  await expect(page.getByTestId('bibliography-entries')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the editor lays a map out in its web worker under the CSP', async ({ page, context, request }) => {
  const user = await createUser(request, 'CSP');
  await signIn(context, user.email);
  const mapId = await createMap(context);
  await seedMap(context, mapId);
  const violations = await watchCsp(page);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect(page.getByRole('toolbar')).toHaveAttribute('data-layout-ms', /\d/);
  await expect(page.getByText(/Layout failed/)).toHaveCount(0);
  expect(await violations()).toEqual([]);
});

test('another site cannot frame the app', async ({ page, baseURL }) => {
  await page.setContent(`<iframe title="framed" src="${baseURL}/maps/${DEMO_MAP_ID}" style="width:800px;height:600px"></iframe>`);
  const frame = page.frameLocator('iframe[title="framed"]');
  // the browser refuses to render it: the editor never appears inside the frame
  await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '').toMatch(/^chrome-error:/);
  await expect(frame.getByTestId('editor')).toHaveCount(0);
});
