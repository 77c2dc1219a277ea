// Pleit's Source → CSL-JSON, and the bibliography citation-js makes of it: every style
// in HTML and text, and the BibTeX, RIS and CSL-JSON exports.
import { describe, expect, it } from 'vitest';
import type { Source } from '@/lib/argument/model';
import { BIBLIOGRAPHY_STYLES, formatBibliography, STYLE_IDS } from '@/lib/server/sourcing/bibliography';
import { citationKeyBase, cslDate, cslType, sourcesToCsl, sourceToCsl } from '@/lib/sourcing/csl';

const source = (over: Partial<Source>): Source => ({
  id: 'src',
  type: 'ARTICLE',
  title: 'Titel',
  authors: [],
  container: '',
  publisher: '',
  date: '',
  pages: '',
  url: '',
  accessed: '',
  language: '',
  hasText: false,
  version: 1,
  ...over,
});

const debruyne = source({
  id: 's-debruyne',
  type: 'ARTICLE',
  title: 'Menu voor een andere migratiepolitiek',
  authors: [{ family: 'Debruyne', given: 'Pascal' }],
  container: 'Samenleving & Politiek',
  date: '2024-03-12',
  url: 'https://www.sampol.be/2024/03/menu-voor-een-andere-migratiepolitiek',
  accessed: '2024-11-02',
  language: 'nl',
});
const ay = source({
  id: 's-ay',
  type: 'CHAPTER',
  title: 'Geef steden de middelen om zelf werk te maken van de integratie van migranten',
  authors: [{ family: 'Ay', given: 'Deniz' }],
  container: 'Migratie, gelijkheid en racisme: 44 opinies',
  publisher: 'VUBPress',
  date: '2020',
  pages: '101-104',
  language: 'nl',
});
const kruispunt = source({
  id: 's-kruispunt',
  type: 'REPORT',
  title: 'Migratiemaatschappij',
  authors: [{ literal: 'Kruispunt Migratie-Integratie' }],
  publisher: 'Kruispunt Migratie-Integratie',
  date: '2014',
});
const all = [debruyne, ay, kruispunt];

describe('Source → CSL-JSON', () => {
  it('maps every field, leaving empty ones out', () => {
    expect(sourceToCsl(debruyne)).toEqual({
      id: 's-debruyne',
      type: 'article-magazine',
      title: 'Menu voor een andere migratiepolitiek',
      'citation-key': 'debruyne2024menu',
      author: [{ family: 'Debruyne', given: 'Pascal' }],
      'container-title': 'Samenleving & Politiek',
      issued: { 'date-parts': [[2024, 3, 12]] },
      accessed: { 'date-parts': [[2024, 11, 2]] },
      URL: 'https://www.sampol.be/2024/03/menu-voor-een-andere-migratiepolitiek',
      language: 'nl',
    });
    expect(sourceToCsl(ay)).toMatchObject({ type: 'chapter', 'container-title': 'Migratie, gelijkheid en racisme: 44 opinies', publisher: 'VUBPress', page: '101-104', issued: { 'date-parts': [[2020]] } });
    expect(sourceToCsl(kruispunt)).toEqual({
      id: 's-kruispunt',
      type: 'report',
      title: 'Migratiemaatschappij',
      'citation-key': 'kruispunt2014migratiemaatschappij',
      author: [{ literal: 'Kruispunt Migratie-Integratie' }],
      publisher: 'Kruispunt Migratie-Integratie',
      issued: { 'date-parts': [[2014]] },
    });
  });

  it('maps each source type to its CSL type', () => {
    expect(cslType('ARTICLE', '2024')).toBe('article-journal');
    expect(cslType('ARTICLE', '2024-03')).toBe('article-journal');
    expect(cslType('ARTICLE', '2024-03-12')).toBe('article-magazine');
    expect(['BOOK', 'CHAPTER', 'REPORT', 'WEB_PAGE', 'DATASET', 'INTERVIEW'].map((t) => cslType(t as Source['type'], ''))).toEqual(['book', 'chapter', 'report', 'webpage', 'dataset', 'interview']);
  });

  it('a book, report or dataset has a series where others have a container', () => {
    expect(sourceToCsl(source({ type: 'BOOK', container: 'Reeks Migratie' }))).toMatchObject({ 'collection-title': 'Reeks Migratie' });
    expect(sourceToCsl(source({ type: 'BOOK', container: 'Reeks Migratie' }))).not.toHaveProperty('container-title');
    expect(sourceToCsl(source({ type: 'WEB_PAGE', container: 'Sociaal.Net' }))).toMatchObject({ 'container-title': 'Sociaal.Net' });
  });

  it('reads years, months and dates, and ignores what is no date', () => {
    expect(cslDate('2018')).toEqual({ 'date-parts': [[2018]] });
    expect(cslDate('2018-02')).toEqual({ 'date-parts': [[2018, 2]] });
    expect(cslDate('2018-02-28')).toEqual({ 'date-parts': [[2018, 2, 28]] });
    expect(cslDate('')).toBeUndefined();
    expect(cslDate('begin 2018')).toBeUndefined();
  });

  it('gives unique ASCII citation keys', () => {
    expect(citationKeyBase(source({ authors: [{ family: 'Vandenberghe', given: 'Ina' }], date: '2014', title: 'Migratie becijferen: droge koek?' }))).toBe('vandenberghe2014migratie');
    expect(citationKeyBase(source({ authors: [{ family: 'Arredondo', given: 'María' }], title: 'Er is geen postkantoor in de hemel' }))).toBe('arredondondgeen');
    expect(citationKeyBase(source({ authors: [{ family: 'Çelik' }], date: '2020', title: 'Één stad' }))).toBe('celik2020stad');
    const keys = sourcesToCsl([debruyne, { ...debruyne, id: 'copy' }, { ...debruyne, id: 'copy2' }]).map((i) => i['citation-key']);
    expect(keys).toEqual(['debruyne2024menu', 'debruyne2024menub', 'debruyne2024menuc']);
  });
});

// citeproc-js: the first test loads citation-js and its styles (about a second; more on a busy machine)
describe('bibliography styles', { timeout: 30_000 }, () => {
  const items = sourcesToCsl(all);

  it('APA 7 in English: author, (date), title, container, URL; sorted by author', () => {
    const text = formatBibliography(items, { style: 'apa', format: 'text', language: 'en' });
    const lines = text.trim().split('\n');
    expect(lines).toEqual([
      'Ay, D. (2020). Geef steden de middelen om zelf werk te maken van de integratie van migranten. In Migratie, gelijkheid en racisme: 44 opinies (pp. 101–104). VUBPress.',
      'Debruyne, P. (2024, March 12). Menu voor een andere migratiepolitiek. Samenleving & Politiek. https://www.sampol.be/2024/03/menu-voor-een-andere-migratiepolitiek',
      // citeproc's APA names the publisher even where it is the author
      'Kruispunt Migratie-Integratie. (2014). Migratiemaatschappij. Kruispunt Migratie-Integratie.',
    ]);
  });

  it('APA 7 in Dutch uses the Dutch locale, in HTML with italics and escaped text', () => {
    const html = formatBibliography(items, { style: 'apa', format: 'html', language: 'nl' });
    expect(html).toContain('<div class="csl-bib-body">');
    expect(html).toContain('Debruyne, P. (2024, maart 12). Menu voor een andere migratiepolitiek. <i>Samenleving &#38; Politiek</i>.');
    expect(html.match(/class="csl-entry"/g)).toHaveLength(3);
  });

  it('Harvard differs from APA and follows the bibliography language', () => {
    const text = formatBibliography(items, { style: 'harvard', format: 'text', language: 'en' });
    expect(text).toContain('Debruyne, P. (2024) “Menu voor een andere migratiepolitiek,” Samenleving & Politiek, 12 March.');
    expect(formatBibliography(items, { style: 'harvard', format: 'text', language: 'nl' })).toContain('Samenleving & Politiek, 12 maart.');
    expect(text).not.toBe(formatBibliography(items, { style: 'apa', format: 'text', language: 'en' }));
  });

  it('Harvard and Vancouver render too, and every style has one entry per source', () => {
    expect(formatBibliography(items, { style: 'harvard', format: 'text', language: 'en' })).toContain('Debruyne, P. (2024) “Menu voor een andere migratiepolitiek,” Samenleving & Politiek, 12 March. Available at: https://www.sampol.be/2024/03/menu-voor-een-andere-migratiepolitiek');
    expect(formatBibliography(items, { style: 'vancouver', format: 'text', language: 'en' })).toMatch(/^1\. Debruyne P\. Menu voor een andere migratiepolitiek\./);
    for (const style of STYLE_IDS) {
      const html = formatBibliography(items, { style, format: 'html', language: 'en' });
      expect(html.match(/class="csl-entry"/g), BIBLIOGRAPHY_STYLES[style].name).toHaveLength(3);
    }
  });

  it('escapes markup in the users’ words (citeproc keeps only its own <b>, <i>, <sup>, <sub> rich text)', () => {
    const evil = sourcesToCsl([source({ title: '<script>alert(1)</script> & <b>vet</b>', authors: [{ family: '<img src=x onerror=alert(1)>' }] })]);
    for (const style of STYLE_IDS) {
      const html = formatBibliography(evil, { style, format: 'html', language: 'en' });
      expect(html).not.toMatch(/<script|<img/);
      expect(html).toContain('&#60;script&#62;');
    }
  });

  it('an empty library is an empty bibliography', () => {
    expect(formatBibliography([], { style: 'apa', format: 'text', language: 'nl' })).toBe('');
    expect(formatBibliography([], { style: 'apa', format: 'html', language: 'nl' })).toContain('csl-bib-body');
    expect(formatBibliography([], { style: 'apa', format: 'bibtex', language: 'nl' })).toBe('');
    expect(JSON.parse(formatBibliography([], { style: 'apa', format: 'csl-json', language: 'nl' }))).toEqual([]);
  });
});

describe('exports', { timeout: 30_000 }, () => {
  const items = sourcesToCsl(all);

  it('BibTeX: one entry per source, keyed by its citation key, with its fields', () => {
    const bib = formatBibliography(items, { style: 'apa', format: 'bibtex', language: 'en' });
    expect(bib.match(/^@\w+\{/gm)).toEqual(['@article{', '@inbook{', '@techreport{']);
    expect(bib).toContain('@article{debruyne2024menu,');
    expect(bib).toMatch(/author = \{Debruyne, Pascal\}/);
    expect(bib).toMatch(/journal = \{Samenleving \\& Politiek\}/);
    expect(bib).toContain('@inbook{ay2020geef,');
    expect(bib).toMatch(/pages = \{101--104\}/);
    expect(bib).toContain('@techreport{kruispunt2014migratiemaatschappij,');
    expect(bib).toMatch(/author = \{\{Kruispunt Migratie-Integratie\}\}/);
  });

  it('RIS: TY … ER records with the right types and tags', () => {
    const ris = formatBibliography(items, { style: 'apa', format: 'ris', language: 'en' });
    const records = ris.split(/^ER {2}-.*$/m).filter((r) => r.trim());
    expect(records).toHaveLength(3);
    expect(ris.match(/^TY {2}- (\w+)/gm)).toEqual(['TY  - MGZN', 'TY  - CHAP', 'TY  - RPRT']);
    expect(ris).toMatch(/^AU {2}- Debruyne, Pascal$/m);
    expect(ris).toMatch(/^TI {2}- Menu voor een andere migratiepolitiek$/m);
    expect(ris).toMatch(/^T2 {2}- Samenleving & Politiek$/m);
    expect(ris).toMatch(/^UR {2}- https:\/\/www\.sampol\.be\/2024\/03\/menu-voor-een-andere-migratiepolitiek$/m);
    expect(ris).toMatch(/^SP {2}- 101-104$/m);
  });

  it('CSL-JSON: the items themselves, whatever the style', () => {
    const json = formatBibliography(items, { style: 'harvard', format: 'csl-json', language: 'en' });
    expect(JSON.parse(json)).toEqual(items);
    expect(formatBibliography(items, { style: 'apa', format: 'csl-json', language: 'nl' })).toBe(json);
  });
});
