'use client';
// Everything about the selected node (kind, title, text, tags, citations) or relation
// (its type, its ends), editable for editors and readable for viewers. Each field is
// saved when it is left or Enter is pressed: one operation per edit.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { NODE_KINDS, SOURCE_TYPES, type ArgNode, type NodeKind, type Relation, type RelationType, type SourceType } from '@/lib/argument/model';
import { allowedRelationTypes, RELATION_RULES } from '@/lib/argument/rules';
import { LIMITS } from '@/lib/api/schemas';
import type { Operation } from '@/lib/argument/operations';
import { indexOf } from '@/lib/client/derive';
import { newId } from '@/lib/client/ids';
import { cachedSourceText, loadSourceText } from '@/lib/client/source-texts';
import { checkQuote } from '@/lib/sourcing/check';
import { fill, useCanvas, useDoc, useEditor, type EditorContextValue } from './context';
import { addUndercut, commit, connect, deleteSelection, reveal, undercuttable, updateNode } from './commands';
import { explainRelation } from './explain';
import { KindIcon, SOURCING_GLYPH } from './icons';
import { QuoteStatusLine } from '@/components/sourcing/QuoteStatusLine';
import { LimitCounter, nearLimit } from './LimitCounter';

const TAG_COLOURS = ['#1f77b4', '#8c564b', '#2ca02c', '#9467bd', '#d62728', '#17becf', '#7f7f7f', '#bcbd22'];

/**
 * A text field that keeps what is typed until it is committed, and follows outside
 * changes otherwise. What cannot be saved (an empty title, a text over its limit) is
 * not saved and not thrown away: the field keeps it and says why, in the reader's words.
 */
function CommitField({ label, value, onCommit, multiline, maxLength, required, testId }: { label: string; value: string; onCommit: (v: string) => void; multiline?: boolean; maxLength: number; required?: boolean; testId?: string }) {
  const { t } = useEditor();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const seen = useRef(value);
  const id = useId();
  // follow changes from elsewhere (someone else, undo) unless the reader is typing something else
  useEffect(() => {
    if (!focused.current || draft === seen.current) {
      setDraft(value);
      setError(null);
    }
    seen.current = value;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const problemOf = (v: string) =>
    required && !v.trim() ? t.titleEmpty : v.length > maxLength ? fill(t.tooLong, { field: label, max: maxLength, n: v.length }) : null;
  const commitDraft = () => {
    if (draft === value) return setError(null);
    const problem = problemOf(draft);
    setError(problem);
    if (!problem) onCommit(draft);
  };
  const restore = () => {
    setDraft(value);
    setError(null);
  };
  const common = {
    id,
    value: draft,
    'data-testid': testId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [nearLimit(draft.length, maxLength) && `${id}-count`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false;
      commitDraft();
    },
  };
  const onChange = (v: string) => {
    setDraft(v);
    if (error) setError(problemOf(v));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDraft();
            if (e.key === 'Escape') restore();
          }}
        />
      )}
      <LimitCounter id={`${id}-count`} length={draft.length} max={maxLength} template={t.charCount} />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid="field-error">
          {error}{' '}
          {draft !== value && (
            <button type="button" className="link-button" onMouseDown={(e) => e.preventDefault()} onClick={restore}>
              {required && !draft.trim() ? t.titleRestore : t.cancel}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

function changeKind(ctx: EditorContextValue, node: ArgNode, kind: NodeKind) {
  const view = ctx.doc.getState().view;
  // say which relation the new kind would break, in the reader's words
  for (const r of view.relations.values()) {
    if (r.fromId !== node.id && r.toId !== node.id) continue;
    const from = r.fromId === node.id ? { id: node.id, kind } : view.nodes.get(r.fromId);
    const toNode = r.toId === node.id ? { id: node.id, kind } : view.nodes.get(r.toId);
    const toRel = view.relations.get(r.toId);
    if (!from) continue;
    const target = toNode ? ({ entity: 'node', id: toNode.id, kind: toNode.kind } as const) : toRel ? ({ entity: 'relation', id: toRel.id, type: toRel.type } as const) : null;
    if (!target) continue;
    const why = explainRelation(ctx.t, ctx.locale, r.type, from, target);
    if (why) {
      ctx.canvas.getState().showFlash('error', why);
      return;
    }
  }
  if (kind === 'EVIDENCE' && !indexOf(view).citationCount.get(node.id)) {
    ctx.canvas.getState().showFlash('error', ctx.t.rules.evidence);
    return;
  }
  updateNode(ctx, node.id, { kind });
}

function Tags({ node }: { node: ArgNode }) {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const tags = useDoc((s) => s.view.tags);
  const [name, setName] = useState('');
  const listId = useId();
  // no maxLength: a pasted name is not cut silently; past the limit the field says so and adds nothing
  const tooLong = name.trim().length > LIMITS.tagName;
  const add = () => {
    const wanted = name.trim();
    if (!wanted || tooLong) return;
    const existing = [...tags.values()].find((x) => x.name.toLocaleLowerCase() === wanted.toLocaleLowerCase());
    const ops: Operation[] = [];
    let tagId = existing?.id;
    if (!tagId) {
      tagId = newId();
      ops.push({ op: 'create', entity: 'tag', id: tagId, data: { name: wanted, color: TAG_COLOURS[tags.size % TAG_COLOURS.length] } });
    }
    if (!node.tagIds.includes(tagId)) ops.push({ op: 'update', entity: 'node', id: node.id, version: node.version, data: { tagIds: [...node.tagIds, tagId] } });
    if (commit(ctx, ops, t.labels.tag)) setName('');
  };
  return (
    <div className="field">
      <span className="field-label" id={`${listId}-label`}>{t.tags}</span>
      <ul className="tag-list" aria-labelledby={`${listId}-label`}>
        {node.tagIds.map((id) => {
          const tag = tags.get(id);
          if (!tag) return null;
          return (
            <li key={id}>
              <span className="tag-dot" style={{ background: tag.color }} aria-hidden="true" />
              {tag.name}
              {!readOnly && (
                <button type="button" className="link-button" aria-label={fill(t.removeTag, { name: tag.name })} onClick={() => updateNode(ctx, node.id, { tagIds: node.tagIds.filter((x) => x !== id) }, t.labels.tag)}>
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <div className="inline-form">
          <input aria-label={t.newTagName} list={listId} value={name} aria-invalid={tooLong || undefined} aria-describedby={tooLong ? `${listId}-long` : undefined} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
          <datalist id={listId}>
            {[...tags.values()].map((x) => (
              <option key={x.id} value={x.name} />
            ))}
          </datalist>
          <button type="button" className="secondary" onClick={add} disabled={tooLong}>{t.addTag}</button>
        </div>
      )}
      {!readOnly && <LimitCounter length={name.length} max={LIMITS.tagName} template={t.charCount} />}
      {!readOnly && tooLong && (
        <p className="field-error" id={`${listId}-long`} role="alert">
          {fill(t.tooLong, { field: t.newTagName, max: LIMITS.tagName, n: name.trim().length })}
        </p>
      )}
    </div>
  );
}

/**
 * The form for a new citation: an existing source or a new one, a quote, a page. A quote
 * of a source whose text is stored is checked here first, with the same check the server
 * runs: one that is not in the text is not sent, and the form keeps it and says so.
 */
export function CitationForm({ onSubmit, submitLabel }: { onSubmit: (c: { source: { id: string } | { title: string; type: SourceType }; quote: string; page: string }) => boolean; submitLabel: string }) {
  const { t, mapId } = useEditor();
  const sources = useDoc((s) => s.view.sources);
  const [sourceId, setSourceId] = useState<string>(() => [...sources.keys()][0] ?? '');
  const [title, setTitle] = useState('');
  const [type, setType] = useState<SourceType>('REPORT');
  const [quote, setQuote] = useState('');
  const [page, setPage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const id = useId();
  const creating = sourceId === '';
  const ready = quote.trim() && (creating ? title.trim() : true);
  const submit = async () => {
    const problem = !quote.trim()
      ? t.quoteRequired
      : quote.trim().length > LIMITS.quote
        ? fill(t.tooLong, { field: t.quote, max: LIMITS.quote, n: quote.trim().length })
        : creating && !title.trim()
          ? t.sourceTitleRequired
          : creating && title.trim().length > LIMITS.sourceTitle
            ? fill(t.tooLong, { field: t.sourceTitle, max: LIMITS.sourceTitle, n: title.trim().length })
            : page.trim().length > LIMITS.locatorPage
              ? fill(t.tooLong, { field: t.page, max: LIMITS.locatorPage, n: page.trim().length })
              : null;
    setError(problem);
    if (problem) return;
    const source = creating ? null : sources.get(sourceId);
    if (source?.hasText) {
      let text = cachedSourceText(mapId, source.id, source.version);
      if (text === undefined) {
        setChecking(true);
        try {
          text = (await loadSourceText(mapId, source.id, source.version)).text;
        } catch {
          // the server checks it anyway, and says so when it is not there
          text = undefined;
        } finally {
          setChecking(false);
        }
      }
      if (text !== undefined && checkQuote(text, quote.trim()).status === 'mismatch') {
        setError(fill(t.quoteNotInSource, { source: source.title }));
        return;
      }
    }
    const ok = onSubmit({ source: creating ? { title: title.trim(), type } : { id: sourceId }, quote: quote.trim(), page: page.trim() });
    if (ok) {
      setQuote('');
      setPage('');
      setError(null);
    }
  };
  return (
    <div className="citation-form">
      <div className="field">
        <label htmlFor={`${id}-source`}>{t.source}</label>
        <select id={`${id}-source`} value={sourceId} onChange={(e) => (setSourceId(e.target.value), setError(null))}>
          {[...sources.values()].map((s) => (
            <option key={s.id} value={s.id}>{s.title}</option>
          ))}
          <option value="">{t.newSource}</option>
        </select>
      </div>
      {creating && (
        <>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t.sourceTitle}</label>
            <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
            <LimitCounter length={title.length} max={LIMITS.sourceTitle} template={t.charCount} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t.sourceType}</label>
            <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as SourceType)}>
              {SOURCE_TYPES.map((s) => (
                <option key={s} value={s}>{t.sourceTypes[s]}</option>
              ))}
            </select>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-quote`}>{t.quote}</label>
        <textarea
          id={`${id}-quote`}
          rows={3}
          value={quote}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setQuote(e.target.value)}
          data-testid="citation-quote"
        />
        <LimitCounter length={quote.length} max={LIMITS.quote} template={t.charCount} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-page`}>{t.page}</label>
        <input id={`${id}-page`} value={page} onChange={(e) => setPage(e.target.value)} />
        <LimitCounter length={page.length} max={LIMITS.locatorPage} template={t.charCount} />
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid="citation-error">
          {error}
        </p>
      )}
      <button type="button" disabled={!ready || checking} onClick={() => void submit()}>
        {checking ? t.checkingQuote : submitLabel}
      </button>
    </div>
  );
}

function Citations({ node }: { node: ArgNode }) {
  const ctx = useEditor();
  const { t, ts, readOnly } = ctx;
  const citations = useDoc((s) => s.view.citations);
  const sources = useDoc((s) => s.view.sources);
  const member = useDoc((s) => s.meta.role !== null);
  const mine = [...citations.values()].filter((c) => c.nodeId === node.id);
  const [adding, setAdding] = useState(false);
  return (
    <section className="field citations" aria-label={t.citations}>
      <h3>{t.citations}</h3>
      {mine.length === 0 && <p className="hint">{t.noCitations}</p>}
      <ul>
        {mine.map((c) => {
          const source = sources.get(c.sourceId);
          // no status yet: the server has not checked a citation made a moment ago
          const status = c.quoteStatus ?? (source?.hasText ? 'pending' : 'unchecked');
          const canShow = member && !!source?.hasText && status !== 'mismatch';
          return (
            <li key={c.id} data-testid="panel-citation" data-citation-id={c.id} className={`citation quote-${status}`}>
              <blockquote>“{c.quote}”</blockquote>
              <div className="hint citation-meta">
                <span className="citation-source">{source?.title}</span>
                {c.locator.paragraph ? (
                  <span className="citation-locator" data-testid="citation-paragraph">
                    <span aria-hidden="true">¶ {c.locator.paragraph}</span>
                    <span className="visually-hidden">{fill(ts.paragraph, { n: c.locator.paragraph })}</span>
                  </span>
                ) : null}
                {c.locator.page ? <span className="citation-locator">{fill(ts.page, { n: c.locator.page })}</span> : null}
              </div>
              <div>
                <QuoteStatusLine citation={c} source={source} ts={ts} label={t.quoteStatusLabel} pendingText={t.quotePending} glyph testId="panel-quote-status" />
              </div>
              <div className="citation-actions">
                {canShow && (
                  <button type="button" className="link-button" onClick={() => ctx.canvas.getState().openReader(c.sourceId, c.id)}>
                    {t.showPassage}
                  </button>
                )}
                {!readOnly && (
                  <button type="button" className="link-button" onClick={() => commit(ctx, [{ op: 'delete', entity: 'citation', id: c.id, version: c.version }], t.labels.citation)}>
                    {t.removeCitation}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {!readOnly &&
        (adding ? (
          <CitationForm
            submitLabel={t.addCitation}
            onSubmit={({ source, quote, page }) => {
              const ops: Operation[] = [];
              let sourceId: string;
              if ('id' in source) sourceId = source.id;
              else {
                sourceId = newId();
                ops.push({ op: 'create', entity: 'source', id: sourceId, data: { type: source.type, title: source.title } });
              }
              ops.push({ op: 'create', entity: 'citation', id: newId(), data: { nodeId: node.id, sourceId, quote, ...(page ? { locator: { page } } : {}) } });
              const ok = commit(ctx, ops, t.labels.citation);
              if (ok) setAdding(false);
              return ok;
            }}
          />
        ) : (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>{t.addCitation}</button>
        ))}
    </section>
  );
}

function NodeDetails({ node }: { node: ArgNode }) {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const sourcing = useDoc((s) => indexOf(s.view).sourcing.get(node.id) ?? null);
  const kindId = useId();
  return (
    <div className="node-details" data-testid="node-details">
      <p className={`panel-kind kind-${node.kind.toLowerCase()}`}>
        <KindIcon kind={node.kind} /> {t.kinds[node.kind]}
        {sourcing && (
          <span className={`sourcing-badge ${sourcing}`} title={t.sourcingHelp[sourcing]}>
            <span aria-hidden="true">{SOURCING_GLYPH[sourcing]}</span> {t.sourcing[sourcing]}
          </span>
        )}
      </p>
      {readOnly ? (
        <>
          <h3 className="panel-title">{node.title}</h3>
          {node.body && <p className="panel-body">{node.body}</p>}
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor={kindId}>{t.kind}</label>
            <select id={kindId} value={node.kind} onChange={(e) => changeKind(ctx, node, e.target.value as NodeKind)} data-testid="panel-kind">
              {NODE_KINDS.map((k) => (
                <option key={k} value={k}>{t.kinds[k]}</option>
              ))}
            </select>
          </div>
          <CommitField label={t.title} value={node.title} maxLength={LIMITS.nodeTitle} required testId="panel-title" onCommit={(v) => updateNode(ctx, node.id, { title: v.trim() }, t.labels.rename)} />
          <CommitField label={t.body} value={node.body} maxLength={LIMITS.nodeBody} multiline testId="panel-body" onCommit={(v) => updateNode(ctx, node.id, { body: v })} />
        </>
      )}
      <Tags node={node} />
      <Citations node={node} />
    </div>
  );
}

function RelationDetails({ relation }: { relation: Relation }) {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const view = useDoc((s) => s.view);
  const from = view.nodes.get(relation.fromId);
  const targetRelation = view.relations.get(relation.toId);
  const to = view.nodes.get(relation.toId);
  const typeId = useId();
  if (!from) return null;
  const options: RelationType[] = to ? allowedRelationTypes(from.kind, to.kind) : ['UNDERCUTS'];
  const describe = (id: string) => view.nodes.get(id)?.title ?? '';
  return (
    <div className="relation-details" data-testid="relation-details">
      <h3>{t.relation}</h3>
      <div className="field">
        <label htmlFor={typeId}>{t.relationType}</label>
        <select
          id={typeId}
          value={relation.type}
          disabled={readOnly || options.length < 2}
          onChange={(e) => commit(ctx, [{ op: 'update', entity: 'relation', id: relation.id, version: relation.version, data: { type: e.target.value as RelationType } }], t.labels.edit)}
        >
          {[...new Set([relation.type, ...options])].map((o) => (
            <option key={o} value={o}>{t.relationNames[o]}</option>
          ))}
        </select>
      </div>
      <dl>
        <dt>{t.from}</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => reveal(ctx, from.id)}>{from.title}</button>
        </dd>
        <dt>{t.to}</dt>
        <dd>
          {to ? (
            <button type="button" className="link-button" onClick={() => reveal(ctx, to.id)}>{to.title}</button>
          ) : targetRelation ? (
            `${t.theRelation}: ${describe(targetRelation.fromId)} ${t.relations[targetRelation.type]} ${describe(targetRelation.toId)}`
          ) : null}
        </dd>
      </dl>
      {!readOnly && undercuttable(relation.type) && <UndercutActions relation={relation} />}
      {!readOnly && (
        <button type="button" className="secondary danger" onClick={() => deleteSelection(ctx)}>{t.delete}</button>
      )}
    </div>
  );
}

/** Undercut this relation: with a new claim, or with a node already on the map that may. */
function UndercutActions({ relation }: { relation: Relation }) {
  const ctx = useEditor();
  const { t } = ctx;
  const view = useDoc((s) => s.view);
  const id = useId();
  // the kinds that may undercut (the rules module), less the nodes that already do: linear in the map
  const candidates = useMemo(() => {
    const already = new Set([...view.relations.values()].filter((r) => r.type === 'UNDERCUTS' && r.toId === relation.id).map((r) => r.fromId));
    return [...view.nodes.values()].filter((n) => n.id !== relation.fromId && n.id !== relation.toId && !already.has(n.id) && RELATION_RULES.UNDERCUTS.from.includes(n.kind));
  }, [view, relation.id, relation.fromId, relation.toId]);
  return (
    <section className="undercut-actions" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.addUndercut}</h3>
      <p className="hint">{t.undercutHelp}</p>
      <button type="button" className="secondary" onClick={() => addUndercut(ctx, relation.id)} data-testid="panel-add-undercut">
        {t.newUndercut}
      </button>
      {candidates.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-with`}>{t.undercutWith}</label>
          <select
            id={`${id}-with`}
            value=""
            onChange={(e) => {
              if (e.target.value && connect(ctx, e.target.value, relation.id, 'UNDERCUTS')) ctx.canvas.getState().announce(t.undercutAdded);
            }}
          >
            <option value="">{t.undercutChoose}</option>
            {candidates.map((n) => (
              <option key={n.id} value={n.id}>{n.title}</option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}

export function SidePanel() {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const selectedNodes = useCanvas((s) => s.selectedNodes);
  const selectedRelations = useCanvas((s) => s.selectedRelations);
  const onlyNode = selectedNodes.size === 1 && selectedRelations.size === 0 ? [...selectedNodes][0] : null;
  const onlyRelation = selectedRelations.size === 1 && selectedNodes.size === 0 ? [...selectedRelations][0] : null;
  const node = useDoc((s) => (onlyNode ? s.view.nodes.get(onlyNode) : undefined));
  const relation = useDoc((s) => (onlyRelation ? s.view.relations.get(onlyRelation) : undefined));
  const count = selectedNodes.size + selectedRelations.size;
  return (
    <aside className="side-panel" aria-label={t.details} data-testid="side-panel">
      <h2 className="visually-hidden">{t.details}</h2>
      {count > 0 && (
        <button type="button" className="secondary small side-panel-close" onClick={() => ctx.canvas.getState().select([])}>
          {t.closePanel}
        </button>
      )}
      {node ? (
        <NodeDetails key={node.id} node={node} />
      ) : relation ? (
        <RelationDetails key={relation.id} relation={relation} />
      ) : count > 1 ? (
        <p>{fill(t.selectedCount, { n: count })}</p>
      ) : (
        <p className="hint">{readOnly ? t.nothingSelectedReader : t.nothingSelected}</p>
      )}
    </aside>
  );
}
