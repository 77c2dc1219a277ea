'use client';
// The source library of a map (/maps/{id}/sources): its sources with full references,
// each source's citations and the nodes that use them, attaching a text by paste or
// upload, the reader (create evidence from a passage, cite a passage on a node, follow
// a citation back to its passage), the sourcing figure and the bibliography. Every
// change goes through the v1 API; afterwards the graph is read again.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArgNode, Citation, Source } from '@/lib/argument/model';
import type { Operation } from '@/lib/argument/operations';
import { roleAtLeast } from '@/lib/argument/model';
import { newId } from '@/lib/client/ids';
import type { Locale, Messages } from '@/lib/i18n/messages';
import { CITABLE_KINDS, sourcingApi, type SourceFields, type SourcingGraph } from '@/lib/client/sourcing/api';
import { sourcingStatus } from '@/lib/sourcing/status';
import { quoteDisplay } from '@/lib/sourcing/fingerprint';
import { QuoteStatusLine } from './QuoteStatusLine';
import { BibliographyPanel } from './BibliographyPanel';
import { EvidenceForm } from './EvidenceForm';
import { SourceForm } from './SourceForm';
import { SourceReader, type ReaderPassage, type SourceReaderHandle } from './SourceReader';
import { SourcingFigure } from './SourcingFigure';
import { TextForm } from './TextForm';
import './sourcing.css';
import { fill } from '@/lib/i18n/fill';

type T = Messages['sourcing'];

const authorLine = (s: Source) =>
  s.authors
    .map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '))
    .filter(Boolean)
    .join(', ');

type Panel = { kind: 'edit'; sourceId: string } | { kind: 'new' } | { kind: 'text'; sourceId: string } | null;
type Notice = { kind: 'ok' | 'error'; text: string } | null;

export function SourceLibrary({ initial, t, kinds, locale }: { initial: SourcingGraph; t: T; kinds: Messages['editor']['kinds']; locale: Locale }) {
  const mapId = initial.map.id;
  const [graph, setGraph] = useState(initial);
  const role = graph.map.role;
  const canEdit = roleAtLeast(role, 'EDITOR');
  const isMember = role !== null;

  const [panel, setPanel] = useState<Panel>(null);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [readerSourceId, setReaderSourceId] = useState<string | null>(null);
  const [texts, setTexts] = useState<Map<string, { version: number; text: string; fingerprintMatch?: boolean | null }>>(new Map());
  const [selectedNodeId, setSelectedNodeId] = useState('');
  const [citedNote, setCitedNote] = useState<string | null>(null);
  const [draft, setDraft] = useState<(ReaderPassage & { sourceId: string }) | null>(null);
  const [pendingScroll, setPendingScroll] = useState<string | null>(null);
  const reader = useRef<SourceReaderHandle>(null);

  const nodes = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph.nodes]);
  const nodeTitles = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.title])), [graph.nodes]);
  const bySource = useMemo(() => {
    const m = new Map<string, Citation[]>();
    for (const c of graph.citations) m.set(c.sourceId, [...(m.get(c.sourceId) ?? []), c]);
    return m;
  }, [graph.citations]);
  const summary = useMemo(() => sourcingStatus(graph), [graph]);
  const citable = useMemo(() => graph.nodes.filter((n) => CITABLE_KINDS.includes(n.kind)), [graph.nodes]);
  const supportable = useMemo(() => graph.nodes.filter((n) => n.kind === 'CLAIM' || n.kind === 'PROPOSAL'), [graph.nodes]);

  const refresh = useCallback(async () => {
    setGraph(await sourcingApi.graph(mapId));
  }, [mapId]);

  /** Runs a change; shows its error (or an ok message) and reads the graph again. */
  const run = async (change: () => Promise<unknown>, ok?: string, opts: { inForm?: boolean } = {}) => {
    setBusy(true);
    setFormError(null);
    setNotice(null);
    try {
      await change();
      await refresh();
      if (ok) setNotice({ kind: 'ok', text: ok });
      return true;
    } catch (e) {
      const message = (e as Error).message;
      if (opts.inForm) setFormError(message);
      else setNotice({ kind: 'error', text: message });
      return false;
    } finally {
      setBusy(false);
    }
  };

  // the reader's source: its text, loaded again when the source's version moves on
  const readerSource = readerSourceId ? graph.sources.find((s) => s.id === readerSourceId) ?? null : null;
  const cachedText = readerSource ? texts.get(readerSource.id) : undefined;
  // a text of an older version would put the citations' new offsets on the wrong words
  const readerText = cachedText && cachedText.version === readerSource?.version ? cachedText : undefined;
  const wanted = readerSource?.hasText && isMember ? { id: readerSource.id, version: readerSource.version } : null;
  const stale = wanted !== null && !readerText;
  useEffect(() => {
    if (!wanted || !stale) return;
    let live = true;
    sourcingApi
      .getText(mapId, wanted.id)
      .then((a) => live && setTexts((m) => new Map(m).set(a.sourceId, { version: a.version, text: a.text, fingerprintMatch: a.fingerprintMatch })))
      .catch((e: Error) => live && setNotice({ kind: 'error', text: e.message }));
    return () => {
      live = false;
    };
    // keyed by the source's id and version: a new object for the same source fetches nothing
  }, [mapId, wanted?.id, wanted?.version, stale]);

  // "show passage": once the reader has the text, scroll to the citation
  useEffect(() => {
    if (!pendingScroll || !readerText) return;
    const frame = requestAnimationFrame(() => {
      if (!reader.current?.scrollToCitation(pendingScroll)) {
        const c = graph.citations.find((x) => x.id === pendingScroll);
        if (c) setNotice({ kind: 'error', text: t.status[c.quoteStatus ?? 'unchecked'] });
      }
      setPendingScroll(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingScroll, readerText, graph.citations, t.status]);

  const showPassage = (c: Citation) => {
    setReaderSourceId(c.sourceId);
    setPendingScroll(c.id);
  };

  const saveSource = (fields: SourceFields) =>
    run(
      async () => {
        if (panel?.kind === 'edit') {
          const s = graph.sources.find((x) => x.id === panel.sourceId)!;
          await sourcingApi.updateSource(mapId, s.id, s.version, fields);
        } else await sourcingApi.createSource(mapId, fields);
        setPanel(null);
      },
      undefined,
      { inForm: true },
    );

  const deleteSource = (s: Source) => {
    const n = bySource.get(s.id)?.length ?? 0;
    if (!window.confirm(fill(s.hasText ? t.confirmDeleteWithText : t.confirmDelete, { title: s.title, n }))) return;
    if (readerSourceId === s.id) setReaderSourceId(null);
    void run(() => sourcingApi.deleteSource(mapId, s.id, s.version));
  };

  const saveText = (s: Source, content: string | File) =>
    run(
      async () => {
        const a = await sourcingApi.putText(mapId, s.id, s.version, content);
        setPanel(null);
        const verified = a.citations.filter((c) => c.quoteStatus === 'verified').length;
        const mismatch = a.citations.filter((c) => c.quoteStatus === 'mismatch').length;
        // a text stored for a source with a fingerprint: say whether it is the original
        const original = a.fingerprintMatch === true ? ` ${t.original.matches}` : a.fingerprintMatch === false ? ` ${t.original.differs}` : '';
        setNotice({ kind: 'ok', text: fill(t.textSaved, { n: a.length, verified, mismatch }) + original });
        setReaderSourceId(s.id);
      },
      undefined,
      { inForm: true },
    );

  const removeText = (s: Source) => {
    if (!window.confirm(fill(t.confirmRemoveText, { title: s.title }))) return;
    if (readerSourceId === s.id) setReaderSourceId(null);
    void run(() => sourcingApi.deleteText(mapId, s.id, s.version));
  };

  const createEvidence = (input: { title: string; supportsId: string | null }) => {
    if (!draft) return;
    const nodeId = newId();
    const target = input.supportsId ? nodes.get(input.supportsId) : undefined;
    const operations: Operation[] = [
      { op: 'create', entity: 'node', id: nodeId, data: { kind: 'EVIDENCE', title: input.title, x: target ? target.x : 0, y: target ? target.y + 200 : 0 } },
      {
        op: 'create',
        entity: 'citation',
        id: newId(),
        data: { nodeId, sourceId: draft.sourceId, quote: draft.quote, locator: { start: draft.start, end: draft.end, paragraph: draft.paragraph } },
      },
    ];
    if (target) operations.push({ op: 'create', entity: 'relation', id: newId(), data: { type: 'SUPPORTS', fromId: nodeId, toId: target.id } });
    void run(
      async () => {
        await sourcingApi.batch(mapId, operations);
        setDraft(null);
        setSelectedNodeId(nodeId);
      },
      fill(t.evidence.created, { title: input.title }),
      { inForm: true },
    );
  };

  const citeOnSelected = (p: ReaderPassage) => {
    const node = nodes.get(selectedNodeId);
    if (!node || !readerSource) return;
    void run(
      () => sourcingApi.createCitation(mapId, { nodeId: node.id, sourceId: readerSource.id, quote: p.quote, locator: { start: p.start, end: p.end, paragraph: p.paragraph } }),
      fill(t.cited, { title: node.title }),
    );
  };

  const onSelectNodes = (ids: string[]) => {
    if (ids[0]) setSelectedNodeId(ids[0]);
    setCitedNote(fill(t.citedNodes, { titles: ids.map((id) => `„${nodeTitles.get(id) ?? id}”`).join(', ') }));
  };

  const mapHref = `/maps/${encodeURIComponent(mapId)}`;

  return (
    <div className="sources-layout">
      <div className="sources-main">
        <p>
          <a href={mapHref}>← {t.backToMap}</a>
        </p>
        <h1>
          {t.pageTitle} · <span className="map-title">{graph.map.title}</span>
        </h1>
        <p className="hint">{t.pageIntro}</p>
        {notice && (
          <p className={notice.kind === 'error' ? 'error notice' : 'ok notice'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="sources-notice">
            {notice.text}
          </p>
        )}
        <SourcingFigure t={t} kinds={kinds} summary={summary} nodes={nodes} mapHref={mapHref} />

        <section aria-labelledby="library-h" className="library">
          <div className="row spread">
            <h2 id="library-h">{t.library}</h2>
            {canEdit && panel?.kind !== 'new' && (
              <button type="button" onClick={() => (setPanel({ kind: 'new' }), setFormError(null))}>
                {t.addSource}
              </button>
            )}
          </div>
          {panel?.kind === 'new' && <SourceForm t={t} busy={busy} error={formError} onSubmit={saveSource} onCancel={() => setPanel(null)} />}
          {!isMember && graph.sources.some((s) => s.hasText) && <p className="hint">{t.textPrivate}</p>}
          {graph.sources.length === 0 ? (
            <p className="hint">{t.noSources}</p>
          ) : (
            <ul className="source-list">
              {graph.sources.map((s) => {
                const cites = bySource.get(s.id) ?? [];
                const meta = [t.types[s.type], authorLine(s), s.date, s.container, s.publisher].filter(Boolean).join(' · ');
                return (
                  <li key={s.id}>
                    <article className={`card source-card${readerSourceId === s.id ? ' reading' : ''}`} aria-labelledby={`src-${s.id}`} data-testid="source-card" data-source-id={s.id}>
                      <h3 id={`src-${s.id}`}>{s.title}</h3>
                      <p className="meta">{meta}</p>
                      {s.url && (
                        <p className="meta">
                          <a href={s.url} rel="noreferrer noopener" target="_blank">
                            {s.url}
                          </a>
                        </p>
                      )}
                      <p className="meta">
                        <span className={s.hasText ? 'badge has-text' : 'badge'} data-testid="source-text-badge">
                          {s.hasText ? t.hasText : s.fingerprint ? t.original.badge : t.noText}
                        </span>
                      </p>
                      {s.fingerprint && (
                        <details className="meta fingerprint" data-testid="source-fingerprint">
                          <summary>{t.original.fingerprint}</summary>
                          <code>{s.fingerprint}</code>
                          {!s.hasText && <p>{t.original.howToCheck}</p>}
                          {s.hasText && readerSourceId === s.id && readerText && typeof readerText.fingerprintMatch === 'boolean' && (
                            <p data-testid="fingerprint-match">{readerText.fingerprintMatch ? t.original.matches : t.original.differs}</p>
                          )}
                        </details>
                      )}
                      <div className="row">
                        {s.hasText && isMember && (
                          <button type="button" className="secondary small" aria-pressed={readerSourceId === s.id} onClick={() => setReaderSourceId(readerSourceId === s.id ? null : s.id)}>
                            {readerSourceId === s.id ? t.closeReader : t.read}
                          </button>
                        )}
                        {canEdit && (
                          <>
                            <button type="button" className="secondary small" onClick={() => (setPanel({ kind: 'text', sourceId: s.id }), setFormError(null))}>
                              {s.hasText ? t.replaceText : t.attachText}
                            </button>
                            {s.hasText && (
                              <button type="button" className="secondary small" onClick={() => removeText(s)}>
                                {t.removeText}
                              </button>
                            )}
                            <button type="button" className="secondary small" onClick={() => (setPanel({ kind: 'edit', sourceId: s.id }), setFormError(null))}>
                              {t.editSource}
                            </button>
                            <button type="button" className="secondary small danger" onClick={() => deleteSource(s)}>
                              {t.deleteSource}
                            </button>
                          </>
                        )}
                      </div>
                      {panel?.kind === 'edit' && panel.sourceId === s.id && (
                        <SourceForm key={s.version} t={t} initial={s} busy={busy} error={formError} onSubmit={saveSource} onCancel={() => setPanel(null)} />
                      )}
                      {panel?.kind === 'text' && panel.sourceId === s.id && (
                        <TextForm t={t} sourceTitle={s.title} busy={busy} error={formError} onSubmit={(content) => void saveText(s, content)} onCancel={() => setPanel(null)} />
                      )}
                      <h4>
                        {t.citations} ({cites.length})
                      </h4>
                      {cites.length === 0 ? (
                        <p className="hint">{t.noCitations}</p>
                      ) : (
                        <ul className="citation-list">
                          {cites.map((c) => {
                            const node: ArgNode | undefined = nodes.get(c.nodeId);
                            const status = quoteDisplay(c, s);
                            return (
                              <li key={c.id} data-testid="citation-item" data-citation-id={c.id} className={`citation status-${status}`}>
                                <q>{c.quote.length > 220 ? `${c.quote.slice(0, 217)}…` : c.quote}</q>
                                <span className="meta">
                                  {' '}
                                  {c.locator.page && `${fill(t.page, { n: c.locator.page })} · `}
                                  {c.locator.paragraph && `${fill(t.paragraph, { n: c.locator.paragraph })} · `}
                                  {t.citedOn} {node && <span className="badge">{kinds[node.kind]}</span>}{' '}
                                  <a href={`${mapHref}?node=${encodeURIComponent(c.nodeId)}`}>{node?.title ?? c.nodeId}</a>
                                  {' · '}
                                  <QuoteStatusLine citation={c} source={s} ts={t} testId="quote-status" />
                                </span>
                                {s.hasText && isMember && status !== 'mismatch' && (
                                  <button type="button" className="secondary small" onClick={() => showPassage(c)}>
                                    {t.showPassage}
                                  </button>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <BibliographyPanel mapId={mapId} t={t} locale={locale} sourceCount={graph.sources.length} revision={graph.revision} />
      </div>

      {readerSource && (
        <aside className="sources-reader card" aria-label={`${t.reader.label}: ${readerSource.title}`}>
          <div className="row spread">
            <h2>{readerSource.title}</h2>
            <button type="button" className="secondary small" onClick={() => setReaderSourceId(null)}>
              {t.closeReader}
            </button>
          </div>
          {readerText && <p className="hint">{fill(t.textLength, { n: readerText.text.length })}</p>}
          {canEdit && (
            <label className="selected-node">
              {t.selectedNode}{' '}
              <select value={selectedNodeId} onChange={(e) => (setSelectedNodeId(e.target.value), setCitedNote(null))} data-testid="selected-node">
                <option value="">{t.chooseNode}</option>
                {citable.map((n) => (
                  <option key={n.id} value={n.id}>
                    {kinds[n.kind]}: {n.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          {citedNote && (
            <p className="hint" role="status" data-testid="cited-note">
              {citedNote}
            </p>
          )}
          {draft && draft.sourceId === readerSource.id && (
            <EvidenceForm t={t} passage={draft} targets={supportable} busy={busy} error={formError} onSubmit={createEvidence} onCancel={() => setDraft(null)} />
          )}
          {readerText ? (
            <SourceReader
              ref={reader}
              text={readerText.text}
              citations={bySource.get(readerSource.id) ?? []}
              t={t.reader}
              nodeTitles={nodeTitles}
              canEdit={canEdit}
              language={readerSource.language}
              selectedNodeTitle={nodes.get(selectedNodeId)?.title ?? null}
              onCreateEvidence={(p) => (setDraft({ ...p, sourceId: readerSource.id }), setFormError(null))}
              onCiteOnSelectedNode={citeOnSelected}
              onSelectNodes={onSelectNodes}
            />
          ) : (
            <p className="hint">{t.reader.loading}</p>
          )}
        </aside>
      )}
    </div>
  );
}
