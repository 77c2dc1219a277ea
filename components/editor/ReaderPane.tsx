'use client';
// The source reader beside the canvas: pick one of the map's sources, read its stored
// text with the cited passages highlighted, and turn a selected passage into evidence
// or a citation on the selected node (editors only). Clicking a highlight selects the
// nodes that cite it; "show passage" in the side panel opens the reader here, scrolled
// to the citation. Texts are private to the map's members: visitors get a note, and
// nothing is fetched that would be refused.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import type { Citation } from '@/lib/argument/model';
import { checkQuote } from '@/lib/sourcing/check';
import { CITABLE_KINDS } from '@/lib/client/sourcing/api';
import { cachedFingerprintMatch, cachedSourceText, loadSourceText, type SourceText } from '@/lib/client/source-texts';
import type { PassageCitation } from '@/lib/client/edit-ops';
import { SourceReader, type ReaderPassage, type SourceReaderHandle } from '@/components/sourcing/SourceReader';
import { EvidenceForm } from '@/components/sourcing/EvidenceForm';
import { fill, useCanvas, useDoc, useEditor } from './context';
import { citePassageOnSelected, createEvidenceFromPassage, revealNodes } from './commands';

/** A citation just made here has no status until the server has checked it: the same check, run here, places it meanwhile. */
function withLocalStatus(c: Citation, text: string): Citation {
  if (c.quoteStatus) return c;
  const { status, locator } = checkQuote(text, c.quote, c.locator);
  return status === 'verified' ? { ...c, quoteStatus: status, locator } : c;
}

export function ReaderPane() {
  const ctx = useEditor();
  const { t, ts, mapId, readOnly, canvas } = ctx;
  const id = useId();
  const member = useDoc((s) => s.meta.role !== null);
  const sources = useDoc((s) => s.view.sources);
  const citations = useDoc((s) => s.view.citations);
  const nodes = useDoc((s) => s.view.nodes);
  const reader = useCanvas((s) => s.reader);
  const selectedNodes = useCanvas((s) => s.selectedNodes);
  const selectedRelations = useCanvas((s) => s.selectedRelations);
  const handle = useRef<SourceReaderHandle>(null);
  const [loaded, setLoaded] = useState<(SourceText & { sourceId: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  /** "create evidence from this passage": the passage, waiting for the reader to confirm */
  const [draft, setDraft] = useState<{ passage: ReaderPassage; sourceId: string } | null>(null);

  const list = useMemo(() => [...sources.values()], [sources]);
  const source = (reader.sourceId ? sources.get(reader.sourceId) : undefined) ?? list.find((s) => s.hasText) ?? list[0] ?? null;
  const wanted = source && source.hasText && member ? source : null;
  const text = wanted
    ? (cachedSourceText(mapId, wanted.id, wanted.version) ??
      (loaded && loaded.sourceId === wanted.id && loaded.version === wanted.version ? loaded.text : undefined))
    : undefined;
  const missing = wanted !== null && text === undefined;
  // a source with a fingerprint: whether this text is the original its quotes were checked against
  const original = wanted
    ? (cachedFingerprintMatch(mapId, wanted.id, wanted.version) ??
      (loaded && loaded.sourceId === wanted.id && loaded.version === wanted.version && typeof loaded.fingerprintMatch === 'boolean' ? loaded.fingerprintMatch : undefined))
    : undefined;

  useEffect(() => {
    if (!wanted || !missing) return;
    let live = true;
    setError(null);
    loadSourceText(mapId, wanted.id, wanted.version)
      .then((a) => live && setLoaded({ sourceId: wanted.id, ...a }))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
    // keyed by the source's id and version: a new object for the same source fetches nothing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapId, wanted?.id, wanted?.version, missing, attempt]);

  // another source: the last note was about the previous one
  useEffect(() => {
    setNote(null);
    setDraft(null);
  }, [source?.id]);

  // "show passage": once the text is there, bring the citation's passage into view
  useEffect(() => {
    const focus = reader.focus;
    if (!focus) return;
    if (!wanted) {
      canvas.getState().clearReaderFocus();
      return;
    }
    if (text === undefined) return;
    const frame = requestAnimationFrame(() => {
      if (!handle.current?.scrollToCitation(focus.citationId)) setNote(t.reader.notCited);
      canvas.getState().clearReaderFocus();
    });
    return () => cancelAnimationFrame(frame);
  }, [reader.focus, text, wanted, canvas, t]);

  const shown = useMemo(
    () => (source && text !== undefined ? [...citations.values()].filter((c) => c.sourceId === source.id).map((c) => withLocalStatus(c, text)) : []),
    [citations, source, text],
  );
  const nodeTitles = useMemo(() => new Map([...nodes.values()].map((n) => [n.id, n.title])), [nodes]);

  const single = selectedNodes.size === 1 && selectedRelations.size === 0 ? nodes.get([...selectedNodes][0]) : undefined;
  const target = single && CITABLE_KINDS.includes(single.kind) ? single : undefined;
  const targetLine = target
    ? fill(t.reader.citeTarget, { title: target.title })
    : single?.kind === 'QUESTION'
      ? t.reader.questionTarget
      : selectedNodes.size > 1
        ? t.reader.manyTargets
        : t.reader.noTarget;

  const supportable = useMemo(() => [...nodes.values()].filter((n) => n.kind === 'CLAIM' || n.kind === 'PROPOSAL'), [nodes]);
  const passageOf = (p: ReaderPassage, sourceId = source!.id): PassageCitation => ({
    sourceId,
    quote: p.quote,
    locator: { start: p.start, end: p.end, paragraph: p.paragraph },
  });
  const close = () => {
    canvas.getState().closeReader();
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="reader-toggle"]')?.focus());
  };
  const sourcesHref = `/maps/${encodeURIComponent(mapId)}/sources`;

  let body: React.ReactNode;
  if (!member) body = <p className="hint">{ts.textPrivate}</p>;
  else if (!source)
    body = (
      <p className="hint">
        {t.reader.noSources} <Link href={sourcesHref}>{t.reader.toSources}</Link>
      </p>
    );
  else if (!source.hasText)
    body = (
      <p className="hint" data-testid="reader-no-text">
        {t.reader.noText} {readOnly ? t.reader.askForText : <Link href={sourcesHref}>{t.reader.addText}</Link>}
      </p>
    );
  else if (text === undefined)
    body = error ? (
      <div className="error" role="alert">
        <p>{fill(t.reader.loadFailed, { message: error })}</p>
        <button type="button" className="secondary small" onClick={() => setAttempt((n) => n + 1)}>
          {t.reader.retry}
        </button>
      </div>
    ) : (
      <p className="hint">{ts.reader.loading}</p>
    );
  else if (draft)
    body = (
      <div className="reader-confirm" data-testid="evidence-confirm">
        <EvidenceForm
          t={ts}
          passage={draft.passage}
          targets={supportable}
          defaultSupportsId={target && supportable.includes(target) ? target.id : ''}
          busy={false}
          error={null}
          onCancel={() => setDraft(null)}
          onSubmit={({ title, supportsId }) => {
            if (createEvidenceFromPassage(ctx, passageOf(draft.passage, draft.sourceId), { title, supportsId })) setDraft(null);
          }}
        />
      </div>
    );
  else
    body = (
      <>
        <p className={`hint reader-target${target ? ' has-target' : ''}`} data-testid="reader-target">
          {readOnly ? t.reader.readOnly : targetLine}
        </p>
        {original !== undefined && (
          <p className="hint" data-testid="reader-fingerprint" data-match={original}>
            {original ? ts.original.matches : ts.original.differs}
          </p>
        )}
        {note && (
          <p className="hint reader-note" data-testid="reader-note">
            {note}
          </p>
        )}
        <SourceReader
          ref={handle}
          text={text}
          citations={shown}
          t={ts.reader}
          nodeTitles={nodeTitles}
          canEdit={!readOnly}
          language={source.language || undefined}
          selectedNodeTitle={target?.title ?? null}
          onCreateEvidence={readOnly ? undefined : (p) => (setNote(null), setDraft({ passage: p, sourceId: source.id }))}
          onCiteOnSelectedNode={readOnly ? undefined : (p) => (setNote(null), citePassageOnSelected(ctx, passageOf(p)))}
          onSelectNodes={(ids) => revealNodes(ctx, ids)}
        />
      </>
    );

  return (
    <aside className="reader-pane" aria-labelledby={`${id}-h`} data-testid="reader-pane">
      <div className="reader-pane-head">
        <h2 id={`${id}-h`}>{t.reader.title}</h2>
        <button type="button" className="secondary small" onClick={close}>
          {t.reader.close}
        </button>
      </div>
      {member && list.length > 0 && (
        <div className="field reader-source">
          <label htmlFor={`${id}-source`}>{t.reader.source}</label>
          <select id={`${id}-source`} value={source?.id ?? ''} onChange={(e) => canvas.getState().openReader(e.target.value)} data-testid="reader-source">
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.hasText ? s.title : `${s.title} ${t.reader.withoutText}`}
              </option>
            ))}
          </select>
        </div>
      )}
      {body}
    </aside>
  );
}
