'use client';
// A source's full bibliographic record: type, title, authors (people or
// organisations), container, publisher, date, pages, URL, accessed date, language.
// The server validates (lib/api/schemas.ts); its messages are shown as they come. The
// text fields have the server's length limits, with no maxLength: a pasted text is not
// cut, the field counts near its limit and past it says why nothing is sent. Date, accessed
// and language have a format, which the server's message explains; a cut would have made
// a different, valid value ("2024-03-12T10:00" read as "2024-03-12"), so they keep none.
import { useId, useState } from 'react';
import { SOURCE_TYPES, type Author, type Source, type SourceType } from '@/lib/argument/model';
import { LIMITS } from '@/lib/api/schemas';
import type { Messages } from '@/lib/i18n/messages';
import type { SourceFields } from '@/lib/client/sourcing/api';
import { FormFooter } from './FormFooter';
import { fill } from '@/lib/i18n/fill';
import { LimitNote, limitProps, overLimitIn } from '@/components/editor/LimitCounter';

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
  /** A text field; with `max`, its counter and refusal under it. */
  const text = (k: 'title' | 'container' | 'publisher' | 'pages' | 'url' | 'accessed' | 'language', label: string, max?: number, extra: Record<string, unknown> = {}) => (
    <>
      <label>
        {label}
        <input value={fields[k]} onChange={set(k)} {...extra} {...(max ? limitProps(`${id}-${k}`, fields[k], max) : {})} />
      </label>
      {max && <LimitNote t={t.limits} id={`${id}-${k}`} field={label} value={fields[k]} max={max} />}
    </>
  );
  /** An author's name field, with its counter and refusal. */
  const name = (r: AuthorRow, k: 'literal' | 'family' | 'given', label: string, max: number) => (
    <>
      <label>
        {label}
        <input value={r[k]} onChange={(e) => setAuthor(r.key, { [k]: e.target.value })} {...limitProps(`${id}-${r.key}-${k}`, r[k], max)} />
      </label>
      <LimitNote t={t.limits} id={`${id}-${r.key}-${k}`} field={label} value={r[k]} max={max} />
    </>
  );

  return (
    <form
      className="form source-form"
      aria-label={initial ? `${t.editSource}: ${initial.title}` : t.addSource}
      onSubmit={(e) => {
        e.preventDefault();
        if (overLimitIn(e.currentTarget)) return;
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
      {text('title', f.title, LIMITS.sourceTitle, { required: true })}
      <fieldset className="authors">
        <legend>{f.authors}</legend>
        {authors.map((r, k) => (
          <div key={r.key} className="author-row">
            {r.organisation ? (
              name(r, 'literal', f.organisation, LIMITS.authorLiteral)
            ) : (
              <>
                {name(r, 'family', f.family, LIMITS.authorName)}
                {name(r, 'given', f.given, LIMITS.authorName)}
              </>
            )}
            <button type="button" className="secondary small" aria-label={fill(f.removeAuthor, { n: k + 1 })} onClick={() => setAuthors((rows) => rows.filter((x) => x.key !== r.key))}>
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
      {text('container', f.container, LIMITS.sourceField)}
      {text('publisher', f.publisher, LIMITS.sourceField)}
      <label>
        {f.date}
        <input value={fields.date} onChange={set('date')} placeholder={f.dateHint} aria-describedby={`${id}-date`} />
        <span id={`${id}-date`} className="hint">{f.dateHint}</span>
      </label>
      {text('pages', f.pages, LIMITS.sourcePages)}
      {text('url', f.url, undefined, { type: 'url', inputMode: 'url' })}
      {text('accessed', f.accessed, undefined, { placeholder: f.dateHint })}
      {text('language', f.language)}
      <FormFooter error={error} busy={busy} submitLabel={t.save} workingLabel={t.working} cancelLabel={t.cancel} onCancel={onCancel} />
    </form>
  );
}
