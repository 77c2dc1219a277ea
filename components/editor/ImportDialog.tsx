'use client';
// "Import…" in the editor's toolbar (editors only): the maps page's import form, aimed at
// the open map. The server reads the file and answers a preview first; "Add to this map"
// merges it as one batch (POST /api/v1/maps/{mapId}/import, EDITOR and up, checked in the
// write), placed to the right of the nodes already there. The new nodes arrive through the
// map's live stream like anyone's edits.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ImportMapForm } from '@/components/maps/ImportMapForm';
import { fill } from '@/lib/i18n/fill';
import { useEditor } from './context';
import { useModal } from './modal';

export function ImportButton() {
  const { tm, readOnly } = useEditor();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!tm || readOnly) return null;
  return (
    <>
      <button ref={opener} type="button" className="secondary" onClick={() => setOpen(true)} data-testid="import-open">
        {tm.importOpen}
      </button>
      {open && (
        <ImportDialog onClose={() => setOpen(false)} opener={opener} />
      )}
    </>
  );
}

function ImportDialog({ onClose, opener }: { onClose: () => void; opener: RefObject<HTMLButtonElement | null> }) {
  const ctx = useEditor();
  const tm = ctx.tm!;
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<string | null>(null);
  useModal(box, onClose, opener);
  useEffect(() => box.current?.querySelector<HTMLElement>('input[type="file"]')?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        className="dialog card import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-h`}
        data-testid="import-dialog"
        tabIndex={-1}
        onKeyDown={(e) => e.stopPropagation()}
      >
        <h2 id={`${id}-h`}>{tm.importDialogTitle}</h2>
        <ImportMapForm
          t={tm}
          mergeInto={ctx.mapId}
          onMerged={(counts) => {
            const text = fill(tm.importMerged, { nodes: counts.nodes, relations: counts.relations });
            setDone(text);
            ctx.canvas.getState().announce(text);
          }}
        />
        {done && (
          <p role="status" className="hint" data-testid="import-merged">
            {done}
          </p>
        )}
        <div className="message-actions">
          <button type="button" className="secondary" onClick={onClose} data-testid="import-close">
            {tm.importClose}
          </button>
        </div>
      </div>
    </div>
  );
}
