'use client';
// Import a map file as a new map of one's own, from the "my maps" page: Pleit's JSON,
// Argdown, AIF (AIFdb, OVA/xAIF) or Kialo text. The server reads the file first and
// answers a preview (what it holds, and the report of everything it could not take over
// as the file had it); only "create" makes the map, which then opens laid out. In the
// editor (`mergeInto`), the same form adds the file's content to the open map instead.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/fill';

type Counts = { nodes: number; relations: number; tags: number; sources: number; citations: number };
type ReportItem = { file?: string; line?: number; node?: string; action: 'kept' | 'skipped' | 'changed'; message: string };
interface Preview {
  format: string;
  title: string;
  counts: Counts;
  report: { items: ReportItem[]; omitted: number };
}
type Problem = { title?: string; detail?: string; errors?: { path?: string; file?: string; line?: number; column?: number; node?: string; message: string }[] };

const FORMATS = ['json', 'argdown', 'aif', 'kialo'] as const;
const FORMAT_NAMES: Record<string, string> = { json: 'Pleit JSON', argdown: 'Argdown', aif: 'AIF', kialo: 'Kialo' };
const REPORT_SHOWN = 50;


/** The main file of a choice: the one no other file names in an @include (Argdown); the others go with it. */
async function mainAndIncludes(files: File[]): Promise<{ main: File; includes: File[] }> {
  if (files.length === 1) return { main: files[0], includes: [] };
  const texts = await Promise.all(files.map((f) => f.text()));
  const named = new Set(texts.flatMap((t) => [...t.matchAll(/@include\s*\(([^)]*)\)/g)].flatMap((m) => m[1].split(',').map((s) => s.trim().replace(/^["']|["']$/g, '').split(/[\\/]/).pop()!))));
  const main = files.find((f) => !named.has(f.name)) ?? files[0];
  return { main, includes: files.filter((f) => f !== main) };
}

export function ImportMapForm({ t, mergeInto, onMerged }: { t: Messages; mergeInto?: string; onMerged?: (counts: Counts) => void }) {
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<string>('');
  const [busy, setBusy] = useState<'preview' | 'create' | null>(null);
  const [error, setError] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState<{ main: File; includes: File[] } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);

  const where = (p: { file?: string; line?: number; column?: number; node?: string }) =>
    [p.file, p.line !== undefined ? fill(t.importAt.line, { n: p.line }) + (p.column ? `:${p.column}` : '') : '', p.node !== undefined ? fill(t.importAt.node, { n: p.node }) : ''].filter(Boolean).join(', ');

  async function send(files: { main: File; includes: File[] }, previewOnly: boolean) {
    const form = new FormData();
    form.append('file', files.main, files.main.name);
    for (const f of files.includes) form.append('include', f, f.name);
    const q = new URLSearchParams();
    if (format) q.set('format', format);
    if (previewOnly) q.set('preview', '1');
    const url = mergeInto ? `/api/v1/maps/${encodeURIComponent(mergeInto)}/import` : '/api/v1/maps/import';
    return fetch(`${url}?${q}`, { method: 'POST', body: form });
  }

  async function problemLines(res: Response): Promise<string[]> {
    const p = (await res.json().catch(() => null)) as Problem | null;
    if (!p) return [t.genericError];
    if (p.errors?.length && res.status === 422) {
      return [p.title ?? t.genericError, ...p.errors.slice(0, 10).map((e) => (e.path ? `${e.path}: ${e.message}` : where(e) ? `${where(e)}: ${e.message}` : e.message))];
    }
    return [p.detail || p.title || t.genericError];
  }

  async function onFiles(list: File[]) {
    setError(null);
    setPreview(null);
    setChosen(null);
    if (!list.length) return;
    setBusy('preview');
    try {
      const files = await mainAndIncludes(list);
      const res = await send(files, true);
      if (!res.ok) {
        setError([fill(t.importFailed, { reason: '' }).trim(), ...(await problemLines(res))]);
        return;
      }
      setChosen(files);
      setPreview((await res.json()) as Preview);
    } catch {
      setError([t.genericError]);
    } finally {
      setBusy(null);
    }
  }

  async function create() {
    if (!chosen) return;
    setBusy('create');
    setError(null);
    try {
      const res = await send(chosen, false);
      if (!res.ok) {
        setError([fill(t.importFailed, { reason: '' }).trim(), ...(await problemLines(res))]);
        return;
      }
      const answer = (await res.json()) as { map: { id: string }; counts: Counts };
      if (mergeInto) {
        // the new nodes reach the canvas through the map's live stream
        setBusy(null);
        setPreview(null);
        setChosen(null);
        onMerged?.(answer.counts);
        return;
      }
      router.push(`/maps/${answer.map.id}`);
    } catch {
      setError([t.genericError]);
      setBusy(null);
    }
  }

  const cancel = () => {
    setPreview(null);
    setChosen(null);
    setError(null);
    input.current?.focus();
  };

  return (
    <div className="form import-map" data-testid="import-map">
      <label htmlFor={`${id}-file`}>{mergeInto ? t.importIntoMap : t.importMap}</label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        multiple
        accept=".json,.argdown,.ad,.txt,application/json,text/plain"
        disabled={busy !== null}
        aria-describedby={`${id}-help`}
        data-testid="import-file"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          void onFiles(files);
        }}
      />
      <span className="hint" id={`${id}-help`}>
        {t.importHelp}
      </span>
      <label htmlFor={`${id}-format`}>{t.importFormat}</label>
      <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value)} disabled={busy !== null} data-testid="import-format">
        <option value="">{t.importFormatAuto}</option>
        {FORMATS.map((f) => (
          <option key={f} value={f}>
            {FORMAT_NAMES[f]}
          </option>
        ))}
      </select>
      {busy && (
        <p role="status">
          <progress aria-label={busy === 'preview' ? t.importPreviewBusy : t.importBusy} /> {busy === 'preview' ? t.importPreviewBusy : t.importBusy}
        </p>
      )}
      {error && (
        <div className="error" role="alert" data-testid="import-error">
          {error.map((line, k) => (
            <p key={k}>{line}</p>
          ))}
        </div>
      )}
      {preview && (
        <section className="import-preview card" aria-labelledby={`${id}-preview`} data-testid="import-preview">
          <h3 id={`${id}-preview`}>{fill(t.importPreviewTitle, { title: preview.title })}</h3>
          <p>{fill(t.importPreviewFormat, { format: FORMAT_NAMES[preview.format] ?? preview.format })}</p>
          <p data-testid="import-counts">{fill(t.importPreviewCounts, preview.counts)}</p>
          {preview.report.items.length === 0 ? (
            <p className="hint">{t.importReportNone}</p>
          ) : (
            <details open={preview.report.items.length <= 10}>
              <summary data-testid="import-report-summary">{fill(t.importReportTitle, { n: preview.report.items.length + preview.report.omitted })}</summary>
              <ul className="import-report" data-testid="import-report">
                {preview.report.items.slice(0, REPORT_SHOWN).map((r, k) => (
                  <li key={k}>
                    <strong>{t.importActions[r.action]}</strong>
                    {where(r) ? ` (${where(r)})` : ''}: {r.message}
                  </li>
                ))}
              </ul>
              {preview.report.items.length + preview.report.omitted > REPORT_SHOWN && <p className="hint">{fill(t.importReportMore, { n: preview.report.items.length + preview.report.omitted - REPORT_SHOWN })}</p>}
            </details>
          )}
          <div className="message-actions">
            <button type="button" onClick={() => void create()} disabled={busy !== null} data-testid="import-create">
              {mergeInto ? t.importMerge : t.importCreate}
            </button>
            <button type="button" className="secondary" onClick={cancel} disabled={busy !== null}>
              {t.importCancel}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
