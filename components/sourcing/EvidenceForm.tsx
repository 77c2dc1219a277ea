'use client';
// "Create evidence from this passage": the new EVIDENCE node's title, and optionally
// the CLAIM or PROPOSAL it supports. The quote and its locator come from the reader.
import { useEffect, useId, useRef, useState } from 'react';
import type { ArgNode } from '@/lib/argument/model';
import { LIMITS } from '@/lib/api/schemas';
import type { Messages } from '@/lib/i18n/messages';
import type { ReaderPassage } from './SourceReader';
import { FormFooter } from './FormFooter';
import { LimitCounter } from '@/components/editor/LimitCounter';
import { fill } from '@/lib/i18n/fill';

/** A first suggestion for the title: the passage's first sentence, cut to fit. */
export function suggestTitle(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  const sentence = /^.{20,}?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat;
  return sentence.length > 160 ? `${sentence.slice(0, 157).replace(/\s+\S*$/, '')}…` : sentence;
}

export function EvidenceForm({
  t,
  passage,
  targets,
  busy,
  error,
  onSubmit,
  onCancel,
  defaultSupportsId = '',
}: {
  t: Messages['sourcing'];
  passage: ReaderPassage;
  /** the nodes the evidence may support */
  targets: readonly ArgNode[];
  busy: boolean;
  error: string | null;
  onSubmit: (input: { title: string; supportsId: string | null }) => void;
  onCancel: () => void;
  /** the node offered first as what the evidence supports ('' for none) */
  defaultSupportsId?: string;
}) {
  const id = useId();
  const [title, setTitle] = useState(() => suggestTitle(passage.quote));
  const [supportsId, setSupportsId] = useState(defaultSupportsId);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  // no maxLength: a pasted title is not cut silently; past the limit the form says so and waits
  const length = title.trim().length;
  const tooLong = length > LIMITS.nodeTitle;
  return (
    <form
      className="form evidence-form card"
      aria-labelledby={`${id}-h`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() && !tooLong) onSubmit({ title: title.trim(), supportsId: supportsId || null });
      }}
    >
      <h3 id={`${id}-h`}>{t.evidence.title}</h3>
      <blockquote className="quote">{passage.quote}</blockquote>
      <label>
        {t.evidence.nodeTitle}
        <input ref={first} value={title} required aria-invalid={tooLong || undefined} aria-describedby={tooLong ? `${id}-long` : undefined} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <LimitCounter length={title.length} max={LIMITS.nodeTitle} template={t.evidence.charCount} />
      {tooLong && (
        <p className="field-error" id={`${id}-long`} role="alert">
          {fill(t.evidence.tooLong, { max: LIMITS.nodeTitle, n: length })}
        </p>
      )}
      <label>
        {t.evidence.supports}
        <select value={supportsId} onChange={(e) => setSupportsId(e.target.value)}>
          <option value="">{t.evidence.none}</option>
          {targets.map((n) => (
            <option key={n.id} value={n.id}>
              {n.title}
            </option>
          ))}
        </select>
      </label>
      <FormFooter error={error} busy={busy} disabled={!title.trim() || tooLong} submitLabel={t.evidence.create} workingLabel={t.working} cancelLabel={t.cancel} onCancel={onCancel} />
    </form>
  );
}
