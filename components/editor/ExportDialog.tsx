'use client';
// The export dialog: PNG (1×, 2×, 4×; white or transparent), SVG, PDF (A4/A3 landscape
// or fit), JSON; the whole map, what is in view, or the selection; title, legend,
// bibliography and sourcing badges on or off. Drawn by the shared renderer (lib/render).
// Argdown, AIF (nodeset, or xAIF with OVA positions) and Kialo text come from the
// server; what the format cannot hold (its X-Pleit-Lossy header) is said after the download.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { hiddenByFilters } from '@/lib/client/derive';
import { afterPaint, download, ExportError, fetchExport, runExport, type ExportChoice, type ExportFormat, type ExportScope } from '@/lib/client/export';
import { useModal } from './modal';
import { fill, useCanvas, useDoc, useEditor } from './context';

/** The interchange formats: files the server writes (lib/server/interchange-export.ts). */
const INTERCHANGE = { argdown: 'export.argdown', aif: 'export.aif.json', xaif: 'export.aif.json?ova=1', kialo: 'export.kialo.txt' } as const;
type InterchangeFormat = keyof typeof INTERCHANGE;
type AnyFormat = ExportFormat | InterchangeFormat;
const FORMATS: AnyFormat[] = ['png', 'svg', 'pdf', 'json', 'argdown', 'aif', 'xaif', 'kialo'];
const isInterchange = (f: AnyFormat): f is InterchangeFormat => f in INTERCHANGE;

/** An interchange file from the server: its blob, its name (Content-Disposition) and what it could not hold. */
async function interchangeFile(mapId: string, format: InterchangeFormat, fallbackName: string, signal: AbortSignal) {
  const url = `/api/v1/maps/${mapId}/${INTERCHANGE[format]}${INTERCHANGE[format].includes('?') ? '&' : '?'}download=1`;
  const res = await fetchExport(url, {}, signal);
  const disposition = res.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition)?.[1];
  const name = (utf8 ? decodeURIComponent(utf8) : /filename="([^"]+)"/.exec(disposition)?.[1]) ?? fallbackName;
  const lossy = (res.headers.get('x-pleit-lossy') ?? 'none').split(',').map((x) => x.trim()).filter((x) => x && x !== 'none');
  return { blob: await res.blob(), fileName: name, lossy };
}

/** The nodes whose cards are at least partly inside the canvas's visible area. */
function nodesInView(ctx: ReturnType<typeof useEditor>): Set<string> {
  const flow = ctx.flow.current;
  const el = document.querySelector('.react-flow');
  if (!flow || !el) return new Set();
  const { x, y, zoom } = flow.getViewport();
  const r = el.getBoundingClientRect();
  const view = { x0: -x / zoom, y0: -y / zoom, x1: (r.width - x) / zoom, y1: (r.height - y) / zoom };
  const { sizeOf, filters } = ctx.canvas.getState();
  const state = ctx.doc.getState().view;
  // nodes the filters hide are not on screen: not in the view's export either
  const hidden = hiddenByFilters(state, filters);
  const inside = new Set<string>();
  for (const n of state.nodes.values()) {
    if (hidden?.has(n.id)) continue;
    const s = sizeOf(n.id);
    if (n.x < view.x1 && n.x + s.width > view.x0 && n.y < view.y1 && n.y + s.height > view.y0) inside.add(n.id);
  }
  return inside;
}

export function ExportButton() {
  const { t } = useEditor();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={opener} type="button" className="secondary" onClick={() => setOpen(true)} data-testid="export-open">
        {t.exportMap}
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} opener={opener} />}
    </>
  );
}

function ExportDialog({ onClose, opener }: { onClose: () => void; opener: RefObject<HTMLButtonElement | null> }) {
  const ctx = useEditor();
  const { t } = ctx;
  const id = useId();
  const selected = useCanvas((s) => s.selectedNodes);
  const canvasView = useCanvas((s) => s.view) === 'canvas';
  const title = useDoc((s) => s.meta.title);
  const [interchange, setInterchange] = useState<InterchangeFormat | null>(null);
  const [choice, setChoice] = useState<ExportChoice>({
    format: 'png',
    scale: 2,
    background: 'white',
    page: 'a4',
    scope: selected.size ? 'selection' : 'map',
    title: true,
    legend: true,
    bibliography: true,
    badges: true,
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // the export running, to stop when the dialog closes (its fetch aborted, its file not downloaded)
  const running = useRef<AbortController | null>(null);
  const close = () => {
    running.current?.abort();
    running.current = null;
    onClose();
  };
  useModal(box, close, opener);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => () => running.current?.abort(), []);

  /** Why it failed, in the reader's language (the server's own words only when nothing else fits). */
  const reasonOf = (e: unknown) =>
    e instanceof ExportError ? { busy: t.exportServerBusy, 'too-large': t.exportServerTooLarge, offline: t.exportOffline, browser: t.exportBrowserFailed, unsaved: t.exportUnsaved, other: e.message }[e.reason] : (e as Error).message;
  const failure = (e: unknown) => fill(t.exportFailed, { reason: reasonOf(e) });
  /** The server draws the saved map: edits still on their way are sent first, and waited for a while. */
  const savedFirst = (signal: AbortSignal) => async () => {
    const doc = ctx.doc;
    const unsaved = () => doc.getState().pending.some((b) => b.ops.length > 0);
    if (!unsaved()) return;
    void doc.getState().flush();
    await new Promise<void>((resolve, reject) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        unsubscribe();
        if (ok) resolve();
        else reject(signal.aborted ? new DOMException('Aborted', 'AbortError') : new ExportError('unsaved', 'unsaved edits'));
      };
      const unsubscribe = doc.subscribe(() => !unsaved() && done(true));
      const timer = setTimeout(() => done(!unsaved()), 20_000);
      signal.addEventListener('abort', () => done(false));
    });
  };
  const set = <K extends keyof ExportChoice>(k: K, v: ExportChoice[K]) => setChoice((c) => ({ ...c, [k]: v }));
  const imageOptions = choice.format !== 'json' && !interchange;

  const submit = async () => {
    const stop = new AbortController();
    if (interchange) {
      running.current = stop;
      setBusy(true);
      setMessage(null);
      try {
        await savedFirst(stop.signal)();
        const file = await interchangeFile(ctx.mapId, interchange, `map.${interchange === 'argdown' ? 'argdown' : interchange === 'kialo' ? 'kialo.txt' : 'aif.json'}`, stop.signal);
        if (stop.signal.aborted) return;
        download(file.blob, file.fileName);
        const notes = [fill(t.exportDone, { file: file.fileName })];
        if (file.lossy.length) notes.push(fill(t.exportLossy, { what: file.lossy.join(', ') }));
        setMessage({ kind: 'info', text: notes.join(' ') });
      } catch (e) {
        if (!stop.signal.aborted) setMessage({ kind: 'error', text: failure(e) });
      } finally {
        if (running.current === stop) running.current = null;
        setBusy(false);
      }
      return;
    }
    const only = choice.format === 'json' || choice.scope === 'map' ? null : choice.scope === 'selection' ? new Set(selected) : nodesInView(ctx);
    if (only && only.size === 0) {
      setMessage({ kind: 'error', text: choice.scope === 'selection' ? t.exportEmptySelection : t.exportNothing });
      return;
    }
    running.current = stop;
    setBusy(true);
    setMessage(null);
    try {
      // the indicator is on screen before the drawing (synchronous, long on big maps) starts
      await afterPaint();
      const result = await runExport({ id: ctx.mapId, title }, ctx.doc.getState().view, ctx.locale, choice, only, { signal: stop.signal, beforeServer: savedFirst(stop.signal) });
      if (stop.signal.aborted) return;
      download(result.blob, result.fileName);
      const notes = [fill(t.exportDone, { file: result.fileName })];
      if (result.tooBigForBrowser) notes.push(fill(t.exportTooBig, { w: result.tooBigForBrowser.width, h: result.tooBigForBrowser.height }));
      if (result.serverError) notes.push(fill(t.exportServerFailed, { reason: reasonOf(result.serverError) }));
      if (result.scaledTo) notes.push(fill(t.exportScaledDown, { w: result.scaledTo.width, h: result.scaledTo.height }));
      setMessage({ kind: result.scaledTo ? 'error' : 'info', text: notes.join(' ') });
    } catch (e) {
      if (!stop.signal.aborted) setMessage({ kind: 'error', text: failure(e) });
    } finally {
      if (running.current === stop) running.current = null;
      setBusy(false);
    }
  };

  const check = (k: 'title' | 'legend' | 'bibliography' | 'badges', label: string) => (
    <label className="export-check">
      <input type="checkbox" checked={choice[k]} onChange={(e) => set(k, e.target.checked)} /> {label}
    </label>
  );

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        tabIndex={-1}
        className="dialog card export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-h`}
        aria-busy={busy}
        data-testid="export-dialog"
        onKeyDown={(e) => e.stopPropagation()}
      >
        <h2 id={`${id}-h`}>{t.exportTitle}</h2>
        <div className="field">
          <label htmlFor={`${id}-format`}>{t.exportFormat}</label>
          <select
            id={`${id}-format`}
            ref={first}
            value={interchange ?? choice.format}
            onChange={(e) => {
              const f = e.target.value as AnyFormat;
              if (isInterchange(f)) setInterchange(f);
              else {
                setInterchange(null);
                set('format', f);
              }
            }}
            data-testid="export-format"
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f === 'json' ? t.exportJson : f === 'argdown' ? t.exportArgdown : f === 'aif' ? t.exportAif : f === 'xaif' ? t.exportXaif : f === 'kialo' ? t.exportKialo : f.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        {choice.format === 'png' && !interchange && (
          <>
            <fieldset className="export-row">
              <legend>{t.exportScale}</legend>
              {([1, 2, 4] as const).map((s) => (
                <label key={s}>
                  <input type="radio" name={`${id}-scale`} checked={choice.scale === s} onChange={() => set('scale', s)} /> {s}×
                </label>
              ))}
            </fieldset>
            <fieldset className="export-row">
              <legend>{t.exportBackground}</legend>
              <label>
                <input type="radio" name={`${id}-bg`} checked={choice.background === 'white'} onChange={() => set('background', 'white')} /> {t.exportWhite}
              </label>
              <label>
                <input type="radio" name={`${id}-bg`} checked={choice.background === 'transparent'} onChange={() => set('background', 'transparent')} /> {t.exportTransparent}
              </label>
            </fieldset>
          </>
        )}
        {choice.format === 'pdf' && !interchange && (
          <fieldset className="export-row">
            <legend>{t.exportPage}</legend>
            {(['a4', 'a3', 'fit'] as const).map((p) => (
              <label key={p}>
                <input type="radio" name={`${id}-page`} checked={choice.page === p} onChange={() => set('page', p)} /> {p === 'fit' ? t.exportPageFit : p.toUpperCase()}
              </label>
            ))}
          </fieldset>
        )}
        {imageOptions && (
          <>
            <fieldset className="export-row">
              <legend>{t.exportScope}</legend>
              {(['map', 'view', 'selection'] as ExportScope[]).map((s) => (
                <label key={s}>
                  <input
                    type="radio"
                    name={`${id}-scope`}
                    value={s}
                    checked={choice.scope === s}
                    disabled={(s === 'view' && !canvasView) || (s === 'selection' && !selected.size)}
                    onChange={() => set('scope', s)}
                  />{' '}
                  {s === 'map' ? t.exportScopeMap : s === 'view' ? t.exportScopeView : fill(t.exportScopeSelection, { n: selected.size })}
                </label>
              ))}
            </fieldset>
            <fieldset className="export-checks">
              <legend>{t.exportInclude}</legend>
              {check('title', t.exportShowTitle)}
              {check('legend', t.exportShowLegend)}
              {check('bibliography', t.exportShowBibliography)}
              {check('badges', t.exportShowBadges)}
            </fieldset>
          </>
        )}
        {busy && (
          <p className="export-progress" role="status" data-testid="export-progress">
            <progress aria-label={t.exportBusy} /> {t.exportBusy}
          </p>
        )}
        {message && (
          <p className={message.kind === 'error' ? 'error' : 'hint'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="export-message">
            {message.text}
          </p>
        )}
        <div className="message-actions">
          <button type="button" onClick={() => void submit()} disabled={busy} data-testid="export-download">
            {t.exportDownload}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {busy ? t.exportStop : t.exportCancel}
          </button>
        </div>
      </div>
    </div>
  );
}
