// Argdown, AIF and Kialo: every file of ../shared/corpora is read (or, for
// invalid.argdown, refused with its position), and what it becomes is checked against
// what the file holds: for Argdown against @argdown/core's own JSON export where
// @argdown/core 1.x reads the file without errors, and against counts read off the file
// by hand where it does not; for AIF against the nodes and edges counted in the raw
// file here; for Kialo against the examples' own lines. Round trips Pleit → format →
// Pleit keep every node, relation and undercut (and kinds where the format can carry
// them) on the seed map and a generated map. Nothing the importers cannot map is
// silently dropped: every dialogue node of an AIF file is in the report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOperations, emptyState, type MapState } from '@/lib/argument/operations';
import { checkMapState } from '@/lib/argument/rules';
import { parseAif, serializeAif } from '@/lib/interchange/aif';
import { parseArgdown, serializeArgdown } from '@/lib/interchange/argdown';
import { INTERCHANGE_LIMITS, type ParsedImport, type ParseOutcome } from '@/lib/interchange/common';
import { creationOperations, keyedState, type KeyedContent } from '@/lib/interchange/keyed';
import { parseKialo, serializeKialo } from '@/lib/interchange/kialo';
import { detectFormat, readInterchange } from '@/lib/interchange/read';
import { desiredState } from '@/lib/server/seed';
import { seedMap } from '@/prisma/seed/migration-map';
import { generateMap } from '@/bench/generate';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CORPORA = path.resolve(ROOT, '..', 'shared', 'corpora');
const present = existsSync(CORPORA);
if (!present) console.log(`interchange-formats.test: ${CORPORA} is absent; the corpus tests are skipped.`);
const read = (dir: string, f: string) => readFileSync(path.join(CORPORA, dir, f), 'utf8');
const list = (dir: string, ext: RegExp) => (present ? readdirSync(path.join(CORPORA, dir)).filter((f) => ext.test(f)).sort() : []);

function ok(out: ParseOutcome): ParsedImport {
  if (!out.ok) throw new Error(`not read: ${JSON.stringify(out.problems)}`);
  return out.value;
}
const byType = (c: KeyedContent) => c.relations.reduce<Record<string, number>>((m, r) => ((m[r.type] = (m[r.type] ?? 0) + 1), m), {});
/** The content is a valid map: the spine accepts its creation in one batch, and no domain rule is broken. */
function expectValidMap(c: KeyedContent) {
  const { state } = keyedState(c, (_e, k) => k);
  expect(checkMapState({ nodes: [...state.nodes.values()], relations: [...state.relations.values()], citations: [...state.citations.values()] })).toEqual([]);
  expect(() => applyOperations(emptyState(), creationOperations(state))).not.toThrow();
}

// ---------------------------------------------------------------- Argdown

const argdownFiles = list('argdown', /\.(argdown|ad)$/);
const allArgdown = new Map(argdownFiles.map((f) => [f, read('argdown', f)]));
const argdown = (f: string) => parseArgdown(allArgdown.get(f)!, { name: f, files: allArgdown });

// @argdown/core 1.x (the line that runs on Node 20) and its JSON export
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require('@argdown/core') as Record<string, new (...a: unknown[]) => { addPlugin: (p: unknown, s: string) => void; run: (r: unknown) => { json?: string; parserErrors?: unknown[]; lexerErrors?: unknown[] } }>;
function coreJson(input: string) {
  const app = new core.ArgdownApplication();
  app.addPlugin(new core.ParserPlugin(), 'parse-input');
  app.addPlugin(new core.DataPlugin(), 'build-model');
  app.addPlugin(new core.ModelPlugin(), 'build-model');
  app.addPlugin(new core.JSONExportPlugin({ exportMap: false, removeEmbeddedRelations: true }), 'export-json');
  try {
    const r = app.run({ process: ['parse-input', 'build-model', 'export-json'], input, logLevel: 'none' });
    if (r.parserErrors?.length || r.lexerErrors?.length || !r.json) return null;
    return JSON.parse(r.json) as {
      statements: Record<string, { title: string; isUsedAsTopLevelStatement?: boolean; isUsedAsRelationStatement?: boolean; members: { role: string }[] }>;
      arguments: Record<string, { title: string; pcs?: { title: string; role: string }[] }>;
      relations: { relationType: string; from: string; fromType: string; to: string; toType: string }[];
    };
  } catch {
    return null;
  }
}

describe.skipIf(!present)('Argdown corpus', () => {
  it('reads every file but invalid.argdown, each into a map the spine accepts', { timeout: 120_000 }, () => {
    expect(argdownFiles.length).toBeGreaterThanOrEqual(28);
    for (const f of argdownFiles) {
      const out = argdown(f);
      if (f === 'invalid.argdown') continue;
      expect(out.ok, `${f}: ${JSON.stringify(!out.ok && out.problems)}`).toBe(true);
      expectValidMap(ok(out).content);
    }
  });

  it('refuses invalid.argdown with the position of its orphan relation, and an @include of a file not given', () => {
    const out = argdown('invalid.argdown');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems).toEqual([expect.objectContaining({ line: 4, column: 3, message: expect.stringMatching(/\+.*no statement or argument above/) })]);
    const alone = parseArgdown(allArgdown.get('include-test.argdown')!, { name: 'include-test.argdown' });
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('_partial1.argdown') });
  });

  it('agrees with @argdown/core on every file core reads without errors', { timeout: 120_000 }, () => {
    let compared = 0;
    for (const f of argdownFiles) {
      const j = coreJson(allArgdown.get(f)!);
      if (!j) continue;
      compared++;
      const mine = ok(argdown(f));
      // core's model as Pleit maps it: every argument a node; a statement a node where the
      // map needs it (top level, in a relation, or in two arguments' structures); an
      // untitled statement only inside one argument stands for that argument
      const ecs = Object.values(j.statements);
      const inRelation = new Set(j.relations.flatMap((r) => [r.from, r.to]));
      const conclusionOf = new Map<string, string>();
      const uses = new Map<string, number>();
      for (const a of Object.values(j.arguments)) {
        for (const t of new Set((a.pcs ?? []).map((p) => p.title))) uses.set(t, (uses.get(t) ?? 0) + 1);
        const last = (a.pcs ?? []).filter((p) => p.role === 'main-conclusion').pop();
        if (last) conclusionOf.set(last.title, a.title);
      }
      const PCS_ROLES = ['premise', 'main-conclusion', 'intermediary-conclusion'];
      const onlyInside = (e: (typeof ecs)[number]) => e.members.every((m) => PCS_ROLES.includes(m.role)) && (uses.get(e.title) ?? 0) <= 1;
      const nodeEcs = ecs.filter((e) => !onlyInside(e) || (inRelation.has(e.title) && !conclusionOf.has(e.title)));
      expect(mine.content.nodes.length, f).toBe(Object.keys(j.arguments).length + nodeEcs.length);
      const titles = new Set(mine.content.nodes.map((n) => n.title));
      for (const t of [...Object.keys(j.arguments), ...nodeEcs.map((e) => e.title)].filter((t) => !t.startsWith('Untitled'))) expect(titles.has(t), `${f}: ${t}`).toBe(true);
      // relations: core's (a contradiction is a rebuttal each way) against Pleit's own: none more of a type, and
      // every one of core's either imported or named in the report as skipped
      const expected: Record<string, number> = {};
      for (const r of j.relations) {
        const type = { support: 'SUPPORTS', entails: 'SUPPORTS', attack: 'REBUTS', contrary: 'REBUTS', contradictory: 'REBUTS', undercut: 'UNDERCUTS' }[r.relationType] ?? r.relationType;
        expected[type] = (expected[type] ?? 0) + (r.relationType === 'contradictory' ? 2 : 1);
      }
      // the supports a premise–conclusion structure implies (premise → argument → conclusion) are not in core's list
      const implied = new Set<string>();
      for (const a of Object.values(j.arguments)) {
        for (const p of a.pcs ?? []) implied.add(p.role === 'main-conclusion' ? `a:${a.title}>s:${p.title}` : `s:${p.title}>a:${a.title}`);
      }
      const explicit: Record<string, number> = {};
      for (const r of mine.content.relations) if (!r.id.startsWith('pcs:') && !(r.type === 'SUPPORTS' && implied.has(`${r.fromId}>${r.toId}`))) explicit[r.type] = (explicit[r.type] ?? 0) + 1;
      const skipped = mine.report.filter((x) => x.action === 'skipped' && /relat|itself|undercut/i.test(x.message)).length;
      const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
      expect(total(explicit) + skipped, `${f}: ${JSON.stringify({ explicit, expected, skipped })}`).toBeGreaterThanOrEqual(total(expected));
      for (const [type, n] of Object.entries(explicit)) expect(n, `${f} ${type}`).toBeLessThanOrEqual(expected[type] ?? 0);
    }
    expect(compared).toBeGreaterThanOrEqual(18);
  });

  it('counts what the files core 1.x cannot read hold (read off the files)', () => {
    const c = (f: string) => ok(argdown(f)).content;
    // [Secondly] with <A1> <A2> <A3> <A4>, <Thirdly> with its structure, [Prettier], its two relation statements, the closing line
    expect(c('demo.argdown').nodes).toHaveLength(10);
    // <+ A1, <- A2, >< A4 (two rebuttals), Thirdly → [Prettier], + and - below it; <_ A3 undercuts a statement: reported
    expect(byType(c('demo.argdown'))).toEqual({ SUPPORTS: 3, REBUTS: 4 });
    expect(ok(argdown('demo.argdown')).report.some((r) => r.line === 9 && r.action === 'skipped' && /undercut of a statement/.test(r.message))).toBe(true);
    // two lines of the main file, two of each partial; _partial2's @include of _partial1 is a cycle, read once
    expect(c('include-test.argdown').nodes.map((n) => n.title)).toEqual(['First line of main file', 'First line of partial1', 'First line of partial2', 'Second line pof partial2', 'Second line of partial1', 'Second line of main file']);
    expect(c('_partial1.argdown').nodes).toHaveLength(4);
    // two statements and two arguments, each line an element; the last line continues the argument's text
    expect(c('lexer-definitions-references.argdown').nodes.map((n) => n.title)).toEqual(['Statement-Title', 'Statement-Definition', 'Argument Title', 'Argument Definition']);
    expect(c('lexer-definitions-references.argdown').nodes[3].body).toBe('A statement: 1 < 2. 2 + 3 = 4.');
    // bare relation symbols with nothing to relate: one paragraph of text
    expect(c('lexer-relations.argdown').nodes).toHaveLength(1);
  });

  it('maps the details: equivalence classes, tags, escapes, self-attacks, cycles, undercuts, premise–conclusion structures', () => {
    const c = (f: string) => ok(argdown(f)).content;
    expect(c('model-escaped-chars.argdown').nodes).toEqual([expect.objectContaining({ title: 'A', body: '[text] text' })]);
    expect(c('lexer-escaped-chars.argdown').nodes[0].title).toBe('1 < 3 > 2 [Some text] # Some text');
    const tags = c('lexer-links-and-tags.argdown');
    expect(tags.tags.map((t) => t.name)).toEqual(['tag1', 'tag-2', 'tag 3']);
    expect(tags.nodes[0].tagIds).toHaveLength(3);
    expect(byType(c('three-cycle.argdown'))).toEqual({ REBUTS: 3 });
    const self = ok(argdown('self-attack-defeated.argdown'));
    expect(byType(self.content)).toEqual({ REBUTS: 1 });
    expect(self.report).toEqual([expect.objectContaining({ line: 2, action: 'skipped', message: expect.stringContaining('itself') })]);
    expect(byType(c('legalisation-softdrugs.argdown'))).toEqual({ SUPPORTS: 9, REBUTS: 8, UNDERCUTS: 2 });
    // [Statement 2] is defined twice (an equivalence class): one node, both texts
    const intro = c('intro.argdown');
    expect(intro.nodes.filter((n) => n.title === 'Statement 2')).toHaveLength(1);
    const pcs = intro.nodes.find((n) => n.title === 'Argument 1')!;
    expect(pcs.body).toContain('(1) First premise');
    expect(pcs.body).toContain('(3) And now the conclusion');
    expect(ok(argdown('intro.argdown')).report.some((r) => r.action === 'kept' && /premise–conclusion structure of <Argument 1>/.test(r.message))).toBe(true);
    // headings become tags
    expect(c('parser-mix.argdown').tags.map((t) => t.name)).toEqual(['First heading', 'Second heading']);
    expect(ok(argdown('greenspan-schefczyk_hardwrap.argdown')).title).toBe("Why the Fed didn't Intervene to Prevent the 2008 Financial Crisis");
  });
});

// ---------------------------------------------------------------- AIF

const aifFiles = list('aif', /\.json$/);

describe.skipIf(!present)('AIF corpus', () => {
  it('reads every file; nodes and relations are what its I-, RA- and CA-nodes make, every other node is in the report', { timeout: 120_000 }, () => {
    expect(aifFiles.length).toBeGreaterThanOrEqual(27);
    for (const f of aifFiles) {
      const raw = JSON.parse(read('aif', f));
      const aif = raw.AIF ?? raw;
      const mine = ok(parseAif(raw, { fallbackTitle: f }));
      expectValidMap(mine.content);
      // counted here from the raw file: distinct I-nodes, and what each RA and CA joins
      const type = new Map<string, string>();
      for (const n of aif.nodes) if (!type.has(String(n.nodeID))) type.set(String(n.nodeID), n.type);
      const edges = new Set<string>();
      for (const e of aif.edges) if (type.has(String(e.fromID)) && type.has(String(e.toID))) edges.add(`${e.fromID}>${e.toID}`);
      const into = new Map<string, string[]>();
      const out = new Map<string, string[]>();
      for (const e of edges) {
        const [a, b] = e.split('>');
        (into.get(b) ?? into.set(b, []).get(b)!).push(a);
        (out.get(a) ?? out.set(a, []).get(a)!).push(b);
      }
      const iNodes = [...type].filter(([, t]) => t === 'I').length;
      expect(mine.content.nodes.length, f).toBe(iNodes);
      let supports = 0;
      let rebuts = 0;
      for (const [id, t] of type) {
        if (t !== 'RA' && t !== 'CA') continue;
        const premises = (into.get(id) ?? []).filter((x) => type.get(x) === 'I').length;
        const conclusions = (out.get(id) ?? []).filter((x) => type.get(x) === 'I').length;
        if (t === 'RA') supports += premises * conclusions;
        else rebuts += premises * conclusions;
      }
      const got = byType(mine.content);
      const duplicates = mine.report.filter((r) => /The same (SUPPORTS|REBUTS) relation again/.test(r.message)).length;
      expect((got.SUPPORTS ?? 0) + (got.ANSWERS ?? 0) + (got.REBUTS ?? 0) + duplicates, f).toBe(supports + rebuts);
      // never silently dropped: every node that is not an I-node, RA or CA is named in the report
      const reported = new Set(mine.report.map((r) => r.node));
      for (const [id, t] of type) if (!['I', 'RA', 'CA'].includes(t)) expect(reported.has(id), `${f}: ${t} ${id}`).toBe(true);
    }
  });

  it('reads the quirks of real files: duplicate node objects, dangling edges, integer ids', { timeout: 120_000 }, () => {
    const corp = ok(parseAif(JSON.parse(read('aif', 'corp_esp.json'))));
    expect(corp.report.filter((r) => /is listed twice/.test(r.message))).toHaveLength(85);
    const ff = ok(parseAif(JSON.parse(read('aif', 'FFkosciuszko00219.json'))));
    expect(ff.report.filter((r) => /names a node the file does not hold/.test(r.message))).toHaveLength(3);
    const ints = ok(parseAif(JSON.parse(read('aif', 'aif_graph.json'))));
    expect(ints.content.nodes).toHaveLength(13);
    expect(byType(ints.content)).toEqual({ SUPPORTS: 16, REBUTS: 18 });
  });

  it('maps a CA on an RA to UNDERCUTS, keeps OVA positions, and makes the xAIF text a source cited by the locutions', () => {
    const r = ok(parseAif(JSON.parse(read('aif', 'rebut_undercut.json'))));
    expect(byType(r.content)).toEqual({ SUPPORTS: 1, REBUTS: 1, UNDERCUTS: 1 });
    const undercut = r.content.relations.find((x) => x.type === 'UNDERCUTS')!;
    const support = r.content.relations.find((x) => x.id === undercut.toId)!;
    expect(support.type).toBe('SUPPORTS');
    expect(r.content.nodes.find((n) => n.id === undercut.fromId)!.title).toBe('A and B are totally unrelated');
    expect(r.positioned).toBe(true);
    expect(r.content.nodes.every((n) => typeof n.x === 'number' && n.x !== 0)).toBe(true);
    expect(r.content.sources).toHaveLength(1);
    expect(r.content.sources[0].text).toContain('Those are totally unrelated');
    expect(r.content.citations.map((c) => c.quote).sort()).toEqual(['A', 'B', 'Those are totally unrelated', 'not B']);
  });

  it('refuses what is not AIF with a message', () => {
    expect(parseAif([1, 2, 3]).ok).toBe(false);
    expect(parseAif({ nodes: 'x' }).ok).toBe(false);
    const bad = readInterchange({ format: 'aif', text: '{\n  "nodes": [,]\n}' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('Not JSON') });
  });
});

// ---------------------------------------------------------------- Kialo

describe.skipIf(!present)('Kialo examples', () => {
  it('classic: a thesis, its pros and cons, a cross-link to the existing claim (no copy), and a report line for the cons', () => {
    const k = ok(parseKialo(read('kialo', 'example-classic.txt')));
    // six numbered lines, one of them a link
    expect(k.content.nodes).toHaveLength(5);
    expect(k.title).toBe('Moeten steden zelf integratiebeleid voeren?');
    expect(byType(k.content)).toEqual({ SUPPORTS: 3, REBUTS: 2 });
    const link = k.content.relations.find((r) => r.fromId === '1.1.1' && r.toId === '1.2')!;
    expect(link.type).toBe('SUPPORTS');
    expect(k.report).toEqual([expect.objectContaining({ action: 'changed', line: 5, message: expect.stringContaining('2 Con claims') })]);
    expectValidMap(k.content);
  });

  it('indented: labels above their texts, and the Sources list resolved into a source cited by the claim', () => {
    const k = ok(parseKialo(read('kialo', 'example-indented.txt')));
    expect(k.content.nodes.map((n) => n.title)).toEqual(['Steden moeten de middelen krijgen om zelf integratiebeleid te voeren.', 'Op stadsniveau ken je de lokale huizenmarkt.', 'Zonder nationale financiering blijven arme steden achter.']);
    expect(byType(k.content)).toEqual({ SUPPORTS: 1, REBUTS: 1 });
    expect(k.content.sources).toEqual([expect.objectContaining({ title: 'Deniz Ay, Geef steden de middelen ..., Hannah Arendt Instituut' })]);
    expect(k.content.citations).toEqual([expect.objectContaining({ nodeId: '1.1', sourceId: k.content.sources[0].id })]);
  });

  it('links to URLs become sources; several theses under a question answer it; CRLF and escapes are read; bad numbering is refused with its line', () => {
    const text = 'Discussion Title: Wat doen we met de \\(lokale\\) kranten?\r\n\r\n1. Steun ze met subsidie.\r\n1.1. Pro: Zie [het rapport](https://example.org/rapport).\r\n2. Laat de markt beslissen.\r\n2.1. Con: -> See 1.1.\r\n';
    const k = ok(parseKialo(text));
    expect(k.content.nodes.map((n) => [n.kind, n.title])).toEqual([
      ['QUESTION', 'Wat doen we met de (lokale) kranten?'],
      ['CLAIM', 'Steun ze met subsidie.'],
      ['CLAIM', 'Zie het rapport.'],
      ['CLAIM', 'Laat de markt beslissen.'],
    ]);
    expect(byType(k.content)).toEqual({ ANSWERS: 2, SUPPORTS: 1, REBUTS: 1 });
    expect(k.content.sources).toEqual([expect.objectContaining({ type: 'WEB_PAGE', url: 'https://example.org/rapport', title: 'het rapport' })]);
    const bad = parseKialo('Discussion Title: x\n\n1. A\n1.1. B zonder label\n1.3.1. Pro: wees\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.line)).toEqual([4, 5]);
  });
});

describe('format detection', () => {
  it('tells the formats apart from the content', () => {
    expect(detectFormat('{"format": "pleit-map", "version": 1}')).toBe('json');
    expect(detectFormat('{"nodes": [], "edges": []}')).toBe('aif');
    expect(detectFormat('Discussion Title: x\n\n1. y')).toBe('kialo');
    expect(detectFormat('1. Thesis:\nText')).toBe('kialo');
    expect(detectFormat('[A]: text\n  + <B>: reason')).toBe('argdown');
    expect(detectFormat('1. item', 'notes.argdown')).toBe('argdown');
  });

  it('finds Pleit’s format in a document whose keys are sorted (its "format" far from the start)', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, kind: 'CLAIM', title: `Stelling ${i}` }));
    const sorted = JSON.stringify({ citations: [], format: 'pleit-map', map: { title: 'x' }, nodes, version: 1 }, null, 1).replace('"citations": [],\n "format"', `"citations": [],\n "a": ${JSON.stringify(nodes)},\n "format"`);
    expect(sorted.indexOf('"format"')).toBeGreaterThan(4096);
    expect(detectFormat(sorted)).toBe('json');
    // the same words inside a string of an AIF file are escaped: still AIF
    const aif = JSON.stringify({ nodes: [{ nodeID: '1', type: 'I', text: '{"format": "pleit-map"}' }], edges: [] });
    expect(detectFormat(aif)).toBe('aif');
  });
});

// ---------------------------------------------------------------- round trips

/** A map's content in a form that compares equal across ids: nodes by title, relations by their ends' titles. */
function signature(state: MapState, opts: { kinds: boolean; bodies: boolean; tags: boolean }) {
  const t = (id: string) => state.nodes.get(id)?.title ?? `?${id}`;
  const rel = (id: string): string => {
    const r = state.relations.get(id);
    if (!r) return `?${id}`;
    return `${r.type}(${t(r.fromId)} → ${r.type === 'UNDERCUTS' ? rel(r.toId) : t(r.toId)})`;
  };
  const nodes = [...state.nodes.values()].map((n) => [opts.kinds ? n.kind : '', n.title, opts.bodies ? n.body.replace(/\s+/g, ' ').trim() : '', opts.tags ? n.tagIds.map((x) => state.tags.get(x)!.name).sort().join(',') : ''].join('|')).sort();
  const relations = [...state.relations.keys()].map(rel).sort();
  return { nodes, relations };
}

function imported(out: ParseOutcome): MapState {
  const { state } = keyedState(ok(out).content, (_e, k) => k);
  applyOperations(emptyState(), creationOperations(state));
  return state;
}

function generated(n: number): MapState {
  let state = emptyState();
  for (const batch of generateMap(n).batches) state = applyOperations(state, batch).state;
  return state;
}

const maps: [string, () => MapState][] = [
  ['the seed map', () => desiredState(seedMap)],
  ['a generated map of 400 nodes', () => generated(400)],
];

describe('round trips', () => {
  for (const [name, make] of maps) {
    it(`Pleit → Argdown → Pleit keeps every node, kind, body, tag, relation and undercut of ${name}`, { timeout: 120_000 }, () => {
      const state = make();
      const file = serializeArgdown({ title: 'Kaart' }, state);
      const back = imported(parseArgdown(file.text));
      expect(signature(back, { kinds: true, bodies: true, tags: true })).toEqual(signature(state, { kinds: true, bodies: true, tags: true }));
      expect([...back.relations.values()].some((r) => r.type === 'UNDERCUTS')).toBe(true);
    });

    it(`Pleit → AIF → Pleit keeps every node, kind, body, tag, relation and undercut of ${name} (also as xAIF with positions)`, { timeout: 120_000 }, () => {
      const state = make();
      for (const ova of [false, true]) {
        const file = serializeAif({ title: 'Kaart' }, state, { ova });
        const out = parseAif(JSON.parse(file.text));
        const back = imported(out);
        expect(signature(back, { kinds: true, bodies: true, tags: true })).toEqual(signature(state, { kinds: true, bodies: true, tags: true }));
        expect(ok(out).positioned).toBe(ova);
        if (ova) {
          const first = [...state.nodes.values()][0];
          const same = [...back.nodes.values()].find((n) => n.title === first.title && n.body === first.body)!;
          expect(Math.abs(same.x - first.x)).toBeLessThan(2);
        }
      }
    });

    it(`Pleit → Kialo → Pleit keeps every node, relation and undercut of ${name} (an undercut as a Con marked [undercut]; an answer comes back as a pro)`, { timeout: 120_000 }, () => {
      const state = make();
      const file = serializeKialo({ title: 'Kaart' }, state);
      expect(file.lossy).toContain('kinds');
      expect(file.lossy).not.toContain('undercuts');
      expect(file.text).toMatch(/^\d+(\.\d+)+\. Con: \[undercut\] /m);
      const back = imported(parseKialo(file.text));
      // what Kialo can say: a Pro (SUPPORTS, and ANSWERS) or a Con (REBUTS, or UNDERCUTS when marked)
      const asKialo = (sig: string[]) => sig.map((r) => r.replace(/ANSWERS\(/g, 'SUPPORTS(')).sort();
      const sig = signature(back, { kinds: false, bodies: false, tags: false });
      const want = signature(state, { kinds: false, bodies: false, tags: false });
      expect(sig.nodes).toEqual(want.nodes);
      expect(asKialo(sig.relations)).toEqual(asKialo(want.relations));
      expect([...back.relations.values()].some((r) => r.type === 'UNDERCUTS')).toBe(true);
    });
  }

  it('Pleit → Kialo → Pleit: a claim whose title starts with [undercut] stays a rebuttal with that title', () => {
    const state = applyOperations(emptyState(), [
      { op: 'create', entity: 'node', id: 'a', data: { kind: 'CLAIM', title: 'Steden moeten zelf beleid voeren.' } },
      { op: 'create', entity: 'node', id: 'b', data: { kind: 'CLAIM', title: '[undercut] is een woord uit een ander programma.' } },
      { op: 'create', entity: 'relation', id: 'r', data: { type: 'REBUTS', fromId: 'b', toId: 'a' } },
    ]).state;
    const back = imported(parseKialo(serializeKialo({ title: 'Kaart' }, state).text));
    expect(signature(back, { kinds: false, bodies: false, tags: false })).toEqual(signature(state, { kinds: false, bodies: false, tags: false }));
  });

  it('an exported file of 10,000 nodes reads back whole, and one node more is refused as too large', { timeout: 120_000 }, () => {
    const state = emptyState();
    const ops = [];
    for (let i = 0; i < 10_000; i++) ops.push({ op: 'create' as const, entity: 'node' as const, id: `n${i}`, data: { kind: 'CLAIM' as const, title: `Stelling ${i}` } });
    for (let i = 1; i < 10_000; i++) ops.push({ op: 'create' as const, entity: 'relation' as const, id: `r${i}`, data: { type: i % 3 ? ('SUPPORTS' as const) : ('REBUTS' as const), fromId: `n${i}`, toId: `n${Math.floor((i - 1) / 3)}` } });
    const big = applyOperations(state, ops).state;
    const text = serializeArgdown({ title: 'Groot' }, big).text;
    const back = readInterchange({ format: 'argdown', text });
    expect(ok(back).content.nodes).toHaveLength(10_000);
    expect(ok(back).content.relations).toHaveLength(9_999);
    const more = parseArgdown(`${text}\n[Eén te veel]: x\n`);
    expect(more.ok).toBe(false);
    if (!more.ok) expect(more.tooLarge).toMatchObject({ limit: INTERCHANGE_LIMITS.nodes, what: 'nodes' });
  });
});
