// Shared steps for the editor's browser tests: accounts and maps are made through the
// API, the browser signs in through next-auth's credentials flow, and the canvas is
// used only after React Flow has initialised (data-ready on the canvas).
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type BrowserContext, type Locator, type Page } from '@playwright/test';

export const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
export const PASSWORD = 'editor test password';

export async function createUser(request: APIRequestContext, name = 'Student'): Promise<{ email: string; id: string }> {
  const email = `editor-${unique()}@example.org`;
  const res = await request.post('/api/v1/users', { data: { email, password: PASSWORD, name } });
  expect(res.status()).toBe(201);
  return { email, id: (await res.json()).id };
}

/** Signs the browser context in (its cookie jar is shared with context.request). */
export async function signIn(context: BrowserContext, email: string) {
  const { csrfToken } = await (await context.request.get('/api/auth/csrf')).json();
  const res = await context.request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: PASSWORD, json: 'true' } });
  expect(res.ok()).toBeTruthy();
  const me = await context.request.get('/api/v1/me');
  expect(me.status()).toBe(200);
}

/** An invitation (POST …/members invites) that the invitee, signed in in `invitee`, accepts through the API. */
export async function inviteAndAccept(owner: BrowserContext, invitee: BrowserContext, mapId: string, email: string, role: string) {
  const invited = await owner.request.post(`/api/v1/maps/${mapId}/invitations`, { data: { email, role } });
  expect(invited.status()).toBe(201);
  const accepted = await invitee.request.post(`/api/v1/invitations/${(await invited.json()).id}/accept`);
  expect(accepted.status()).toBe(200);
}

export async function createMap(context: BrowserContext, title = `Kaart ${unique()}`, visibility = 'PRIVATE'): Promise<string> {
  const res = await context.request.post('/api/v1/maps', { data: { title, visibility } });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

export async function applyOps(context: BrowserContext, mapId: string, operations: unknown[]) {
  const res = await context.request.post(`/api/v1/maps/${mapId}/operations`, { data: { operations } });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

export async function graph(context: BrowserContext, mapId: string) {
  const res = await context.request.get(`/api/v1/maps/${mapId}/graph`);
  expect(res.status()).toBe(200);
  return res.json() as Promise<{
    nodes: { id: string; kind: string; title: string; body: string; x: number; y: number; tagIds: string[]; version: number }[];
    relations: { id: string; type: string; fromId: string; toId: string }[];
    citations: { nodeId: string; quote: string }[];
    tags: { id: string; name: string }[];
    revision: number;
  }>;
}

/** Opens the editor (the specs run with locale en-GB, so in English). */
export async function openEditor(page: Page, mapId: string) {
  await page.goto(`/maps/${mapId}`);
  await expect(page.getByTestId('editor')).toBeVisible();
}

export async function waitForCanvas(page: Page) {
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-ready', 'true');
}

export const nodeByTitle = (page: Page, title: string): Locator => page.locator('.react-flow__node').filter({ has: page.locator('.argnode-title', { hasText: title }) });

/** Drags from a node's connection handle onto another node's body (or any locator). */
export async function dragConnection(page: Page, from: Locator, to: Locator) {
  const handle = from.locator('.react-flow__handle[data-handleid="out"]');
  const a = (await handle.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

export async function dragBy(page: Page, target: Locator, dx: number, dy: number) {
  const box = (await target.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
}

/** A small map through the API: a question, two answers, a reason with its evidence, a rebuttal and an undercut. */
export async function seedMap(context: BrowserContext, mapId: string) {
  const id = () => crypto.randomUUID();
  const ids = { q: id(), a1: id(), a2: id(), reason: id(), evidence: id(), source: id(), rebuttal: id(), undercut: id(), rA1: id(), rA2: id(), rReason: id(), rEvidence: id(), rRebuttal: id(), rUndercut: id() };
  await applyOps(context, mapId, [
    { op: 'create', entity: 'node', id: ids.q, data: { kind: 'QUESTION', title: 'Hoe vergroten we het draagvlak?', x: 300, y: 0 } },
    { op: 'create', entity: 'node', id: ids.a1, data: { kind: 'CLAIM', title: 'Meer ontmoeting', x: 0, y: 200 } },
    { op: 'create', entity: 'node', id: ids.a2, data: { kind: 'PROPOSAL', title: 'Betere inburgering', x: 600, y: 200 } },
    { op: 'create', entity: 'node', id: ids.reason, data: { kind: 'CLAIM', title: 'Contact vermindert vooroordelen', x: 0, y: 400 } },
    { op: 'create', entity: 'source', id: ids.source, data: { type: 'REPORT', title: 'Contact en vooroordelen' } },
    { op: 'create', entity: 'node', id: ids.evidence, data: { kind: 'EVIDENCE', title: 'Meta-analyse van 500 studies', x: 0, y: 600 } },
    { op: 'create', entity: 'citation', id: id(), data: { nodeId: ids.evidence, sourceId: ids.source, quote: 'Contact tussen groepen vermindert vooroordelen.' } },
    { op: 'create', entity: 'node', id: ids.rebuttal, data: { kind: 'CLAIM', title: 'Oppervlakkig contact werkt niet', x: 300, y: 400 } },
    { op: 'create', entity: 'node', id: ids.undercut, data: { kind: 'CLAIM', title: 'De studies meten iets anders', x: 300, y: 600 } },
    { op: 'create', entity: 'relation', id: ids.rA1, data: { type: 'ANSWERS', fromId: ids.a1, toId: ids.q } },
    { op: 'create', entity: 'relation', id: ids.rA2, data: { type: 'ANSWERS', fromId: ids.a2, toId: ids.q } },
    { op: 'create', entity: 'relation', id: ids.rReason, data: { type: 'SUPPORTS', fromId: ids.reason, toId: ids.a1 } },
    { op: 'create', entity: 'relation', id: ids.rEvidence, data: { type: 'SUPPORTS', fromId: ids.evidence, toId: ids.reason } },
    { op: 'create', entity: 'relation', id: ids.rRebuttal, data: { type: 'REBUTS', fromId: ids.rebuttal, toId: ids.a1 } },
    { op: 'create', entity: 'relation', id: ids.rUndercut, data: { type: 'UNDERCUTS', fromId: ids.undercut, toId: ids.rEvidence } },
  ]);
  return ids;
}

/** axe-core's serious and critical findings on the page, in a form a failing assertion shows readably. */
export async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Selects a phrase in the reader's text as a user's drag would. */
export async function selectInReader(page: Page, phrase: string) {
  const found = await page.getByTestId('reader-text').evaluate((root, p) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(p);
      if (i >= 0 && !(n.parentElement as HTMLElement).hidden) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + p.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        return true;
      }
    }
    return false;
  }, phrase);
  expect(found).toBe(true);
}

/**
 * A source text long enough that the reader scrolls: the given passages between
 * numbered filler paragraphs (a number in the list is that many fillers), joined with
 * Windows line ends, as a file from a Windows machine would have them.
 */
export function longSourceText(parts: (string | number)[]): string {
  const paragraphs: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') paragraphs.push(part);
    else for (let k = 0; k < part; k++) paragraphs.push(`Alinea ${paragraphs.length + 1}. Opvultekst over gemeentelijk beleid, huisvesting en taal, zodat de tekst lang genoeg is om te scrollen.`);
  }
  return paragraphs.join('\r\n\r\n');
}
