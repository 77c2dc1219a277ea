'use client';
// A source's full bibliographic record: type, title, authors (people or
// organisations), container, publisher, date, pages, URL, accessed date, language.
// The server validates (lib/api/schemas.ts); its messages are shown as they come.
import { useId, useState } from 'react';
import { SOURCE_TYPES, type Author, type Source, type SourceType } from '@/lib/argument/model';
import { LIMITS } from '@/lib/api/schemas';
import type { Messages } from '@/lib/i18n/messages';
import type { SourceFields } from '@/lib/client/sourcing/api';
import { FormFooter } from './FormFooter';

type T = Messages['sourcing'];

interface AuthorRow {
  key: number;
  family: string;
  given: string;
  literal: string;
  organisation: boolean;
}

const EMPTY: SourceFields = { type: 'ARTICLE', title: '', authors: [], container: '', publisher: '', date: '', pages: '', url: '', accessed: '', language: '' };

let rowKey = 0;
const toRow = (a: Author): AuthorRow => ({ key: ++rowKey, family: a.family ?? '', given: a.given ?? '', literal: a.literal ?? '', organisation: a.literal !== undefined });
const fromRow = (r: AuthorRow): Author | null => {
  if (r.organisation) return r.literal.trim() ? { literal: r.literal.trim() } : null;
  if (!r.family.trim()) return null;
  return r.given.trim() ? { family: r.family.trim(), given: r.given.trim() } : { family: r.family.trim() };
};

export function SourceForm({
  t,
  initial,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  t: T;
  initial?: Source;
  busy: boolean;
  error: string | null;
  onSubmit: (fields: SourceFields) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const start: SourceFields = initial
    ? (Object.fromEntries(Object.keys(EMPTY).map((k) => [k, initial[k as keyof SourceFields]])) as SourceFields)
    : EMPTY;
  const [fields, setFields] = useState<Omit<SourceFields, 'authors'>>(() => {
    const { authors: _a, ...rest } = start;
    return rest;
  });
  const [authors, setAuthors] = useState<AuthorRow[]>(() => (start.authors.length ? start.authors.map(toRow) : [toRow({ family: '' })]));
  const set = (k: keyof Omit<SourceFields, 'authors'>) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [k]: e.target.value }));
  const setAuthor = (key: number, patch: Partial<AuthorRow>) => setAuthors((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const f = t.fields;
  const text = (k: 'container' | 'publisher' | 'pages' | 'url' | 'accessed' | 'language' | 'date', label: string, extra: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input value={fields[k]} onChange={set(k)} maxLength={LIMITS.sourceField} {...extra} />
    </label>
  );

  return (
    <form
      className="form source-form"
      aria-label={initial ? `${t.editSource}: ${initial.title}` : t.addSource}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ...fields, authors: authors.map(fromRow).filter((a): a is Author => a !== null) });
      }}
    >
      <label>
        {f.type}
        <select value={fields.type} onChange={(e) => setFields((x) => ({ ...x, type: e.target.value as SourceType }))}>
          {SOURCE_TYPES.map((s) => (
            <option key={s} value={s}>
              {t.types[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {f.title}
        <input value={fields.title} onChange={set('title')} required maxLength={LIMITS.sourceTitle} />
      </label>
      <fieldset className="authors">
        <legend>{f.authors}</legend>
        {authors.map((r, k) => (
          <div key={r.key} className="author-row">
            {r.organisation ? (
              <label>
                {f.organisation}
                <input value={r.literal} onChange={(e) => setAuthor(r.key, { literal: e.target.value })} maxLength={300} />
              </label>
            ) : (
              <>
                <label>
                  {f.family}
                  <input value={r.family} onChange={(e) => setAuthor(r.key, { family: e.target.value })} maxLength={200} />
                </label>
                <label>
                  {f.given}
                  <input value={r.given} onChange={(e) => setAuthor(r.key, { given: e.target.value })} maxLength={200} />
                </label>
              </>
            )}
            <button type="button" className="secondary small" aria-label={f.removeAuthor.replace('{n}', String(k + 1))} onClick={() => setAuthors((rows) => rows.filter((x) => x.key !== r.key))}>
              ×
            </button>
          </div>
        ))}
        <div className="row">
          <button type="button" className="secondary small" onClick={() => setAuthors((rows) => [...rows, toRow({ family: '' })])}>
            {f.addAuthor}
          </button>
          <button type="button" className="secondary small" onClick={() => setAuthors((rows) => [...rows, toRow({ literal: '' })])}>
            {f.addOrganisation}
          </button>
        </div>
      </fieldset>
      {text('container', f.container)}
      {text('publisher', f.publisher)}
      <label>
        {f.date}
        <input value={fields.date} onChange={set('date')} placeholder={f.dateHint} aria-describedby={`${id}-date`} maxLength={10} />
        <span id={`${id}-date`} className="hint">{f.dateHint}</span>
      </label>
      {text('pages', f.pages, { maxLength: 100 })}
      {text('url', f.url, { type: 'url', inputMode: 'url' })}
      {text('accessed', f.accessed, { placeholder: f.dateHint, maxLength: 10 })}
      {text('language', f.language, { maxLength: 20 })}
      <FormFooter error={error} busy={busy} submitLabel={t.save} workingLabel={t.working} cancelLabel={t.cancel} onCancel={onCancel} />
    </form>
  );
}
