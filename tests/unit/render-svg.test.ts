// The DOM-free renderer (lib/render): every kind and relation drawn, user text escaped
// into well-formed XML, the drawing inside its bounds, and the geometry the canvas uses.
import { Resvg } from '@resvg/resvg-js';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES } from '@/lib/argument/model';
import { nodeGeometry, NODE_WIDTH, TITLE_LINE } from '@/lib/render/geometry';
import { layoutExport, renderMapSvg } from '@/lib/render/svg';
import { escapeXml, measure, wrap } from '@/lib/render/text';
import { fixtureMap } from './render-fixture';

/** resvg's XML parser is strict: a document that is not well-formed throws. */
const parseStrict = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } });

/** The text content of every <text> element (the parser decodes the entities). */
function texts(svg: string): string[] {
  const doc = parseDocument(svg, { xmlMode: true });
  const out: string[] = [];
  const walk = (n: { name?: string; children?: unknown[]; data?: string; type?: string }, inText: boolean): string => {
    if (n.type === 'text') return n.data ?? '';
    const inside = (n.children ?? []).map((c) => walk(c as never, inText || n.name === 'text')).join('');
    if (n.name === 'text' && !inText) out.push(inside);
    return n.name === 'tspan' ? `${inside}\n` : inside;
  };
  walk(doc as never, false);
  return out;
}

describe('the SVG renderer', () => {
  it('draws every kind of node and every type of relation', () => {
    const { svg } = renderMapSvg(fixtureMap(), { locale: 'en' });
    for (const k of NODE_KINDS) expect(svg).toContain(`class="node kind-${k.toLowerCase()}"`);
    for (const r of RELATION_TYPES) expect(svg).toContain(`class="relation rel-${r.toLowerCase()}"`);
    const all = texts(svg).join('\n');
    for (const word of ['QUESTION', 'CLAIM', 'PROPOSAL', 'EVIDENCE', '+ supports', '− rebuts', '⊘ undercuts', '↳ answers', 'Werk', 'sourced', 'unsourced']) expect(all).toContain(word);
    expect(() => parseStrict(svg)).not.toThrow();
  });

  it('speaks the language it is asked for', () => {
    const all = texts(renderMapSvg(fixtureMap(), { locale: 'nl' }).svg).join('\n');
    expect(all).toContain('BEWERING');
    expect(all).toContain('+ ondersteunt');
    expect(all).toContain('Geciteerde bronnen');
  });

  it('draws an undercut to the middle of the relation it attacks', () => {
    const layout = layoutExport(fixtureMap(), { locale: 'en' });
    const byId = new Map(layout.relations.map((r) => [r.relation.id, r]));
    const support = layout.nodes.find((n) => n.node.id === 'e')!.box;
    const target = layout.nodes.find((n) => n.node.id === 'c')!.box;
    const end = byId.get('r5')!.curve.end;
    expect(end.x).toBeCloseTo((support.x + support.width / 2 + target.x + target.width / 2) / 2);
    expect(end.y).toBeCloseTo((support.y + target.y + target.height) / 2);
  });

  it('escapes user text: markup, ampersands and quotes stay text and the XML stays well-formed', () => {
    const nasty = `<script>alert("x")</script> & 'quotes' ]]> "done"`;
    const map = fixtureMap({ c: nasty });
    map.title = `Map <b>&amp; "title"`;
    map.tags = [{ ...map.tags[0], name: `<tag attr="1">`, color: `red" onload="x` }];
    const { svg } = renderMapSvg(map, { locale: 'en' });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('onload="x');
    expect(() => parseStrict(svg)).not.toThrow();
    const all = texts(svg);
    expect(all.some((t) => t.replace(/\n/g, ' ').includes(`<script>alert("x")</script> & 'quotes'`))).toBe(true);
    expect(all.some((t) => t.includes(`Map <b>&amp; "title"`))).toBe(true);
    expect(all).toContain('<tag attr="1">');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0008c\uD800d')).toBe('abcd');
    expect(() => parseStrict(renderMapSvg(fixtureMap({ q: 'bell\u0007 and NUL\u0000' }), { locale: 'en' }).svg)).not.toThrow();
  });

  it('keeps everything inside the drawing: nodes, labels, legend and bibliography', () => {
    const layout = layoutExport(fixtureMap(), { locale: 'en' });
    for (const n of layout.nodes) {
      const x = n.box.x + layout.offset.x;
      const y = n.box.y + layout.offset.y;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + n.box.width).toBeLessThanOrEqual(layout.width);
      expect(y + n.box.height).toBeLessThanOrEqual(layout.height);
    }
    for (const r of layout.relations) {
      expect(r.curve.mid.x + layout.offset.x - r.labelWidth / 2).toBeGreaterThanOrEqual(0);
      expect(r.curve.mid.x + layout.offset.x + r.labelWidth / 2).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.bibliography!.y + 20 + layout.bibliography!.lines.length * 15).toBeLessThanOrEqual(layout.height);
    // moved far away, the drawing follows the nodes instead of growing
    const far = fixtureMap();
    far.nodes = far.nodes.map((n) => ({ ...n, x: n.x + 100_000, y: n.y - 50_000 }));
    const moved = layoutExport(far, { locale: 'en' });
    expect([moved.width, moved.height]).toEqual([layout.width, layout.height]);
  });

  it('leaves out what the options turn off, and draws only the selection', () => {
    const bare = renderMapSvg(fixtureMap(), { locale: 'en', title: false, legend: false, bibliography: false, badges: false, background: 'transparent' });
    expect(bare.svg).not.toContain('class="legend"');
    expect(bare.svg).not.toContain('class="bibliography"');
    expect(bare.svg).not.toContain('class="badge');
    expect(bare.svg).not.toContain('class="background"');
    expect(texts(bare.svg)).not.toContain('Draagvlak voor migratie');
    const part = renderMapSvg(fixtureMap(), { locale: 'en', only: new Set(['e', 'c']) });
    expect(part.nodes).toBe(2);
    expect(part.svg).toContain('rel-supports');
    expect(part.svg).not.toContain('rel-answers');
    expect(part.svg).not.toContain('rel-undercuts');
  });

  it('draws an empty map as a well-formed document', () => {
    const empty = { ...fixtureMap(), nodes: [], relations: [], citations: [] };
    const r = renderMapSvg(empty, { locale: 'nl' });
    expect(r.nodes).toBe(0);
    expect(() => parseStrict(r.svg)).not.toThrow();
  });
});

describe('the node geometry rule (canvas and exports)', () => {
  it('wraps a title within the card and grows the card by whole lines', () => {
    const short = nodeGeometry({ kind: 'CLAIM', title: 'Kort.' }, []);
    const long = nodeGeometry({ kind: 'CLAIM', title: 'Een veel langere bewering die zeker over meerdere regels moet lopen op de kaart.' }, []);
    expect(short.width).toBe(NODE_WIDTH);
    expect(short.titleLines).toEqual(['Kort.']);
    expect(long.titleLines.length).toBeGreaterThan(2);
    expect(long.height - short.height).toBe((long.titleLines.length - 1) * TITLE_LINE);
    for (const line of long.titleLines) expect(measure(line, { size: 14, weight: 600 })).toBeLessThanOrEqual(long.content.width);
  });

  it('breaks a word longer than the line and keeps the text’s own line breaks', () => {
    const lines = wrap(`${'x'.repeat(80)}\nnext`, 100, { size: 14, weight: 600 });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.at(-1)).toBe('next');
    expect(lines.slice(0, -1).join('')).toBe('x'.repeat(80));
  });

  it('ends a very long title in an ellipsis after the last line it allows', () => {
    const g = nodeGeometry({ kind: 'EVIDENCE', title: 'woord '.repeat(200) }, []);
    expect(g.titleLines).toHaveLength(12);
    expect(g.titleLines.at(-1)!.endsWith('…')).toBe(true);
  });

  it('puts tags that do not fit on one row on the next', () => {
    const tags = ['arbeidsmarkt', 'onderwijs', 'huisvesting', 'gezinshereniging', 'veiligheid'].map((name, i) => ({ id: String(i), name, color: '#123456' }));
    const g = nodeGeometry({ kind: 'CLAIM', title: 'x' }, tags);
    expect(g.tagRows.length).toBeGreaterThan(1);
    for (const row of g.tagRows) expect(row.at(-1)!.x + row.at(-1)!.width).toBeLessThanOrEqual(g.content.width);
    expect(g.height).toBeGreaterThan(nodeGeometry({ kind: 'CLAIM', title: 'x' }, tags.slice(0, 1)).height);
  });
});
