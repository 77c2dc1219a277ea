'use client';
// The map's bibliography as the API formats it (citation-js, never by hand), with a
// style switch and the exports (BibTeX, RIS, CSL-JSON, and the formatted list itself).
import { useEffect, useId, useState } from 'react';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { BIBLIOGRAPHY_STYLES, STYLE_IDS, type BibliographyLanguage, type BibliographyStyle } from '@/lib/sourcing/bibliography-styles';
import { sourcingApi } from '@/lib/client/sourcing/api';

/**
 * citeproc escapes the users' words; this keeps only the markup it makes itself, as a
 * second line of defence before the HTML goes into the page.
 */
const ALLOWED_TAGS = new Set(['div', 'i', 'b', 'span', 'sup', 'sub', 'em', 'strong']);
function sanitize(html: string): string {
  return html.replace(/<(\/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>/g, (_, slash: string, tag: string, attrs: string) => {
    const name = tag.toLowerCase();
    if (!ALLOWED_TAGS.has(name)) return '';
    if (slash) return `</${name}>`;
    const kept = [...attrs.matchAll(/\s(class|data-csl-entry-id)="([^"<>]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join('');
    return `<${name}${kept}>`;
  });
}

export function BibliographyPanel({ mapId, t, locale, sourceCount, revision }: { mapId: string; t: Messages['sourcing']; locale: Locale; sourceCount: number; revision: number }) {
  const id = useId();
  const [style, setStyle] = useState<BibliographyStyle>('apa');
  const [lang, setLang] = useState<BibliographyLanguage>(locale);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    sourcingApi
      .bibliography(mapId, { style, format: 'html', lang })
      .then((h) => live && setHtml(sanitize(h)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [mapId, style, lang, revision]);

  const link = (format: 'bibtex' | 'ris' | 'csl-json' | 'html' | 'text', label: string) => (
    <a className="button secondary small" href={sourcingApi.bibliographyUrl(mapId, { style, format, lang, download: true })} download data-testid={`export-${format}`}>
      {label}
    </a>
  );

  return (
    <section className="bibliography" aria-labelledby={`${id}-h`} data-testid="bibliography">
      <h2 id={`${id}-h`}>{t.bibliography}</h2>
      <div className="row">
        <label>
          {t.style}{' '}
          <select value={style} onChange={(e) => setStyle(e.target.value as BibliographyStyle)}>
            {STYLE_IDS.map((s) => (
              <option key={s} value={s}>
                {BIBLIOGRAPHY_STYLES[s].name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.bibLanguage}{' '}
          <select value={lang} onChange={(e) => setLang(e.target.value as BibliographyLanguage)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {sourceCount === 0 ? (
        <p className="hint">{t.emptyBibliography}</p>
      ) : html === null ? (
        <p className="hint">{t.loadingBibliography}</p>
      ) : (
        <div className="bibliography-entries" data-testid="bibliography-entries" data-style={style} dangerouslySetInnerHTML={{ __html: html }} />
      )}
      <div className="row" role="group" aria-label={t.export}>
        {link('bibtex', 'BibTeX')}
        {link('ris', 'RIS')}
        {link('csl-json', 'CSL-JSON')}
        {link('html', t.download.replace('{format}', 'HTML'))}
        {link('text', t.downloadText)}
      </div>
    </section>
  );
}
