'use client';
// After a connection is dropped on a node: which relation? Only the types the rules
// allow between these two kinds are offered. And a relation's context menu: undercut
// it (a new claim that undercuts it) or delete it. Both menus stay inside the canvas
// and the window: near an edge they open above or left of the point.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useCanvas, useEditor } from './context';
import { addUndercut, connect, deleteSelection, undercuttable } from './commands';
import { RELATION_GLYPH } from './icons';

/** Where a menu opened at `at` (canvas pixels) goes so that all of it is in view. */
function useMenuPlace(at: { x: number; y: number } | null, ref: RefObject<HTMLDivElement | null>) {
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!at || !el) return setPlace(null);
    const box = (el.offsetParent as HTMLElement | null)?.getBoundingClientRect();
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const roomW = Math.min(box?.width ?? window.innerWidth, window.innerWidth - (box?.left ?? 0));
    const roomH = Math.min(box?.height ?? window.innerHeight, window.innerHeight - (box?.top ?? 0));
    const fit = (p: number, size: number, room: number) => Math.max(4, Math.min(p + size + 4 > room ? p - size : p, room - size - 4));
    setPlace({ left: fit(at.x, w, roomW), top: fit(at.y, h, roomH) });
  }, [at, ref]);
  useEffect(() => {
    if (place) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [place, ref]);
  return place ? { left: place.left, top: place.top } : at ? { left: at.x, top: at.y, visibility: 'hidden' as const } : undefined;
}

/** Arrow keys between the items, Escape closes; keys stay in the menu. */
function menuKeys(e: React.KeyboardEvent<HTMLDivElement>, close: () => void) {
  const all = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]')];
  const i = all.indexOf(document.activeElement as HTMLButtonElement);
  if (e.key === 'Escape') {
    e.preventDefault();
    close();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    all[(i + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
  }
  e.stopPropagation();
}

export function ConnectMenu() {
  const ctx = useEditor();
  const menu = useCanvas((s) => s.connectMenu);
  const list = useRef<HTMLDivElement>(null);
  const style = useMenuPlace(menu?.at ?? null, list);
  if (!menu) return null;
  const close = () => ctx.canvas.getState().setConnectMenu(null);
  return (
    <div className="connect-menu" style={style} role="menu" aria-label={ctx.t.connectAs} ref={list} onKeyDown={(e) => menuKeys(e, close)} data-testid="connect-menu">
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

export interface RelationMenuState {
  relationId: string;
  at: { x: number; y: number };
}

/** A relation's context menu (editors): undercut it, delete it. */
export function RelationMenu({ menu, onClose }: { menu: RelationMenuState | null; onClose: () => void }) {
  const ctx = useEditor();
  const { t } = ctx;
  const list = useRef<HTMLDivElement>(null);
  const style = useMenuPlace(menu?.at ?? null, list);
  const relation = useCanvas(() => (menu ? ctx.doc.getState().view.relations.get(menu.relationId) : undefined));
  if (!menu || !relation) return null;
  return (
    <div className="connect-menu" style={style} role="menu" aria-label={t.relationMenu} ref={list} onKeyDown={(e) => menuKeys(e, onClose)} data-testid="relation-menu">
      <div className="connect-menu-title" aria-hidden="true">{t.relationNames[relation.type]}</div>
      {undercuttable(relation.type) && (
        <button
          type="button"
          role="menuitem"
          className="secondary rel-choice rel-undercuts"
          onClick={() => {
            onClose();
            addUndercut(ctx, relation.id);
          }}
        >
          <span aria-hidden="true">{RELATION_GLYPH.UNDERCUTS}</span> {t.addUndercut}
        </button>
      )}
      <button
        type="button"
        role="menuitem"
        className="secondary danger"
        onClick={() => {
          onClose();
          ctx.canvas.getState().select([], [relation.id]);
          deleteSelection(ctx);
        }}
      >
        {t.delete}
      </button>
      <button type="button" role="menuitem" className="secondary" onClick={onClose}>
        {t.cancel}
      </button>
    </div>
  );
}
