'use client';
// The map as an ARIA tree (WAI-ARIA Authoring Practices, "Tree View"): one tab stop,
// arrow keys to move, expand and collapse, and keys to add, rename, re-parent and
// delete. It edits the same document as the canvas and shares its selection.
import { useEffect, useMemo, useRef, useState } from 'react';
import { outlineRows, indentTarget, outdentTarget, reparentOps, type OutlineRow } from '@/lib/client/outline';
import { indexOf } from '@/lib/client/derive';
import { fill, useCanvas, useDoc, useEditor } from './context';
import { addConnected, commit, deleteSelection } from './commands';
import { explainViolation, likelyRelation } from './explain';
import { KindIcon, SOURCING_GLYPH } from './icons';
import { useInlineRename } from './useInlineRename';
import { EvaluationBadge } from './Evaluate';

function RenameInput({ nodeId, title, onDone }: { nodeId: string; title: string; onDone: () => void }) {
  const field = useInlineRename<HTMLInputElement>(nodeId, title, onDone);
  return <input {...field} className="outline-rename" onClick={(e) => e.stopPropagation()} />;
}

export function Outline() {
  const ctx = useEditor();
  const { t, readOnly, canvas } = ctx;
  const view = useDoc((s) => s.view);
  const selected = useCanvas((s) => s.selectedNodes);
  const editingId = useCanvas((s) => s.editingId);
  const hitSet = useCanvas((s) => s.hitSet);
  const [expanded, setExpanded] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [active, setActive] = useState<{ key: string | null; nodeId: string | null }>(() => ({ key: null, nodeId: [...canvas.getState().selectedNodes][0] ?? null }));
  const tree = useRef<HTMLDivElement>(null);
  const hasFocus = useRef(false);
  // small maps open fully; big ones show their top three levels until opened further
  const rows = useMemo(() => outlineRows(view, expanded, view.nodes.size <= 300 ? 64 : 3), [view, expanded]);
  const index = indexOf(view);

  const activeRow = rows.find((r) => r.key === active.key) ?? rows.find((r) => r.nodeId === active.nodeId) ?? rows[0] ?? null;

  // a selection made elsewhere (canvas, search) moves the tree's position when the tree is not being used
  useEffect(() => {
    if (hasFocus.current || selected.size !== 1) return;
    const id = [...selected][0];
    if (activeRow?.nodeId !== id) setActive({ key: null, nodeId: id });
  }, [selected, activeRow?.nodeId]);

  // a node being renamed must be visible: open the rows above its first place
  const editingRow = editingId ? rows.find((r) => r.nodeId === editingId) : undefined;
  useEffect(() => {
    if (!editingId || editingRow) return;
    const parents = [...view.relations.values()].filter((r) => r.fromId === editingId);
    if (!parents.length) return;
    const next = new Map(expanded);
    let changed = false;
    for (const r of rows) {
      if (parents.some((p) => p.toId === r.nodeId) && !r.expanded) {
        next.set(r.key, true);
        changed = true;
      }
    }
    if (changed) setExpanded(next);
  }, [editingId, editingRow, rows, view, expanded]);

  useEffect(() => {
    if (!activeRow || !hasFocus.current || editingId) return;
    const el = tree.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(activeRow.key)}"]`);
    if (el && document.activeElement !== el) el.focus();
  }, [activeRow, editingId]);

  const moveTo = (row: OutlineRow | undefined) => {
    if (!row) return;
    setActive({ key: row.key, nodeId: row.nodeId });
    canvas.getState().select([row.nodeId]);
  };
  const setOpen = (row: OutlineRow, open: boolean) => setExpanded(new Map(expanded).set(row.key, open));

  const reparent = (row: OutlineRow, parentId: string | null, parentKey: string | null) => {
    const result = reparentOps(view, row, parentId);
    if (!result.ok) {
      const parent = parentId ? view.nodes.get(parentId) : null;
      const node = view.nodes.get(row.nodeId)!;
      const reason = result.violation
        ? parent
          ? explainViolation(t, ctx.locale, result.violation, row.relation?.type ?? likelyRelation(parent.kind), node.kind, { entity: 'node', id: parent.id, kind: parent.kind })
          : result.violation.message
        : '';
      canvas.getState().showFlash('error', fill(t.cannotMove, { reason }));
      return;
    }
    if (!result.ops.length) return;
    if (!commit(ctx, result.ops, t.labels.reparent)) return;
    if (parentKey) setExpanded(new Map(expanded).set(parentKey, true));
    setActive({ key: null, nodeId: row.nodeId });
    canvas.getState().announce(parentId ? fill(t.movedUnder, { title: view.nodes.get(parentId)?.title ?? '' }) : t.movedToTop);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!activeRow || editingId) return;
    const i = rows.indexOf(activeRow);
    const key = e.key;
    let handled = true;
    if (e.altKey && e.shiftKey && key === 'ArrowRight') {
      if (!readOnly) {
        const target = indentTarget(rows, activeRow);
        const targetRow = rows.slice(0, i).reverse().find((r) => r.parentKey === activeRow.parentKey && r.nodeId === target);
        if (target) reparent(activeRow, target, targetRow?.key ?? null);
      }
    } else if (e.altKey && e.shiftKey && key === 'ArrowLeft') {
      if (!readOnly) {
        const target = outdentTarget(rows, activeRow);
        if (target) {
          const parent = rows.find((r) => r.key === activeRow.parentKey);
          reparent(activeRow, target.parentId, parent?.parentKey ?? null);
        }
      }
    } else if (e.altKey || e.ctrlKey || e.metaKey) {
      handled = false;
    } else if (key === 'ArrowDown') moveTo(rows[i + 1]);
    else if (key === 'ArrowUp') moveTo(rows[i - 1]);
    else if (key === 'Home') moveTo(rows[0]);
    else if (key === 'End') moveTo(rows.at(-1));
    else if (key === 'ArrowRight') {
      if (activeRow.hasChildren && !activeRow.expanded) setOpen(activeRow, true);
      else if (activeRow.expanded) moveTo(rows[i + 1]);
    } else if (key === 'ArrowLeft') {
      if (activeRow.expanded) setOpen(activeRow, false);
      else moveTo(rows.find((r) => r.key === activeRow.parentKey));
    } else if (key === '*') {
      const next = new Map(expanded);
      for (const r of rows) if (r.parentKey === activeRow.parentKey && r.hasChildren) next.set(r.key, true);
      setExpanded(next);
    } else if (readOnly) {
      handled = false;
    } else if (key === 'F2' || key === 'Enter') {
      canvas.getState().select([activeRow.nodeId]);
      canvas.getState().setEditing(activeRow.nodeId);
    } else if (key === 'Insert' || key === '+') {
      setOpen(activeRow, true);
      addConnected(ctx, activeRow.nodeId, e.shiftKey ? 'rebuttal' : 'reason');
    } else if (key === '-') {
      setOpen(activeRow, true);
      addConnected(ctx, activeRow.nodeId, 'rebuttal');
    } else if (key === 'Delete' || key === 'Backspace') {
      const next = rows[i + 1]?.nodeId !== activeRow.nodeId ? (rows.slice(i + 1).find((r) => r.level <= activeRow.level) ?? rows[i - 1]) : rows[i - 1];
      canvas.getState().select([activeRow.nodeId]);
      deleteSelection(ctx);
      if (next) setActive({ key: next.key, nodeId: next.nodeId });
    } else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  if (!rows.length) return <p className="outline-empty">{readOnly ? t.emptyMapReader : t.emptyMap}</p>;

  return (
    <div className="outline">
      <p id="outline-help" className="hint outline-help">{readOnly ? t.outlineHelpReader : t.outlineHelp}</p>
      <div
        role="tree"
        aria-label={t.outline}
        aria-describedby="outline-help"
        ref={tree}
        className="outline-tree"
        data-testid="outline"
        onKeyDown={onKeyDown}
        onFocus={() => (hasFocus.current = true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) hasFocus.current = false;
        }}
      >
        {rows.map((row) => {
          const node = view.nodes.get(row.nodeId)!;
          const isActive = row === activeRow;
          const sourcing = index.sourcing.get(node.id);
          const renaming = editingId === row.nodeId && row === editingRow;
          return (
            <div
              key={row.key}
              role="treeitem"
              aria-level={row.level}
              aria-posinset={row.posInSet}
              aria-setsize={row.setSize}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={selected.has(row.nodeId)}
              tabIndex={isActive ? 0 : -1}
              data-key={row.key}
              data-node-id={row.nodeId}
              className={`outline-row kind-${node.kind.toLowerCase()}${hitSet.has(row.nodeId) ? ' hit' : ''}`}
              style={{ paddingLeft: `${(row.level - 1) * 1.4 + 0.4}rem` }}
              onClick={(e) => {
                e.stopPropagation();
                moveTo(row);
              }}
              onDoubleClick={() => !readOnly && canvas.getState().setEditing(row.nodeId)}
              onFocus={(e) => {
                if (e.target === e.currentTarget && row !== activeRow) moveTo(row);
              }}
            >
              <span
                className="outline-toggle"
                aria-hidden="true"
                onClick={(e) => {
                  e.stopPropagation();
                  if (row.hasChildren) setOpen(row, !row.expanded);
                  moveTo(row);
                }}
              >
                {row.hasChildren ? (row.expanded ? '▾' : '▸') : '·'}
              </span>
              {row.relation && <span className={`outline-rel rel-${row.relation.type.toLowerCase()}`}>{t.outlineRelation[row.relation.type]}</span>}
              <span className="outline-kind">
                <KindIcon kind={node.kind} /> {t.kinds[node.kind]}
              </span>
              {renaming ? (
                <RenameInput nodeId={node.id} title={node.title} onDone={() => {
                  canvas.getState().setEditing(null);
                  setActive({ key: row.key, nodeId: row.nodeId });
                  hasFocus.current = true;
                  requestAnimationFrame(() => tree.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(row.nodeId)}"]`)?.focus());
                }} />
              ) : (
                <span className="outline-title">{node.title}</span>
              )}
              <EvaluationBadge id={node.id} />
              {sourcing && (
                <span className={`sourcing-badge ${sourcing}`}>
                  <span aria-hidden="true">{SOURCING_GLYPH[sourcing]}</span> {t.sourcing[sourcing]}
                </span>
              )}
              {row.parents > 1 && <span className="outline-marker" title={t.alsoUnder}>↪ {fill(t.alsoUnder, { n: row.parents - 1 })}</span>}
              {row.cycle && <span className="outline-marker">⟲ {t.cycle}</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
