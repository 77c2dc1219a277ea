// The seed map (prisma/seed/migration-map.ts): its shape, its coverage of the five seed
// documents, the domain rules, and, where ../shared/seeds is present, that every quote
// occurs verbatim in its document at the paragraph it names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES, SOURCE_TYPES, type NodeKind, type RelationType } from '@/lib/argument/model';
import { applyOperations, emptyState } from '@/lib/argument/operations';
import { checkMapState } from '@/lib/argument/rules';
import { desiredState, syncOperations } from '@/lib/server/seed';
import { checkQuote } from '@/lib/sourcing/check';
import { FINGERPRINT_PATTERN } from '@/lib/sourcing/fingerprint';
import { findAllQuotes, findQuote, paragraphAt } from '@/lib/sourcing/quote';
import { normalizeSourceText } from '@/lib/server/sourcing/extract';
import { textFingerprint } from '@/lib/server/sourcing/fingerprint';
import { seedMap } from '@/prisma/seed/migration-map';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS);
if (!seedsPresent) console.log(`seed-map.test: ${SEEDS} is absent; the quote checks against the seed documents are skipped.`);

/** Which seed document (by its number prefix in ../shared/seeds) each source key stands for. */
const DOCUMENT_OF_SOURCE: Record<string, string> = {
  'debruyne-2024': '000',
  'integratiepact-2018': '001',
  'migratiemaatschappij-2014': '002',
  'ay-steden': '003',
  'pro-draagvlak': '004',
};

/** The six themes: tag key → what it is about. */
const THEMES = ['wc', 'dv', 'vn', 'sb', 'ip', 'mc'];

/** Web-page leftovers found in the seed texts: subscription offers, cookie banners, links, site chrome, a reader's comment. */
const LEFTOVER_MARKERS = [
  'abonn',
  'cookie',
  'lees ook',
  'zeker lezen',
  'sampol',
  'draagtas',
  '€/jaar',
  'proefnummer',
  'nieuwsbrief',
  'reacties [',
  'jonge dame',
  'prater, denker',
  'arendt academy',
  'unsplash',
  'voorkeuren',
  'www.',
];

/**
 * The project may ship only short quotations from the seed documents, never the texts
 * themselves: every quote is at least MIN_QUOTE_WORDS words and at most MAX_QUOTE_CHARS
 * characters, and the quotes from one document together cover at most MAX_COVERAGE of it.
 */
const MIN_QUOTE_WORDS = 6;
const MAX_QUOTE_CHARS = 160;
const MAX_COVERAGE = 0.25;

const SOURCED_KINDS: NodeKind[] = ['CLAIM', 'PROPOSAL', 'EVIDENCE'];
const nodeByKey = new Map(seedMap.nodes.map((n) => [n.key, n]));
const relationByKey = new Map(seedMap.relations.map((r) => [r.key, r]));
const documentsOf = (nodeKey: string) => new Set(nodeByKey.get(nodeKey)!.citations.map((c) => c.source));
const citations = seedMap.nodes.flatMap((n) => n.citations.map((c, k) => ({ node: n.key, index: k, ...c })));

/** REBUTS whose ends cite no document in common. */
const crossDocumentRebuttals = seedMap.relations.filter((r) => {
  if (r.type !== 'REBUTS') return false;
  const to = documentsOf(r.to);
  return [...documentsOf(r.from)].every((d) => !to.has(d));
});

/** Main positions: CLAIMs and PROPOSALs that answer a QUESTION. */
const answers = [...new Set(seedMap.relations.filter((r) => r.type === 'ANSWERS').map((r) => r.from))];
/** Whether a chain of SUPPORTS (through claims and proposals) leads from some EVIDENCE to the node. */
function backedByEvidence(key: string): boolean {
  const seen = new Set<string>([key]);
  const queue = [key];
  while (queue.length) {
    const at = queue.shift()!;
    for (const r of seedMap.relations) {
      if (r.type !== 'SUPPORTS' || r.to !== at || seen.has(r.from)) continue;
      if (nodeByKey.get(r.from)!.kind === 'EVIDENCE') return true;
      seen.add(r.from);
      queue.push(r.from);
    }
  }
  return false;
}

const countBy = <T,>(xs: readonly T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((acc, x) => ((acc[key(x)] = (acc[key(x)] ?? 0) + 1), acc), {});

describe('seed map: structure', () => {
  it('has unique keys for every kind of entity', () => {
    for (const list of [seedMap.nodes, seedMap.relations, seedMap.tags, seedMap.sources]) {
      const keys = list.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('has at least 80 nodes of the four kinds, each titled with one crisp sentence', () => {
    expect(seedMap.nodes.length).toBeGreaterThanOrEqual(80);
    for (const n of seedMap.nodes) {
      expect(NODE_KINDS, n.key).toContain(n.kind);
      expect(n.title.trim().length, n.key).toBeGreaterThan(10);
      expect(n.title.length, n.key).toBeLessThanOrEqual(200);
      for (const t of n.tags) expect(seedMap.tags.map((x) => x.key), n.key).toContain(t);
    }
  });

  it('has the six theme tags, each with hex colour and a QUESTION of its own', () => {
    expect(seedMap.tags.map((t) => t.key).sort()).toEqual([...THEMES].sort());
    for (const t of seedMap.tags) {
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(seedMap.nodes.some((n) => n.kind === 'QUESTION' && n.tags.includes(t.key)), t.key).toBe(true);
    }
  });

  it('describes the five sources with full references', () => {
    expect(seedMap.sources.map((s) => s.key).sort()).toEqual(Object.keys(DOCUMENT_OF_SOURCE).sort());
    for (const s of seedMap.sources) {
      expect(SOURCE_TYPES, s.key).toContain(s.type);
      expect(s.title.length, s.key).toBeGreaterThan(5);
      expect(s.language).toBe('nl');
      expect(s.authors.length, s.key).toBeGreaterThan(0);
      for (const a of s.authors) expect(Boolean(a.literal || (a.family && a.given)), s.key).toBe(true);
      if (s.date) expect(s.date, s.key).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      if (s.url) expect(s.url, s.key).toMatch(/^https:\/\//);
    }
  });

  it('cites every CLAIM, PROPOSAL and EVIDENCE, with quotes of a sentence or part of one', () => {
    for (const n of seedMap.nodes) {
      if (SOURCED_KINDS.includes(n.kind)) expect(n.citations.length, n.key).toBeGreaterThan(0);
    }
    for (const c of citations) {
      const where = `${c.node}#${c.index}`;
      expect(Object.keys(DOCUMENT_OF_SOURCE), where).toContain(c.source);
      expect(c.quote.trim().split(/\s+/).length, where).toBeGreaterThanOrEqual(MIN_QUOTE_WORDS);
      expect(c.quote.length, where).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
      expect(Number.isInteger(c.paragraph) && c.paragraph >= 1, where).toBe(true);
      const lower = c.quote.toLowerCase();
      for (const marker of LEFTOVER_MARKERS) expect(lower, `${where} quotes web-page leftovers (${marker})`).not.toContain(marker);
    }
  });

  it('ships, for each source, the fingerprint of its text and, for each quote, its offsets in it', () => {
    for (const s of seedMap.sources) expect(s.fingerprint ?? '', s.key).toMatch(FINGERPRINT_PATTERN);
    for (const c of citations) {
      const where = `${c.node}#${c.index}`;
      expect(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start! >= 0 && c.start! < c.end!, where).toBe(true);
    }
    // the demo map carries them: its sources' fingerprints and its citations' locators
    const state = desiredState(seedMap);
    expect([...state.sources.values()].map((s) => s.fingerprint)).toEqual(seedMap.sources.map((s) => s.fingerprint));
    expect([...state.citations.values()].map((c) => c.locator)).toEqual(citations.map((c) => ({ paragraph: c.paragraph, start: c.start, end: c.end })));
  });

  it('cites all five documents', () => {
    const cited = new Set(citations.map((c) => c.source));
    for (const key of Object.keys(DOCUMENT_OF_SOURCE)) expect(cited.has(key), key).toBe(true);
  });

  it('relates only existing nodes, and undercuts only SUPPORTS and REBUTS relations', () => {
    for (const r of seedMap.relations) {
      expect(RELATION_TYPES, r.key).toContain(r.type);
      expect(nodeByKey.has(r.from), r.key).toBe(true);
      if (r.type === 'UNDERCUTS') {
        expect(['SUPPORTS', 'REBUTS'], r.key).toContain(relationByKey.get(r.to)?.type);
      } else {
        expect(nodeByKey.has(r.to), r.key).toBe(true);
      }
    }
  });

  it('lets the documents argue with each other: cross-document rebuttals and undercuts', () => {
    expect(crossDocumentRebuttals.length).toBeGreaterThanOrEqual(15);
    expect(seedMap.relations.filter((r) => r.type === 'UNDERCUTS').length).toBeGreaterThanOrEqual(2);
  });

  it('backs most main positions with a chain of SUPPORTS down to EVIDENCE', () => {
    // Not all of them: the position paper of PRO (004) gives no data for its mechanisms of
    // low support nor for several of its proposals, and a few normative positions of 001
    // and 003 rest on argument, not on figures. The map shows that rather than invent
    // evidence, so this counts: at least three in four answers, and most in every theme.
    const backed = answers.filter(backedByEvidence);
    console.log(`seed map: ${backed.length} of ${answers.length} main positions are backed by evidence; not backed: ${answers.filter((a) => !backed.includes(a)).join(', ')}`);
    expect(backed.length / answers.length).toBeGreaterThanOrEqual(0.75);
    for (const theme of THEMES) {
      const inTheme = answers.filter((a) => seedMap.relations.some((r) => r.type === 'ANSWERS' && r.from === a && nodeByKey.get(r.to)!.tags.includes(theme)));
      expect(inTheme.length, theme).toBeGreaterThan(0);
      expect(inTheme.filter(backedByEvidence).length, theme).toBeGreaterThanOrEqual(inTheme.length / 2);
    }
  });

  it('reports its counts', () => {
    const citationsPerDocument = Object.fromEntries(
      Object.entries(countBy(citations, (c) => c.source)).map(([k, v]) => [`${DOCUMENT_OF_SOURCE[k]} ${k}`, v]),
    );
    const rebuttalPairs = countBy(crossDocumentRebuttals, (r) => {
      const doc = (key: string) => [...documentsOf(key)].map((s) => DOCUMENT_OF_SOURCE[s]).join('+');
      return `${doc(r.from)}→${doc(r.to)}`;
    });
    console.log(
      [
        `seed map counts`,
        `  nodes: ${seedMap.nodes.length} ${JSON.stringify(countBy(seedMap.nodes, (n) => n.kind))}`,
        `  relations: ${seedMap.relations.length} ${JSON.stringify(countBy(seedMap.relations, (r) => r.type))}`,
        `  citations: ${citations.length} per document ${JSON.stringify(citationsPerDocument)}`,
        `  cross-document rebuttals: ${crossDocumentRebuttals.length} ${JSON.stringify(rebuttalPairs)}`,
      ].join('\n'),
    );
    expect(citations.length).toBeGreaterThan(seedMap.nodes.length / 2);
  });
});

/** The document numbers a node cites, joined ("004"; "" for a QUESTION). */
const documentNumbers = (nodeKey: string) => [...documentsOf(nodeKey)].map((k) => DOCUMENT_OF_SOURCE[k]).sort().join('+');
/** The node a relation argues for or against: its target, or for an UNDERCUTS the conclusion of the relation it undercuts. */
const conclusionOf = (r: (typeof seedMap.relations)[number]) => (r.type === 'UNDERCUTS' ? relationByKey.get(r.to)!.to : r.to);

describe('seed map: relations as the texts argue', () => {
  it('has no node that both supports and rebuts the same target, directly or through a node it supports', () => {
    // for and against, per node: what it SUPPORTS or REBUTS, and what the nodes it
    // supports support or rebut (the KU Leuven figure once supported a claim directly
    // and rebutted it through the claim it backs)
    const stance = new Map<string, Map<string, Set<'for' | 'against'>>>();
    const note = (from: string, to: string, s: 'for' | 'against') => {
      const m = stance.get(from) ?? new Map<string, Set<'for' | 'against'>>();
      stance.set(from, m);
      m.set(to, (m.get(to) ?? new Set()).add(s));
    };
    const argued = seedMap.relations.filter((r) => r.type === 'SUPPORTS' || r.type === 'REBUTS');
    for (const r of argued) {
      note(r.from, r.to, r.type === 'SUPPORTS' ? 'for' : 'against');
      if (r.type !== 'SUPPORTS') continue;
      for (const next of argued) if (next.from === r.to) note(r.from, next.to, next.type === 'SUPPORTS' ? 'for' : 'against');
    }
    const both: string[] = [];
    for (const [from, targets] of stance) for (const [to, s] of targets) if (s.size === 2) both.push(`${from} → ${to}`);
    expect(both).toEqual([]);
  });

  it('marks every relation between nodes of different documents with the documents it joins, and no other', () => {
    const problems: string[] = [];
    for (const r of seedMap.relations) {
      if (r.type === 'ANSWERS') {
        if (r.across !== undefined) problems.push(`${r.key}: an ANSWERS marked across`);
        continue;
      }
      const from = documentNumbers(r.from);
      const to = documentNumbers(conclusionOf(r));
      expect(from, r.key).not.toBe('');
      expect(to, r.key).not.toBe('');
      const expected = from === to ? undefined : `${from}→${to}`;
      if (r.across !== expected) problems.push(`${r.key}: marked ${r.across ?? 'not across'}, joins ${from}→${to}`);
    }
    expect(problems).toEqual([]);
  });

  it('lets every document rebut another and be rebutted by another (the disagreement both ways)', () => {
    const rebuttals = seedMap.relations.filter((r) => r.type === 'REBUTS' && r.across);
    for (const number of Object.values(DOCUMENT_OF_SOURCE)) {
      expect(rebuttals.filter((r) => r.across!.startsWith(`${number}→`)).map((r) => r.key), `${number} rebuts`).not.toEqual([]);
      expect(rebuttals.filter((r) => r.across!.endsWith(`→${number}`)).map((r) => r.key), `${number} is rebutted`).not.toEqual([]);
    }
    const directions = countBy(
      seedMap.relations.filter((r) => r.across),
      (r) => `${r.type} ${r.across}`,
    );
    console.log(`seed map: cross-document relations per direction ${JSON.stringify(directions, Object.keys(directions).sort())}`);
  });
});

describe('seed map: domain rules', () => {
  const desired = desiredState(seedMap);

  it('turns every key into an entity (no dangling references)', () => {
    expect(desired.nodes.size).toBe(seedMap.nodes.length);
    expect(desired.relations.size).toBe(seedMap.relations.length);
    expect(desired.citations.size).toBe(citations.length);
    for (const r of desired.relations.values()) {
      expect(desired.nodes.has(r.fromId)).toBe(true);
      expect(desired.nodes.has(r.toId) || desired.relations.has(r.toId)).toBe(true);
    }
  });

  it('breaks none of the rules of rules.ts', () => {
    const violations = checkMapState({
      nodes: [...desired.nodes.values()],
      relations: [...desired.relations.values()],
      citations: [...desired.citations.values()],
    });
    expect(violations).toEqual([]);
  });

  it('can be created on an empty map through the operations', () => {
    const ops = syncOperations(emptyState(), desired);
    expect(ops.every((op) => op.op === 'create')).toBe(true);
    const { state } = applyOperations(emptyState(), ops);
    expect(state.nodes.size).toBe(seedMap.nodes.length);
    expect(state.relations.size).toBe(seedMap.relations.length);
    expect(state.citations.size).toBe(citations.length);
    expect(state.sources.size).toBe(5);
    expect(state.tags.size).toBe(6);
    // seeding again changes nothing
    expect(syncOperations(state, desired)).toEqual([]);
  });
});

describe.skipIf(!seedsPresent)('seed map: quotes in the seed documents', () => {
  const texts = new Map<string, string>();
  if (seedsPresent) {
    const files = readdirSync(SEEDS);
    for (const [key, number] of Object.entries(DOCUMENT_OF_SOURCE)) {
      const file = files.find((f) => f.startsWith(`${number}_`) && f.endsWith('.txt'));
      if (file) texts.set(key, readFileSync(path.join(SEEDS, file), 'utf8'));
    }
  }

  it('has all five documents', () => {
    expect([...texts.keys()].sort()).toEqual(Object.keys(DOCUMENT_OF_SOURCE).sort());
  });

  it('finds every quote verbatim in its document, at the paragraph it names', () => {
    const problems: string[] = [];
    for (const c of citations) {
      const text = texts.get(c.source)!;
      const at = findQuote(text, c.quote);
      if (!at) {
        problems.push(`${c.node}#${c.index}: quote not found in ${c.source}`);
        continue;
      }
      const paragraph = paragraphAt(text, at.start);
      if (paragraph !== c.paragraph) problems.push(`${c.node}#${c.index}: paragraph ${c.paragraph}, found in ${paragraph}`);
    }
    expect(problems).toEqual([]);
  });

  it(`quotes at most ${MAX_COVERAGE * 100} % of each document (the union of the quoted ranges)`, () => {
    const report: string[] = [];
    for (const [key, number] of Object.entries(DOCUMENT_OF_SOURCE)) {
      const text = texts.get(key)!;
      // the first occurrence of each quote, merged where quotes overlap or touch
      const ranges = citations
        .filter((c) => c.source === key)
        .map((c) => findQuote(text, c.quote))
        .filter((r): r is NonNullable<typeof r> => r !== null)
        .sort((a, b) => a.start - b.start);
      let covered = 0;
      let end = 0;
      for (const r of ranges) {
        const from = Math.max(r.start, end);
        if (r.end > from) covered += r.end - from;
        end = Math.max(end, r.end);
      }
      const share = covered / text.length;
      report.push(`  ${number} ${key}: ${covered} of ${text.length} characters, ${(share * 100).toFixed(1)} % (${ranges.length} quotes)`);
      expect(share, `${key} quotes ${(share * 100).toFixed(1)} % of its text`).toBeLessThanOrEqual(MAX_COVERAGE);
    }
    console.log(['seed map: quote coverage per document', ...report].join('\n'));
  });

  it('has the fingerprint of each document: the SHA-256 of its text as a member would store it', () => {
    for (const s of seedMap.sources) expect(textFingerprint(texts.get(s.key)!), s.key).toBe(s.fingerprint);
  });

  it("has each quote's offsets in the stored text: storing the document checks every citation where the seed says, changing nothing", () => {
    const problems: string[] = [];
    for (const c of citations) {
      const stored = normalizeSourceText(texts.get(c.source)!);
      const shipped = { paragraph: c.paragraph, start: c.start, end: c.end };
      const check = checkQuote(stored, c.quote, shipped);
      if (check.status !== 'verified' || JSON.stringify(check.locator) !== JSON.stringify(shipped)) {
        problems.push(`${c.node}#${c.index}: ships ${JSON.stringify(shipped)}, the check gives ${check.status} ${JSON.stringify(check.locator)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('quotes no passage that spans a hyphenated line break', () => {
    for (const c of citations) {
      const text = texts.get(c.source)!;
      for (const r of findAllQuotes(text, c.quote)) {
        expect(/-[ \t]*\n/.test(text.slice(r.start, r.end)), `${c.node}#${c.index}`).toBe(false);
      }
    }
  });

  it('quotes nothing from the web-page leftovers after the articles', () => {
    // the texts end in subscription offers (000), related links and cookie banners (001),
    // site chrome (003): every quote must start before the first of them
    const endOfArticle: Record<string, string> = {
      'debruyne-2024': 'Abonneer je op Samenleving & Politiek',
      'integratiepact-2018': 'Reacties [1]',
      'ay-steden': 'Meningen over migratie, gelijkheid en racisme',
    };
    for (const c of citations) {
      const marker = endOfArticle[c.source];
      if (!marker) continue;
      const text = texts.get(c.source)!;
      expect(text.indexOf(marker), c.source).toBeGreaterThan(0);
      expect(findQuote(text, c.quote)!.start, `${c.node}#${c.index}`).toBeLessThan(text.indexOf(marker));
    }
  });
});
