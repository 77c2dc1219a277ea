import { chromium } from '@playwright/test';
import { generateMap } from './generate';
const base = 'http://127.0.0.1:3300';
const size = Number(process.argv[2] ?? 500);
const mode = process.argv[3] ?? 'pan';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  // sign in
  const email = `prof-${Date.now()}@example.org`;
  await context.request.post(base + '/api/v1/users', { data: { email, password: 'benchmark password', name: 'P' } });
  const { csrfToken } = await (await context.request.get(base + '/api/auth/csrf')).json();
  await context.request.post(base + '/api/auth/callback/credentials', { form: { csrfToken, email, password: 'benchmark password', json: 'true' } });
  const map = await (await context.request.post(base + '/api/v1/maps', { data: { title: 'Profile' } })).json();
  const mapId = map.id;
  for (const operations of generateMap(size).batches) await context.request.post(`${base}/api/v1/maps/${mapId}/operations`, { data: { operations } });
  const page = await context.newPage();
  await page.goto(base + '/maps/' + mapId);
  await page.waitForTimeout(3000);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  if (mode === 'afterdrag') {
    const n0 = (await page.locator('.react-flow__node').nth(3).boundingBox())!;
    await page.mouse.move(n0.x + n0.width / 2, n0.y + 3); await page.mouse.down();
    for (let i = 0; i < 30; i++) { await page.mouse.move(n0.x + n0.width / 2 + i * 3, n0.y + 3 + i); await page.waitForTimeout(16); }
    await page.mouse.up();
    await page.waitForTimeout(1000);
  }
  const count = await page.locator('.react-flow__node').count();
  console.log('rendered at fit', count);
  const nb = (await page.locator('.react-flow__node').nth(Math.floor(count / 2)).boundingBox())!;
  await page.mouse.move(nb.x + nb.width / 2, nb.y + nb.height / 2);
  const zoomOf = () => page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.e-]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? 1));
  if (mode !== 'fit') for (let i = 0; i < 80 && (await zoomOf()) < 0.95; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(30); }
  console.log('zoom', await zoomOf());
  await page.waitForTimeout(500);
  console.log('nodes rendered', await page.locator('.react-flow__node').count(), 'edges', await page.locator('.react-flow__edge').count());
  const fps = async (label: string) => {
    await page.evaluate(() => { (window as any).__f = []; (window as any).__r = true; const l = (t: number) => { (window as any).__f.push(t); if ((window as any).__r) requestAnimationFrame(l); }; requestAnimationFrame(l); });
    const x0 = pane.x + pane.width * 0.3, y0 = pane.y + pane.height * 0.55;
    await page.mouse.move(x0, y0); await page.mouse.down();
    for (let i = 0; i < 60; i++) { await page.mouse.move(x0 + (i % 30) * 6, y0 - (i % 30) * 3); await page.waitForTimeout(16); }
    await page.mouse.up();
    const f: number[] = await page.evaluate(() => { (window as any).__r = false; return (window as any).__f; });
    console.log(label, ((f.length - 1) / (f.at(-1)! - f[0]) * 1000).toFixed(1), 'fps');
  };
  await fps('as is');
  const dragFps = async (label: string) => {
    const nb2 = (await page.locator('.react-flow__node').first().boundingBox())!;
    const x0 = nb2.x + nb2.width / 2, y0 = nb2.y + 8;
    await page.mouse.move(x0, y0); await page.mouse.down();
    await page.evaluate(() => { (window as any).__f = []; (window as any).__r = true; const l = (t: number) => { (window as any).__f.push(t); if ((window as any).__r) requestAnimationFrame(l); }; requestAnimationFrame(l); });
    for (let i = 1; i <= 60; i++) { const t = i / 60; const f = t < 0.5 ? t * 2 : 2 - t * 2; await page.mouse.move(x0 + 160 * f, y0 + 90 * f); await page.waitForTimeout(16); }
    const f: number[] = await page.evaluate(() => { (window as any).__r = false; return (window as any).__f; });
    await page.mouse.up();
    console.log(label, ((f.length - 1) / (f.at(-1)! - f[0]) * 1000).toFixed(1), 'fps');
  };
  await dragFps('drag as is');
  if (process.argv[4] === 'nodash') { await page.addStyleTag({ content: '.rel-path{stroke-dasharray:none!important}' }); await fps('no dashes'); await dragFps('drag no dashes'); }
  if (process.argv[4] === 'wc') { await page.addStyleTag({ content: '.react-flow__viewport{will-change:transform}' }); await fps('will-change'); await dragFps('drag will-change'); }
  {
    const pt = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      for (let fy = 0.5; fy < 0.95; fy += 0.04) for (let fx = 0.3; fx < 0.9; fx += 0.03) for (const sx of [fx, 1 - fx]) {
        const x = pane.left + pane.width * sx; const y = pane.top + pane.height * fy;
        const el = document.elementFromPoint(x, y); if (el?.classList.contains('react-flow__pane')) return { x, y };
      }
      return null;
    });
    console.log('empty point', pt);
    await page.mouse.move(pt!.x, pt!.y); await page.mouse.down();
    await page.evaluate(() => { (window as any).__f = []; (window as any).__r = true; const l = (t: number) => { (window as any).__f.push(t); if ((window as any).__r) requestAnimationFrame(l); }; requestAnimationFrame(l); });
    for (let i = 1; i <= 90; i++) { const t = i / 90; const f = t < 0.5 ? t * 2 : 2 - t * 2; await page.mouse.move(pt!.x + 300 * f, pt!.y + 120 * f); await page.waitForTimeout(16); }
    const f: number[] = await page.evaluate(() => { (window as any).__r = false; return (window as any).__f; });
    await page.mouse.up();
    console.log('bench-style gesture', ((f.length - 1) / (f.at(-1)! - f[0]) * 1000).toFixed(1), 'fps');
  }
  await page.addStyleTag({ content: '.react-flow__background{display:none}' });
  await fps('no background');
  await page.addStyleTag({ content: '.react-flow__minimap{display:none}' });
  await fps('no background, no minimap');
  await page.addStyleTag({ content: '.argnode{box-shadow:none!important}' });
  await fps('no shadows');
  await page.addStyleTag({ content: '.edge-label{display:none!important}' });
  await fps('no edge labels');
  await page.addStyleTag({ content: '.react-flow__edges{display:none!important}' });
  await fps('no edges');
  await page.addStyleTag({ content: '.argnode > *{display:none!important}' });
  await fps('empty nodes');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const x = pane.x + pane.width * 0.3, y = pane.y + pane.height * 0.55;
  await page.mouse.move(x, y); await page.mouse.down();
  for (let i = 0; i < 60; i++) { await page.mouse.move(x + i * 4, y - i * 2); await page.waitForTimeout(16); }
  await page.mouse.up();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const dt = profile.timeDeltas ?? []; let total = 0;
  (profile.samples ?? []).forEach((id: number, i: number) => { const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); total += dt[i] ?? 0; });
  console.log('total ms', total / 1000);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
  await browser.close();
})();
