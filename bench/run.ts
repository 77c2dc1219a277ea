// The editor benchmark: generates maps of 500, 2,000 and 5,000 nodes through the API,
// opens each in headless Chromium against a production build, in the editor and on a
// bare React Flow page with the same nodes, and measures first full render, time to
// interactive, frames per second while panning and while dragging one node, and the
// elkjs layout. Writes docs/benchmarks.md and bench/results/latest.json.
//
//   npx next build && npx tsx bench/run.ts                  # starts its own server
//   npx tsx bench/run.ts --base-url http://127.0.0.1:3300   # a running server started with PLEIT_BENCH=1
//   options: --sizes 500,2000 --runs 3
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { generateMap } from './generate';
import { writeBenchSection } from './doc';
import { root, Session, signUpAndIn, startServer } from './server';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '500,2000,5000').split(',').map(Number);
const RUNS = Number(arg('runs') ?? 3);
const VIEWPORT = { width: 1440, height: 900 };
const log = (m: string) => console.log(`[bench] ${m}`);

// ---------------------------------------------------------------- measurements in the page

/** Runs before any page script: collects long tasks for time-to-interactive. */
const INIT = () => {
  const w = window as unknown as { __bench: { longTasks: [number, number][] } };
  w.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * First full render: the first frame of a run of 10 frames in which nodes are on screen,
 * none is still waiting to be measured, and neither the node count, the edge count nor
 * the viewport changes (React Flow fits the view once it has measured the nodes).
 */
function waitForFullRender(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = '';
        let stable = 0;
        let since = 0;
        const tick = () => {
          const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
          let waiting = 0;
          for (const n of nodes) if (n.style.visibility === 'hidden') waiting++;
          const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
          const sig = `${nodes.length}|${document.querySelectorAll('.react-flow__edge').length}|${vp?.style.transform}|${waiting}`;
          const now = performance.now();
          if (nodes.length > 0 && waiting === 0 && sig === last) stable++;
          else {
            stable = 0;
            since = now;
          }
          last = sig;
          if (stable >= 10) resolve(since);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Time to interactive: the end of the last long task before a quiet second (at least the first render). */
async function timeToInteractive(page: Page, firstRender: number): Promise<number> {
  for (let i = 0; i < 120; i++) {
    const r = await page.evaluate((fr) => {
      const tasks = (window as unknown as { __bench: { longTasks: [number, number][] } }).__bench.longTasks;
      const lastEnd = tasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
      const tti = Math.max(fr, lastEnd);
      return { tti, quiet: performance.now() - tti };
    }, firstRender);
    if (r.quiet >= 1000) return r.tti;
    await page.waitForTimeout(250);
  }
  throw new Error('the page never became quiet');
}

async function startFrames(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const loop = (t: number) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function stopFrames(page: Page): Promise<{ fps: number; p95: number; worst: number }> {
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const span = frames.at(-1)! - frames[0];
  return { fps: ((frames.length - 1) / span) * 1000, p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0, worst: gaps.at(-1) ?? 0 };
}

/** Moves the mouse at about 60 Hz along a path while recording frames. */
async function gesture(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 90) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await startFrames(page);
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    // back and forth, so the map ends near where it started
    const f = t < 0.5 ? t * 2 : 2 - t * 2;
    await page.mouse.move(from.x + dx * f, from.y + dy * f);
    await page.waitForTimeout(16);
  }
  const result = await stopFrames(page);
  await page.mouse.up();
  return result;
}

/** A point on the empty canvas (not on a node, an edge label or a panel). */
async function emptyPoint(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.04) {
      for (let fx = 0.3; fx < 0.9; fx += 0.03) {
        for (const sx of [fx, 1 - fx]) {
          const x = pane.left + pane.width * sx;
          const y = pane.top + pane.height * fy;
          const el = document.elementFromPoint(x, y);
          if (el?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
    }
    return { x: pane.left + 5, y: pane.top + pane.height / 2 };
  });
}

/** The visible node closest to the canvas centre, by its centre. */
async function centralNode(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { x: number; y: number; d: number } | null = null;
    for (const n of document.querySelectorAll('.react-flow__node')) {
      const r = n.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(r.height / 2, 10);
      if (r.width < 4 || x < pane.left + 20 || x > pane.right - 240 || y < pane.top + 20 || y > pane.bottom - 160) continue;
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (!best || d < best.d) best = { x, y, d };
    }
    return best ?? { x: cx, y: cy, d: 0 };
  });
}

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.e-]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? 1));

/** Zooms in with the wheel at the centre of the canvas until about 100%. */
async function zoomToOne(page: Page) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 80 && (await zoomOf(page)) < 0.95; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(400);
  return zoomOf(page);
}

interface PageRun {
  firstRender: number;
  interactive: number;
  renderedNodes: number;
  zoom: number;
}
interface Motion {
  panFit: { fps: number; p95: number; worst: number };
  dragFit: { fps: number; p95: number; worst: number };
  zoom1: number;
  renderedAtZoom1: number;
  pan1: { fps: number; p95: number; worst: number };
  drag1: { fps: number; p95: number; worst: number };
}

async function loadOnce(context: BrowserContext, url: string): Promise<{ page: Page; run: PageRun }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const firstRender = await waitForFullRender(page);
  const interactive = await timeToInteractive(page, firstRender);
  const renderedNodes = await page.locator('.react-flow__node').count();
  return { page, run: { firstRender, interactive, renderedNodes, zoom: await zoomOf(page) } };
}

async function motion(page: Page): Promise<Motion> {
  const panFit = await gesture(page, await emptyPoint(page), 300, 120);
  await page.waitForTimeout(300);
  const dragFit = await gesture(page, await centralNode(page), 160, 90);
  await page.waitForTimeout(500);
  const zoom1 = await zoomToOne(page);
  const renderedAtZoom1 = await page.locator('.react-flow__node').count();
  const pan1 = await gesture(page, await emptyPoint(page), 300, 120);
  await page.waitForTimeout(300);
  const drag1 = await gesture(page, await centralNode(page), 160, 90);
  return { panFit, dragFit, zoom1, renderedAtZoom1, pan1, drag1 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function benchPage(browser: Browser, session: Session, url: string, opts: { layout: boolean }) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  // tsx keeps function names with a __name() helper that the page does not have
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(INIT);
  await context.addCookies([...session.cookies].map(([name, value]) => ({ name, value, url: session.baseUrl })));
  const runs: PageRun[] = [];
  let last: Page | null = null;
  for (let i = 0; i < RUNS; i++) {
    if (last) await last.close();
    // every load starts from a fitted view, as a first visit does
    await context.clearCookies({ name: 'pleit-editor-view' });
    const { page, run } = await loadOnce(context, url);
    await page.evaluate(() => localStorage.clear());
    runs.push(run);
    last = page;
  }
  const page = last!;
  const canvas = await page.locator('[data-testid="canvas"]').boundingBox();
  const moved = await motion(page);
  let layout: { elkMs: number; totalMs: number } | null = null;
  if (opts.layout) {
    const start = Date.now();
    await page.getByRole('button', { name: 'Auto layout' }).click();
    const toolbar = await page.waitForSelector('[role="toolbar"][data-layout-ms]', { timeout: 15 * 60_000 });
    const elkMs = Number(await toolbar.getAttribute('data-layout-ms'));
    await page.waitForSelector('[data-testid="save-status"][data-status="saved"]', { timeout: 15 * 60_000 });
    layout = { elkMs, totalMs: Date.now() - start };
  }
  await context.close();
  return {
    firstRender: median(runs.map((r) => r.firstRender)),
    interactive: median(runs.map((r) => r.interactive)),
    runs,
    renderedNodes: runs[0].renderedNodes,
    fitZoom: runs[0].zoom,
    canvas,
    ...moved,
    layout,
  };
}

// ---------------------------------------------------------------- the run

function machine() {
  const sh = (c: string) => {
    try {
      return execSync(c, { encoding: 'utf8' }).trim();
    } catch {
      return '(unavailable)';
    }
  };
  return { nproc: sh('nproc'), free: sh('free -h'), lscpu: sh('lscpu | head -n 20') };
}

async function main() {
  const given = arg('base-url');
  const server = given ? { baseUrl: given, stop: async () => undefined } : await startServer({ label: 'editor', env: { PLEIT_BENCH: '1' } });
  log(`server ${server.baseUrl}`);
  const results: Record<number, { counts: Record<string, number>; editor: Awaited<ReturnType<typeof benchPage>>; bare: Awaited<ReturnType<typeof benchPage>> }> = {};
  const browser = await chromium.launch({
    executablePath: process.env.PLEIT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const session = await signUpAndIn(server.baseUrl);
    for (const size of SIZES) {
      const { batches, counts } = generateMap(size);
      const map = (await session.json('/api/v1/maps', { title: `Benchmark ${size}`, visibility: 'PRIVATE' })) as { id: string };
      const t0 = Date.now();
      for (const operations of batches) await session.json(`/api/v1/maps/${map.id}/operations`, { operations });
      log(`${size}: map ${map.id} generated in ${batches.length} batches (${Date.now() - t0} ms): ${JSON.stringify(counts)}`);
      const editor = await benchPage(browser, session, `/maps/${map.id}`.replace(/^/, server.baseUrl), { layout: true });
      log(`${size}: editor ${JSON.stringify({ firstRender: editor.firstRender, interactive: editor.interactive, rendered: editor.renderedNodes, fitZoom: editor.fitZoom, panFit: editor.panFit, dragFit: editor.dragFit, zoom1: editor.zoom1, at1: editor.renderedAtZoom1, pan1: editor.pan1, drag1: editor.drag1, layout: editor.layout })}`);
      const c = editor.canvas!;
      const bare = await benchPage(browser, session, `${server.baseUrl}/bench/${map.id}?w=${Math.round(c.width)}&h=${Math.round(c.height)}`, { layout: false });
      log(`${size}: bare ${JSON.stringify({ firstRender: bare.firstRender, interactive: bare.interactive, panFit: bare.panFit.fps, pan1: bare.pan1.fps, drag1: bare.drag1.fps })}`);
      results[size] = { counts, editor, bare };
    }
    const info = { date: new Date().toISOString(), chromium: browser.version(), viewport: VIEWPORT, runs: RUNS, machine: machine() };
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'latest.json'), JSON.stringify({ info, results }, null, 2));
    writeBenchSection('Editor benchmark', report(info, results));
    log('wrote docs/benchmarks.md and bench/results/latest.json');
  } finally {
    await browser.close();
    await server.stop();
  }
}

// ---------------------------------------------------------------- the report

type Results = Record<number, { counts: Record<string, number>; editor: Awaited<ReturnType<typeof benchPage>>; bare: Awaited<ReturnType<typeof benchPage>> }>;

function report(info: { date: string; chromium: string; viewport: { width: number; height: number }; runs: number; machine: ReturnType<typeof machine> }, results: Results): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  const fps = (x: { fps: number; p95: number }) => `${x.fps.toFixed(0)} fps (p95 ${x.p95.toFixed(0)} ms)`;
  const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');
  const rows: string[] = [];
  for (const [size, r] of Object.entries(results)) {
    const { editor: e, bare: b } = r;
    rows.push(
      `| ${Number(size).toLocaleString('en')} | first full render | ${ms(e.firstRender)} | ${ms(b.firstRender)} | ${ratio(e.firstRender, b.firstRender)} |`,
      `| | time to interactive | ${ms(e.interactive)} | ${ms(b.interactive)} | ${ratio(e.interactive, b.interactive)} |`,
      `| | pan at the opening zoom, ${Math.round(e.fitZoom * 100)}% (${e.renderedNodes} / ${b.renderedNodes} nodes drawn) | ${fps(e.panFit)} | ${fps(b.panFit)} | ${ratio(e.panFit.fps, b.panFit.fps)} |`,
      `| | drag one node at the opening zoom | ${fps(e.dragFit)} | ${fps(b.dragFit)} | ${ratio(e.dragFit.fps, b.dragFit.fps)} |`,
      `| | pan at ${Math.round(e.zoom1 * 100)}% zoom (${e.renderedAtZoom1} / ${b.renderedAtZoom1} nodes drawn) | ${fps(e.pan1)} | ${fps(b.pan1)} | ${ratio(e.pan1.fps, b.pan1.fps)} |`,
      `| | drag one node at ${Math.round(e.zoom1 * 100)}% zoom | ${fps(e.drag1)} | ${fps(b.drag1)} | ${ratio(e.drag1.fps, b.drag1.fps)} |`,
      `| | elkjs layout (in the worker / click to saved) | ${e.layout ? `${ms(e.layout.elkMs)} / ${ms(e.layout.totalMs)}` : '–'} | – | |`,
    );
  }
  const counts = Object.entries(results)
    .map(([size, r]) => `- ${Number(size).toLocaleString('en')} nodes: ${r.counts.relations} relations (${r.counts.crossLinks} cross-links, ${r.counts.undercuts} undercuts), ${r.counts.citations} citations, ${r.counts.questions} questions`)
    .join('\n');
  return `# Editor benchmark

Generated by \`bench/run.ts\` on ${info.date.slice(0, 10)} (${info.date}). Chromium ${info.chromium},
headless, \`--disable-gpu\` (software rendering, as in the tests), viewport ${info.viewport.width}×${info.viewport.height};
first render and time to interactive are the median of ${info.runs} loads; motion is measured once.

## Machine

\`nproc\`: ${info.machine.nproc}

\`\`\`
${info.machine.free}
\`\`\`

\`\`\`
${info.machine.lscpu}
\`\`\`

## Maps

Generated through the operations API in batches of at most 2,000 operations: questions,
answers, then reasons and rebuttals 2–4 per parent (a fifth of them EVIDENCE with a
citation), positioned as a tidy tree, plus cross-links (8 % of the node count) and
undercuts (2 %).

${counts}

## Results

Editor: \`/maps/{id}\` (custom memoized nodes per kind, custom edges, \`onlyRenderVisibleElements\`,
selector-based zustand reads, plain boxes below 40 % zoom). Bare: \`/bench/{id}\` (React Flow's
default nodes and edges, controlled, nothing else; only with \`PLEIT_BENCH=1\`), on a canvas of the
same size. Ratio = editor ÷ bare (for times lower is better, for fps higher is better).

| nodes | measure | editor | bare React Flow | ratio |
|---|---|---|---|---|
${rows.join('\n')}

How it is measured:
- *first full render*: from navigation start to the first frame of ten in a row in which nodes are
  drawn, none is waiting to be measured, and neither the counts nor the viewport change (the first
  visit fits the map into view, down to the minimum zoom of 5 %, so big maps open partly in view);
- *time to interactive*: the end of the last long task (> 50 ms) before a quiet second, at least
  the first full render;
- *fps*: animation frames per second while the mouse moves at about 60 Hz for 1.5 s, panning on
  empty canvas or dragging the node nearest the centre; p95 is the 95th percentile frame time;
- *elkjs layout*: the time ELK took inside the web worker, and from the click until the new
  positions were saved (one batch, or several of 2,000 operations for larger maps).
`;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
