'use client';
// What the user must know: a refusal on the spot (with the rule's reason), a conflict
// with someone else's edit (both versions, and a way to re-apply ours), a batch the
// server refused, an undo that could not apply.
import { useEffect } from 'react';
import type { AnyEntity, Conflict } from '@/lib/client/editor-store';
import type { Operation } from '@/lib/argument/operations';
import { fill, useCanvas, useDoc, useEditor, type EditorText } from './context';
import { explainError } from './explain';

function describe(t: EditorText, e: AnyEntity | null): string {
  if (!e) return '';
  const r = e as unknown as Record<string, unknown>;
  if (typeof r.title === 'string') return r.title;
  if (typeof r.quote === 'string') return r.quote;
  if (typeof r.name === 'string') return r.name;
  if (typeof r.type === 'string') return t.relationNames[r.type as keyof EditorText['relationNames']] ?? String(r.type);
  return '';
}

/** The fields of ours that differ from theirs, as "field: value". */
function changedFields(c: Conflict): [string, string, string][] {
  if (c.mine.op !== 'update') return [];
  const theirs = (c.theirs ?? {}) as Record<string, unknown>;
  return Object.entries(c.mine.data as Record<string, unknown>)
    .filter(([k]) => k !== 'x' && k !== 'y')
    .map(([k, v]) => [k, String(theirs[k] ?? ''), String(v)]);
}

function ConflictCard({ c }: { c: Conflict }) {
  const ctx = useEditor();
  const { t } = ctx;
  const title = describe(t, c.theirs ?? c.local);
  const fields = changedFields(c);
  const label = (k: string) => (k === 'title' ? t.title : k === 'body' ? t.body : k === 'kind' ? t.kind : k);
  return (
    <div className="message conflict" role="alert" data-testid="conflict">
      <h2>{t.conflictTitle}</h2>
      <p>{fill(c.theirs ? t.conflictBody : t.conflictDeleted, { title })}</p>
      {fields.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{t.details}</span></th>
              <th scope="col">{t.theirs}</th>
              <th scope="col">{t.mine}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map(([k, theirs, mine]) => (
              <tr key={k}>
                <th scope="row">{label(k)}</th>
                <td data-testid="conflict-theirs">{theirs}</td>
                <td data-testid="conflict-mine">{mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.mine.op === 'delete' && <p>{t.mine}: {t.youDeleted}</p>}
      <div className="message-actions">
        <button type="button" onClick={() => {
          const r = ctx.doc.getState().resolveConflict(c.id, 'mine');
          if (r && !r.ok) ctx.canvas.getState().showFlash('error', explainError(t, r.error));
        }}>
          {t.applyMine}
        </button>
        <button type="button" className="secondary" onClick={() => ctx.doc.getState().resolveConflict(c.id, 'theirs')}>
          {t.keepTheirs}
        </button>
      </div>
    </div>
  );
}

/** What a refused write carried that the user typed (a quote, a title): shown again, to copy. */
function TypedBack({ ops }: { ops?: Operation[] }) {
  const { t } = useEditor();
  const quotes = (ops ?? []).flatMap((op) => (op.op === 'create' && op.entity === 'citation' ? [op.data.quote] : []));
  if (!quotes.length) return null;
  return (
    <>
      {quotes.map((q, i) => (
        <p key={i} className="typed-back" data-testid="typed-back">
          {fill(t.quoteKept, { quote: q })}{' '}
          <button type="button" className="link-button" onClick={() => void navigator.clipboard?.writeText(q).catch(() => undefined)}>
            {t.copyQuote}
          </button>
        </p>
      ))}
    </>
  );
}

export function Messages() {
  const ctx = useEditor();
  const { t } = ctx;
  const flash = useCanvas((s) => s.flash);
  const conflicts = useDoc((s) => s.conflicts);
  const notices = useDoc((s) => s.notices);
  // a refusal stays until the next click or key, long enough to read, not forever
  useEffect(() => {
    if (!flash) return;
    const clear = () => ctx.canvas.getState().clearFlash();
    // in the capture phase: a key or click that a field or the canvas keeps to itself counts too
    const timer = setTimeout(() => {
      window.addEventListener('pointerdown', clear, { once: true, capture: true });
      window.addEventListener('keydown', clear, { once: true, capture: true });
    }, 400);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', clear, { capture: true });
      window.removeEventListener('keydown', clear, { capture: true });
    };
  }, [flash, ctx.canvas]);
  return (
    <div className="messages">
      <div role="alert" className="flash-region" data-testid="flash">
        {flash && <p className={`message flash ${flash.kind}`}>{flash.text}</p>}
      </div>
      {conflicts.map((c) => (
        <ConflictCard key={c.id} c={c} />
      ))}
      {notices.map((n) => (
        <div key={n.id} className="message notice" role="alert" data-testid="notice">
          <div>
            <p>
              {n.kind === 'removed'
                ? fill(t.removedWhileEditing, { label: n.label })
                : fill(n.kind === 'undo' ? t.undoFailed : t.refused, { label: n.label, reason: explainError(t, { code: n.rule, message: n.message }) })}
            </p>
            <TypedBack ops={n.ops} />
          </div>
          <button type="button" className="secondary" onClick={() => ctx.doc.getState().dismissNotice(n.id)}>{t.dismiss}</button>
        </div>
      ))}
    </div>
  );
}
