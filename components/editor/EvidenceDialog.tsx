'use client';
// A new EVIDENCE node needs its source and verbatim quote from the start: the rule
// wants node and citation in one batch, so they are asked for together.
import { useEffect, useId, useRef, useState } from 'react';
import { LIMITS } from '@/lib/api/schemas';
import { fill, useEditor } from './context';
import { LimitCounter } from './LimitCounter';
import { useModal } from './modal';
import { addEvidence } from './commands';
import { CitationForm } from './SidePanel';

export function EvidenceDialog({ at }: { at: { x: number; y: number } }) {
  const ctx = useEditor();
  const { t } = ctx;
  const [title, setTitle] = useState(t.newTitle.EVIDENCE);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const close = () => ctx.canvas.getState().setEvidenceAt(null);
  const box = useRef<HTMLDivElement>(null);
  useModal(box, close);
  useEffect(() => {
    first.current?.focus();
    first.current?.select();
  }, []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        tabIndex={-1}
        className="dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-h`}
        onKeyDown={(e) => e.stopPropagation()}
      >
        <h2 id={`${id}-h`}>{t.evidenceTitle}</h2>
        <p className="hint">{t.evidenceHint}</p>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t.title}</label>
          <input id={`${id}-title`} ref={first} value={title} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => setTitle(e.target.value)} />
          <LimitCounter length={title.length} max={LIMITS.nodeTitle} template={t.charCount} />
          {error && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error}
            </p>
          )}
        </div>
        <CitationForm
          submitLabel={t.evidenceTitle}
          onSubmit={(c) => {
            const problem = !title.trim() ? t.titleRequired : title.trim().length > LIMITS.nodeTitle ? fill(t.tooLong, { field: t.title, max: LIMITS.nodeTitle, n: title.trim().length }) : null;
            setError(problem);
            if (problem) return false;
            const ok = addEvidence(ctx, at, title.trim(), { source: c.source, quote: c.quote, page: c.page || undefined });
            if (ok) close();
            return ok;
          }}
        />
        <button type="button" className="secondary" onClick={close}>{t.cancel}</button>
      </div>
    </div>
  );
}
