'use client';
// One node component per kind, declared once outside any render and memoized: React
// Flow re-renders a node only when its own data, selection or size changes. Kind
// shows as icon, word and border style, so it reads in greyscale too.
import { memo, useMemo } from 'react';
import { Handle, Position, useStore as useFlowStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import type { NodeKind } from '@/lib/argument/model';
import type { FlowNode } from '@/lib/client/canvas-store';
import { fill, useCanvas, useEditor, useLive } from '../context';
import { KindIcon, PaperclipIcon, SOURCING_GLYPH } from '../icons';
import { useInlineRename } from '../useInlineRename';
import { EvaluationBadge } from '../Evaluate';
import { nodeGeometry, TAG } from '@/lib/render/geometry';

/** Below this zoom titles are unreadable: nodes draw as plain boxes of their kind (much cheaper). */
export const FAR_ZOOM = 0.4;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;

/** The lines, each ending in the space it was broken at (so the title reads and copies as one text). */
function withBreakSpaces(title: string, lines: string[]): string[] {
  let pos = 0;
  return lines.map((line) => {
    const at = title.indexOf(line, pos);
    if (at < 0) return line;
    pos = at + line.length;
    return /\s/.test(title[pos] ?? '') ? `${line} ` : line;
  });
}

function TitleEditor({ id, title, onDone }: { id: string; title: string; onDone: () => void }) {
  const field = useInlineRename<HTMLTextAreaElement>(id, title, onDone);
  return <textarea {...field} className="argnode-title-input nodrag nopan nowheel" rows={3} />;
}

function ArgumentNodeView({ id, data, selected, kind, width, height }: NodeProps<FlowNode> & { kind: NodeKind }) {
  const { t, readOnly, canvas } = useEditor();
  const far = useFlowStore(isFar);
  const editing = useCanvas((s) => s.editingId === id);
  const hit = useCanvas((s) => s.hitSet.has(id));
  const current = useCanvas((s) => s.hitIndex >= 0 && s.hits[s.hitIndex] === id);
  const dimmed = useCanvas((s) => s.focusSet !== null && !s.focusSet.has(id));
  // presence: who else is editing this node (strings, so the node re-renders only when they change)
  const editorInitials = useLive((s) => s.viewers.filter((v) => v.editing === id && !v.self).map((v) => v.initials).join(' '));
  const editorNames = useLive((s) => s.viewers.filter((v) => v.editing === id && !v.self).map((v) => v.name).join(', '));
  const { node, tags, sourcing, citations } = data;
  // the shared geometry rule (lib/render/geometry.ts) sizes the card and breaks its lines, so the exports draw it the same
  const geometry = useMemo(() => nodeGeometry(node, tags), [node, tags]);
  const classes = `argnode kind-${kind.toLowerCase()}${selected ? ' selected' : ''}${hit ? ' hit' : ''}${current ? ' hit-current' : ''}${dimmed ? ' dimmed' : ''}`;
  const handles = (
    <>
      <Handle type="source" position={Position.Top} id="out" className="arg-handle" isConnectable={!readOnly} title={readOnly ? undefined : t.handle} />
      <Handle type="target" position={Position.Bottom} id="in" className="arg-handle" isConnectable={!readOnly} title={readOnly ? undefined : t.handle} />
    </>
  );
  if (far && !editing) {
    return (
      <div className={`${classes} far`} style={{ width: width ?? 240, height: height ?? 100 }} data-kind={kind}>
        {handles}
        <KindIcon kind={kind} size={40} />
      </div>
    );
  }
  return (
    <div className={classes} data-kind={kind} data-testid="argnode" style={editing ? undefined : { height: geometry.height }}>
      {handles}
      <div className="argnode-head">
        <KindIcon kind={kind} />
        <span className="argnode-kind">{t.kinds[kind]}</span>
        <EvaluationBadge id={id} />
        {editorInitials && (
          <span className="argnode-editors" title={fill(t.editingBy, { names: editorNames })} data-testid="node-editors">
            <span aria-hidden="true">{editorInitials}</span>
            <span className="visually-hidden">{fill(t.editingBy, { names: editorNames })}</span>
          </span>
        )}
        {sourcing && (
          <span className={`sourcing-badge ${sourcing}`} title={t.sourcingHelp[sourcing]}>
            <span aria-hidden="true">{SOURCING_GLYPH[sourcing]}</span> {t.sourcing[sourcing]}
          </span>
        )}
        {citations > 0 && (
          <span className="citation-count" title={citations === 1 ? t.citationCountOne : fill(t.citationCount, { n: citations })}>
            <PaperclipIcon />
            <span aria-hidden="true">{citations}</span>
            <span className="visually-hidden">{citations === 1 ? t.citationCountOne : fill(t.citationCount, { n: citations })}</span>
          </span>
        )}
      </div>
      {editing ? (
        <TitleEditor id={id} title={node.title} onDone={() => canvas.getState().setEditing(null)} />
      ) : (
        <div className="argnode-title">
          {withBreakSpaces(node.title, geometry.titleLines).map((line, i) => (
            <span key={i} className="argnode-line">
              {line}
            </span>
          ))}
        </div>
      )}
      {tags.length > 0 && (
        <ul className="argnode-tags" aria-label={t.tags} style={{ height: geometry.tagRows.length * (TAG.height + TAG.rowGap) - TAG.rowGap }}>
          {geometry.tagRows.flatMap((row, r) => row.map((chip) => ({ chip, top: r * (TAG.height + TAG.rowGap) }))).map(({ chip, top }) => (
            <li key={chip.tag.id} style={{ left: chip.x, top, width: chip.width }} title={tags.find((x) => x.id === chip.tag.id)?.name}>
              <span className="tag-dot" style={{ background: chip.tag.color }} aria-hidden="true" />
              {chip.tag.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const QuestionNode = memo(function QuestionNode(p: NodeProps<FlowNode>) {
  return <ArgumentNodeView {...p} kind="QUESTION" />;
});
export const ClaimNode = memo(function ClaimNode(p: NodeProps<FlowNode>) {
  return <ArgumentNodeView {...p} kind="CLAIM" />;
});
export const ProposalNode = memo(function ProposalNode(p: NodeProps<FlowNode>) {
  return <ArgumentNodeView {...p} kind="PROPOSAL" />;
});
export const EvidenceNode = memo(function EvidenceNode(p: NodeProps<FlowNode>) {
  return <ArgumentNodeView {...p} kind="EVIDENCE" />;
});

export const NODE_TYPES = { QUESTION: QuestionNode, CLAIM: ClaimNode, PROPOSAL: ProposalNode, EVIDENCE: EvidenceNode };
