'use client';
// After a connection is dropped on a node: which relation? Only the types the rules
// allow between these two kinds are offered.
import { useEffect, useRef } from 'react';
import { useCanvas, useEditor } from './context';
import { connect } from './commands';
import { RELATION_GLYPH } from './icons';

export function ConnectMenu() {
  const ctx = useEditor();
  const menu = useCanvas((s) => s.connectMenu);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [menu]);
  if (!menu) return null;
  const close = () => ctx.canvas.getState().setConnectMenu(null);
  const items = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]') ?? [])];
  return (
    <div
      className="connect-menu"
      style={{ left: menu.at.x, top: menu.at.y }}
      role="menu"
      aria-label={ctx.t.connectAs}
      ref={list}
      onKeyDown={(e) => {
        const all = items();
        const i = all.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          all[(i + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
        }
        e.stopPropagation();
      }}
    >
      <div className="connect-menu-title" aria-hidden="true">{ctx.t.connectAs}</div>
      {menu.options.map((type) => (
        <button
          key={type}
          type="button"
          role="menuitem"
          className={`secondary rel-choice rel-${type.toLowerCase()}`}
          onClick={() => {
            close();
            if (menu.target.entity === 'node') connect(ctx, menu.fromId, menu.target.id, type);
          }}
        >
          <span aria-hidden="true">{RELATION_GLYPH[type]}</span> {ctx.t.relationNames[type]}
        </button>
      ))}
      <button type="button" role="menuitem" className="secondary" onClick={close}>
        {ctx.t.cancel}
      </button>
    </div>
  );
}
