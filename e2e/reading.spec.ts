// Reading a map and judging it (#14): the demo map opens where its titles can be read (on a
// desktop and on a phone), with its themes and the whole map one click away and no edge
// label on top of another; the reading view goes down and up by mouse and by keyboard, for
// an anonymous reader; Evaluate labels every claim, "Why?" names the attacker that defeats
// it, the labels follow the map live, and a reader's what-if changes them without writing.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { applyOps, createMap, createUser, graph, nodeByTitle, openEditor, seriousViolations, signIn, waitForCanvas } from './editor-helpers';

const DEMO_MAP_ID = '5eed0000-0000-4000-8000-000000000001';
/** the zoom below which nodes draw as icon-only boxes (components/editor/nodes/ArgumentNode.tsx) */
const FAR_ZOOM = 0.4;

test.use({ locale: 'en-GB' });

interface DemoGraph {
  nodes: { id: string; kind: string; title: string }[];
  relations: { id: string; type: string; fromId: string; toId: string }[];
}

/** The main question, worked out independently: the top question with most nodes below it. */
function mainQuestion(g: DemoGraph) {
  const below = (id: string) => {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const at = stack.pop()!;
      for (const r of g.relations) {
        const hangs = r.type === 'UNDERCUTS' ? g.relations.find((x) => x.id === r.toId)?.fromId === at : r.toId === at;
        if (hangs && !seen.has(r.fromId)) {
          seen.add(r.fromId);
          stack.push(r.fromId);
        }
      }
    }
    return seen.size;
  };
  const questions = g.nodes.filter((n) => n.kind === 'QUESTION').map((n) => ({ n, size: below(n.id) }));
  questions.sort((a, b) => b.size - a.size);
  return { main: questions[0].n, questions: questions.map((q) => q.n) };
}

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => {
    const m = /scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform);
    return m ? Number(m[1]) : new DOMMatrix(getComputedStyle(el).transform).a;
  });

/** The title as drawn on screen: its font size times the zoom, and whether it lies inside the window. */
async function titleOnScreen(page: Page, title: string) {
  const node = nodeByTitle(page, title);
  await expect(node).toHaveCount(1);
  const line = node.locator('.argnode-title').first();
  const px = await line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const box = (await line.boundingBox())!;
  const vp = page.viewportSize()!;
  return { px: px * (await zoomOf(page)), inside: box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height };
}

/** Every drawn edge label's box, for the overlap check. */
async function labelBoxes(page: Page) {
  const boxes = [];
  for (const el of await page.locator('.edge-label').all()) {
    const b = await el.boundingBox();
    if (b && b.width > 0) boxes.push(b);
  }
  return boxes;
}
const overlapping = (boxes: { x: number; y: number; width: number; height: number }[]) => {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) pairs.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }
  return pairs;
};

for (const device of [
  { name: 'a desktop window (1400×900)', viewport: { width: 1400, height: 900 } },
  { name: 'a phone (390×844)', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]) {
  test(`the demo map opens on its main question with legible titles on ${device.name}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.hasTouch });
    const page = await context.newPage();
    const g = (await (await page.request.get(`/api/v1/maps/${DEMO_MAP_ID}/graph`)).json()) as DemoGraph;
    const { main, questions } = mainQuestion(g);
    await page.goto(`/maps/${DEMO_MAP_ID}`);
    if (device.isMobile) {
      // a phone opens the map as the outline (readable at that size); the diagram is in the map menu
      await expect(page.getByTestId('editor')).toHaveAttribute('data-view', 'outline');
      await page.getByTestId('editor-menu-toggle').click();
      // (choosing a view closes the menu)
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Diagram' }).click();
    }
    await waitForCanvas(page);
    // readable: far above the zoom at which nodes turn into icon boxes, titles at 11 px or more, the main question in the window
    await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.8);
    expect(await zoomOf(page)).toBeGreaterThan(FAR_ZOOM);
    await expect(page.locator('.argnode.far')).toHaveCount(0);
    const first = await titleOnScreen(page, main.title);
    expect(first.px).toBeGreaterThanOrEqual(11);
    expect(first.inside).toBe(true);
    // no edge label covers another
    expect(overlapping(await labelBoxes(page))).toEqual([]);

    // the other main questions are offered as themes; choosing one goes there, still readable
    const themes = page.getByTestId('theme-panel');
    await themes.getByText(/^Themes/).click();
    await expect(themes.getByTestId('theme')).toHaveCount(questions.length);
    const other = questions.find((q) => q.id !== main.id)!;
    await themes.getByTestId('theme').filter({ hasText: other.title }).click();
    await expect.poll(async () => (await titleOnScreen(page, other.title)).inside).toBe(true);
    expect((await titleOnScreen(page, other.title)).px).toBeGreaterThanOrEqual(11);

    // the whole map is one button away, and one key
    await themes.getByTestId('whole-map').click();
    await expect.poll(() => zoomOf(page)).toBeLessThan(FAR_ZOOM);
    await themes.getByText(/^Themes/).click();
    await themes.getByTestId('theme').filter({ hasText: main.title }).click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.8);
    await page.keyboard.press('0');
    await expect.poll(() => zoomOf(page)).toBeLessThan(FAR_ZOOM);
    await context.close();
  });
}

test('an anonymous reader walks the demo map in the reading view, by mouse and by keyboard, and on a phone by tabs', async ({ page }) => {
  const g = (await (await page.request.get(`/api/v1/maps/${DEMO_MAP_ID}/graph`)).json()) as DemoGraph;
  const { main } = mainQuestion(g);
  await page.goto(`/maps/${DEMO_MAP_ID}`);
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Reading', exact: true }).click();
  const reader = page.getByTestId('argument-reader');
  const focus = reader.getByTestId('reading-focus');
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(main.title);
  // a question: its answers below
  const answers = g.relations.filter((r) => r.type === 'ANSWERS' && r.toId === main.id);
  await expect(reader.getByTestId('reading-col-answers').getByTestId('reading-child')).toHaveCount(answers.length);

  // down by mouse: an answer with reasons for and rebuttals of it
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const answer = answers.map((r) => byId.get(r.fromId)!).find((n) => g.relations.some((r) => r.toId === n.id && r.type === 'SUPPORTS') && g.relations.some((r) => r.toId === n.id && r.type === 'REBUTS'))!;
  await reader.getByTestId('reading-child').filter({ hasText: answer.title }).getByRole('button', { name: `Open: ${answer.title}` }).click();
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(answer.title);
  const pro = g.relations.filter((r) => r.toId === answer.id && r.type === 'SUPPORTS');
  const con = g.relations.filter((r) => r.toId === answer.id && r.type === 'REBUTS');
  await expect(reader.getByTestId('reading-col-pro').getByTestId('reading-child')).toHaveCount(pro.length);
  await expect(reader.getByTestId('reading-col-con').getByTestId('reading-child')).toHaveCount(con.length);
  await expect(reader.getByRole('navigation', { name: 'Path' })).toContainText(main.title);
  // a quote one click away
  const quoted = reader.getByTestId('reading-quotes-toggle').first();
  await quoted.click();
  await expect(reader.getByTestId('reading-quotes').first().locator('blockquote').first()).not.toBeEmpty();
  // up by the path
  await reader.getByTestId('reading-crumb').filter({ hasText: main.title }).click();
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(main.title);

  // by keyboard: arrows to a card, Enter to open it, Backspace to go up
  await focus.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', /^Open: /);
  const chosen = ((await focused.getAttribute('aria-label')) ?? '').replace(/^Open: /, '');
  expect(answers.map((r) => byId.get(r.fromId)!.title)).toContain(chosen);
  await page.keyboard.press('Enter');
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(chosen);
  await expect(focus.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(main.title);
  expect(await seriousViolations(page)).toEqual([]);

  // on a phone: one column, pro and con as tabs
  await page.setViewportSize({ width: 390, height: 844 });
  await reader.getByTestId('reading-child').filter({ hasText: answer.title }).getByRole('button', { name: `Open: ${answer.title}` }).click();
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(answer.title);
  const proTab = reader.getByRole('tab', { name: `Pro (${pro.length})` });
  const conTab = reader.getByRole('tab', { name: `Con (${con.length})` });
  await expect(proTab).toHaveAttribute('aria-selected', 'true');
  await expect(reader.getByTestId('reading-col-pro')).toBeVisible();
  await expect(reader.getByTestId('reading-col-con')).toBeHidden();
  await conTab.click();
  await expect(reader.getByTestId('reading-col-con')).toBeVisible();
  await expect(reader.getByTestId('reading-col-pro')).toBeHidden();
  const rebuttal = byId.get(con[0].fromId)!;
  await reader.getByTestId('reading-col-con').getByRole('button', { name: `Open: ${rebuttal.title}` }).click();
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(rebuttal.title);
  await reader.getByTestId('reading-up').click();
  await expect(focus.getByRole('heading', { level: 2 })).toHaveText(answer.title);
});

test('Evaluate labels every claim, "Why?" names the defeating attacker, labels follow the map live, and a what-if writes nothing', async ({ page, context }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const user = await createUser(context.request, 'Evaluator');
  await signIn(context, user.email);
  const mapId = await createMap(context, `Evaluatie ${Date.now()}`);
  const [q, a, b, s, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: q, data: { kind: 'QUESTION', title: 'Helpt contact tegen vooroordelen?', x: 300, y: 0 } },
    { op: 'create', entity: 'node', id: a, data: { kind: 'CLAIM', title: 'Contact vermindert vooroordelen', x: 300, y: 220 } },
    { op: 'create', entity: 'node', id: b, data: { kind: 'CLAIM', title: 'Alleen gelijkwaardig contact helpt', x: 600, y: 440 } },
    { op: 'create', entity: 'node', id: s, data: { kind: 'PROPOSAL', title: 'Organiseer buurtprojecten', x: 0, y: 440 } },
    { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'ANSWERS', fromId: a, toId: q } },
    { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'REBUTS', fromId: b, toId: a } },
    { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'SUPPORTS', fromId: s, toId: a } },
  ]);
  await openEditor(page, mapId);
  await waitForCanvas(page);
  const badge = (title: string) => nodeByTitle(page, title).getByTestId('eval-badge');
  await expect(badge('Contact vermindert vooroordelen')).toHaveCount(0);

  await page.getByTestId('evaluate-toggle').click();
  await expect(page.getByTestId('evaluate-toggle')).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByTestId('evaluate-panel');
  await expect(panel.getByTestId('evaluate-legend')).toContainText('stands');
  await expect(panel.getByTestId('evaluate-legend')).toContainText('defeated');
  await expect(panel.getByTestId('evaluate-legend')).toContainText('undecided');
  await expect(badge('Contact vermindert vooroordelen')).toHaveAttribute('data-label', 'OUT');
  await expect(badge('Alleen gelijkwaardig contact helpt')).toHaveAttribute('data-label', 'IN');
  await expect(badge('Organiseer buurtprojecten')).toHaveAttribute('data-label', 'IN');
  // questions carry no label
  await expect(badge('Helpt contact tegen vooroordelen?')).toHaveCount(0);

  // "Why?" for the defeated claim names its attacker, as a link to it
  await nodeByTitle(page, 'Contact vermindert vooroordelen').click();
  const why = panel.getByTestId('why');
  await expect(why).toContainText('Defeated by what stands');
  await expect(why.getByTestId('why-link')).toHaveText(['Alleen gelijkwaardig contact helpt']);
  await why.getByTestId('why-link').click();
  await expect(nodeByTitle(page, 'Alleen gelijkwaardig contact helpt')).toHaveClass(/selected/);
  await expect(panel.getByTestId('why')).toContainText('Nothing rebuts it.');

  // live: someone rebuts the rebuttal; the claim stands again without a reload
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: d, data: { kind: 'CLAIM', title: 'Ook ongelijk contact helpt', x: 300, y: 440 } },
    { op: 'create', entity: 'relation', id: randomUUID(), data: { type: 'REBUTS', fromId: d, toId: b } },
  ]);
  await expect(badge('Alleen gelijkwaardig contact helpt')).toHaveAttribute('data-label', 'OUT');
  await expect(badge('Contact vermindert vooroordelen')).toHaveAttribute('data-label', 'IN');
  await nodeByTitle(page, 'Contact vermindert vooroordelen').click();
  await expect(panel.getByTestId('why')).toContainText('Every rebuttal of it is itself taken down');
  await expect(panel.getByTestId('why')).toContainText('Ook ongelijk contact helpt');

  // what-if: the reader rejects the new rebuttal; the labels change back, the map does not
  const before = await graph(context, mapId);
  const eventsBefore = await (await context.request.get(`/api/v1/maps/${mapId}/events?after=0&limit=1000`)).json();
  await nodeByTitle(page, 'Ook ongelijk contact helpt').click();
  await panel.getByTestId('what-if-reject').click();
  await expect(badge('Ook ongelijk contact helpt')).toHaveAttribute('data-label', 'OUT');
  await expect(badge('Alleen gelijkwaardig contact helpt')).toHaveAttribute('data-label', 'IN');
  await expect(badge('Contact vermindert vooroordelen')).toHaveAttribute('data-label', 'OUT');
  await expect(panel.getByTestId('why')).toContainText('You reject this (for you only).');
  // the same labels in the outline and in the reading view
  await page.getByRole('button', { name: 'Outline' }).click();
  const row = (title: string) => page.getByRole('treeitem').filter({ hasText: title }).first().getByTestId('eval-badge');
  await expect(row('Contact vermindert vooroordelen')).toHaveAttribute('data-label', 'OUT');
  await expect(row('Ook ongelijk contact helpt')).toHaveAttribute('data-label', 'OUT');
  await page.getByRole('button', { name: 'Reading', exact: true }).click();
  const reader = page.getByTestId('argument-reader');
  await expect(reader.getByTestId('reading-focus')).toContainText('Ook ongelijk contact helpt');
  await reader.getByTestId('reading-parent').filter({ hasText: 'Alleen gelijkwaardig contact helpt' }).click();
  await expect(reader.getByTestId('reading-focus').getByTestId('eval-badge')).toHaveAttribute('data-label', 'IN');
  await reader.getByTestId('reading-parent').filter({ hasText: 'Contact vermindert vooroordelen' }).click();
  await expect(reader.getByTestId('reading-focus').getByTestId('eval-badge')).toHaveAttribute('data-label', 'OUT');
  await reader.getByTestId('reading-why-focus').click();
  await expect(panel.getByTestId('why').getByTestId('why-link')).toHaveText(['Alleen gelijkwaardig contact helpt']);
  expect(await seriousViolations(page)).toEqual([]);
  // nothing was written: same revision, no new events; and the server's evaluation is the map's
  const after = await graph(context, mapId);
  expect(after.revision).toBe(before.revision);
  const eventsAfter = await (await context.request.get(`/api/v1/maps/${mapId}/events?after=0&limit=1000`)).json();
  expect(eventsAfter).toEqual(eventsBefore);
  const evaluation = await (await context.request.get(`/api/v1/maps/${mapId}/evaluation`)).json();
  expect(evaluation.nodes[a]).toBe('IN');
  expect(evaluation.nodes[d]).toBe('IN');
  // clearing the what-if brings the map's verdict back
  await panel.getByTestId('what-if-clear').click();
  await expect(reader.getByTestId('reading-focus').getByTestId('eval-badge')).toHaveAttribute('data-label', 'IN');
});
