// The bibliography's styles, formats and languages: plain data, safe to import in the
// browser (lib/server/sourcing/bibliography.ts, which loads citation-js, is server-side).
export const BIBLIOGRAPHY_STYLES = {
  apa: { template: 'apa', name: 'APA (7th edition)' },
  harvard: { template: 'harvard1', name: 'Harvard (Cite Them Right)' },
  vancouver: { template: 'vancouver', name: 'Vancouver' },
} as const;
export type BibliographyStyle = keyof typeof BIBLIOGRAPHY_STYLES;
export const STYLE_IDS = Object.keys(BIBLIOGRAPHY_STYLES) as BibliographyStyle[];

export const BIBLIOGRAPHY_FORMATS = {
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  text: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
  bibtex: { contentType: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { contentType: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  'csl-json': { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'json' },
} as const;
export type BibliographyFormat = keyof typeof BIBLIOGRAPHY_FORMATS;
export const FORMAT_IDS = Object.keys(BIBLIOGRAPHY_FORMATS) as BibliographyFormat[];
/** Formats that are the same whatever the style: data for reference managers. */
export const EXPORT_FORMATS: readonly BibliographyFormat[] = ['bibtex', 'ris', 'csl-json'];

/** The CSL locales citation-js ships that Pleit's languages map to. */
export const CSL_LOCALES = { nl: 'nl-NL', en: 'en-US' } as const;
export type BibliographyLanguage = keyof typeof CSL_LOCALES;
