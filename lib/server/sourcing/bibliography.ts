// A map's bibliography, formatted by citation-js (citeproc-js underneath) from the
// CSL items of lib/sourcing/csl.ts: never by hand. Styles: APA 7 (the default),
// Harvard (Cite Them Right) and Vancouver, the CSL styles citation-js ships; exports:
// BibTeX, RIS and CSL-JSON.
import 'server-only';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '@/lib/sourcing/csl';
import { BIBLIOGRAPHY_STYLES, type BibliographyFormat, type BibliographyLanguage, type BibliographyStyle, CSL_LOCALES } from '@/lib/sourcing/bibliography-styles';

export * from '@/lib/sourcing/bibliography-styles';


export interface BibliographyRequest {
  style: BibliographyStyle;
  format: BibliographyFormat;
  language: BibliographyLanguage;
}

/** The bibliography of the given items in one style and format. */
export function formatBibliography(items: readonly CslItem[], { style, format, language }: BibliographyRequest): string {
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (!items.length) return format === 'html' ? '<div class="csl-bib-body"></div>\n' : '';
  // citation-js keeps its own copy of the data; the items stay as they are
  const cite = new Cite(items.map((i) => ({ ...i })));
  switch (format) {
    case 'bibtex':
      return cite.format('bibtex', { format: 'text' });
    case 'ris':
      return cite.format('ris', { format: 'text' });
    case 'html':
    case 'text':
      return cite.format('bibliography', { format, template: BIBLIOGRAPHY_STYLES[style].template, lang: CSL_LOCALES[language] });
  }
}
