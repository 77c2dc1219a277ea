'use client';
// The editor page's client root: creates the document and canvas stores for one map,
// starts syncing, and lays out the header, toolbar, canvas or outline, the source
// reader (when open), side panel and messages. Keyboard shortcuts and clipboard
// events are handled here, once. /maps/{id}?node={nodeId} opens on that node.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import '@xyflow/react/dist/style.css';
import './editor.css';
import type { Locale, Messages as SiteMessages } from '@/lib/i18n/messages';
import type { Graph } from '@/lib/argument/graph';
import { graphToState } from '@/lib/argument/graph';
import { createEditorDoc } from '@/lib/client/editor-store';
import { createCanvas, type EditorView } from '@/lib/client/canvas-store';
import { fetchTransport } from '@/lib/client/transport';
import { createLiveStore, startSync } from '@/lib/client/sync';
import { createEvaluation } from '@/lib/client/evaluation';
import { saveView } from '@/lib/client/persist';
import { roleAtLeast } from '@/lib/argument/model';
import { EditorContext, useCanvas, useDoc, useEditor, type EditorContextValue, type EditorText, type SourcingText } from './context';
import { Toolbar } from './Toolbar';
import { SidePanel } from './SidePanel';
import { Outline } from './Outline';
import { StatusBar } from './StatusBar';
import { Presence } from './Presence';
import { Messages } from './Messages';
import { SearchBox } from './SearchBox';
import { EvidenceDialog } from './EvidenceDialog';
import { CopyMap } from './CopyMap';
import { ReaderPane } from './ReaderPane';
import { ReadingPane } from './ReadingView';
import { EvaluatePanel, EvaluateToggle } from './Evaluate';
import { FilterNotice } from './Filters';
import { useEditorShortcuts } from './shortcuts';
import { reveal } from './commands';
import { SessionLauncher } from '@/components/debate/SessionLauncher';
import type { SessionText } from '@/lib/i18n/session-messages';
import { ShareButton } from '@/components/maps/ShareDialog';

// React Flow measures the DOM: the canvas renders in the browser only
const Canvas = dynamic(() => import('./Canvas'), { ssr: false, loading: () => <CanvasLoading /> });

function CanvasLoading() {
  const { t } = useEditor();
  return <p className="canvas-loading">{t.loading}</p>;
}

export interface MapEditorProps {
  graph: Graph;
  signedIn: boolean;
  locale: Locale;
  t: EditorText;
  ts: SourcingText;
  initialView: EditorView;
  /** a node to select and bring into view once the canvas is ready */
  initialNodeId?: string | null;
  /** the words of debate sessions: an OWNER or MODERATOR may start one from the editor */
  tsessions?: SessionText;
  /** the site's words: the editor's import form uses them */
  tm?: SiteMessages;
}

export function MapEditor({ graph, signedIn, locale, t, ts, initialView, initialNodeId = null, tsessions, tm }: MapEditorProps) {
  const readOnly = !roleAtLeast(graph.map.role, 'EDITOR');
  // the stores live as long as the page; the words follow the language (NL/EN switches them at once)
  const [stores] = useState(() => {
    const doc = createEditorDoc({
      mapId: graph.map.id,
      meta: graph.map,
      state: graphToState(graph),
      revision: graph.revision,
      readOnly,
      transport: fetchTransport,
    });
    const canvas = createCanvas(doc, { kinds: t.kinds, relations: t.relations, theRelation: t.theRelation }, initialView);
    if (initialNodeId && doc.getState().view.nodes.has(initialNodeId)) canvas.getState().select([initialNodeId]);
    return { mapId: graph.map.id, doc, canvas, live: createLiveStore(), evaluation: createEvaluation(), readOnly, signedIn, flow: { current: null } };
  });
  const value = useMemo<EditorContextValue>(() => ({ ...stores, t, ts, tm, locale }), [stores, t, ts, tm, locale]);
  const firstWords = useRef(t);
  useEffect(() => {
    if (firstWords.current === t) return;
    firstWords.current = t;
    stores.canvas.getState().setLabels({ kinds: t.kinds, relations: t.relations, theRelation: t.theRelation });
  }, [t, stores]);

  // on a phone the diagram is too small to read: the map opens in a readable view instead
  useEffect(() => {
    if (typeof window === 'undefined' || !window.matchMedia(PHONE_QUERY).matches) return;
    const c = stores.canvas.getState();
    if (c.view === 'canvas') c.setView(phoneView());
  }, [stores]);

  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    const { doc, canvas, live } = stores;
    // the node this tab edits, for the others' presence: the one being renamed, or the one open in the side panel
    const editingNow = () => {
      const c = canvas.getState();
      return c.editingId ?? (c.selectedNodes.size === 1 && c.selectedRelations.size === 0 ? [...c.selectedNodes][0] : null);
    };
    const stopSync = startSync(live, {
      mapId: stores.mapId,
      doc,
      lang: locale,
      editing: {
        get: editingNow,
        subscribe(listener) {
          let last = editingNow();
          return canvas.subscribe(() => {
            const now = editingNow();
            if (now !== last) {
              last = now;
              listener();
            }
          });
        },
      },
    });
    const warn = (e: BeforeUnloadEvent) => {
      if (!doc.getState().hasUnsaved()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    // the node asked for in the address: into view as soon as React Flow is there
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const wanted = initialNodeId && doc.getState().view.nodes.has(initialNodeId) ? initialNodeId : null;
    const revealWanted = () => {
      if (!wanted || tries++ > 300 || canvas.getState().view !== 'canvas') return;
      // after React Flow's own first fit of the view
      if (stores.flow.current) timer = setTimeout(() => reveal(latest.current, wanted), 200);
      else frame = requestAnimationFrame(revealWanted);
    };
    frame = requestAnimationFrame(revealWanted);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('beforeunload', warn);
      stopSync();
      doc.getState().dispose();
      canvas.getState().dispose();
    };
    // the address is read once, when the editor starts; a new language is no new editor
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stores]);

  return (
    <EditorContext.Provider value={value}>
      <EditorLayout sessions={tsessions && roleAtLeast(graph.map.role, 'MODERATOR') ? tsessions : null} />
    </EditorContext.Provider>
  );
}

/** A phone-sized window (the header collapses to a menu, panels become bottom sheets). */
export const PHONE_QUERY = '(max-width: 640px)';
/** The view a map opens in on a phone: one that can be read at that size. */
export const phoneView = (): EditorView => 'outline';

function EditorLayout({ sessions }: { sessions: SessionText | null }) {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const view = useCanvas((s) => s.view);
  const title = useDoc((s) => s.meta.title);
  const announcement = useCanvas((s) => s.announcement);
  const evidenceAt = useCanvas((s) => s.evidenceAt);
  const readerOpen = useCanvas((s) => s.reader.open);
  const selected = useCanvas((s) => s.selectedNodes.size + s.selectedRelations.size > 0);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  useEditorShortcuts();
  const setView = (v: EditorView) => {
    ctx.canvas.getState().setView(v);
    saveView(v);
    setMenuOpen(false);
    // keyboard users land in the view they asked for: the tree's current item, or the selected node
    requestAnimationFrame(() => {
      const target = v === 'outline' ? '[role="tree"] [role="treeitem"][tabindex="0"]' : v === 'reading' ? '.reading-focus-title' : '.react-flow__node.selected';
      document.querySelector<HTMLElement>(target)?.focus();
    });
  };
  const views = useMemo(
    () => [
      { id: 'canvas' as const, label: t.viewCanvas },
      { id: 'outline' as const, label: t.viewOutline },
      { id: 'reading' as const, label: t.reading.view },
    ],
    [t],
  );
  return (
    <div
      className={`editor view-${view}${readOnly ? ' read-only' : ''}${menuOpen ? ' menu-open' : ''}${selected ? ' has-selection' : ''}`}
      data-testid="editor"
      data-view={view}
    >
      <div className="editor-header">
        <Link href="/maps" className="editor-back">
          <span aria-hidden="true">←</span> <span className="editor-back-text">{t.backToMaps}</span>
        </Link>
        <h1 className="editor-title" title={title}>{title}</h1>
        <StatusBar />
        <button
          type="button"
          className="secondary editor-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={`${menuId}-tools ${menuId}-bar`}
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="editor-menu-toggle"
        >
          <span aria-hidden="true">☰</span> {t.editorMenu}
        </button>
        <div className="editor-header-tools" id={`${menuId}-tools`}>
          <Presence />
          <div className="view-switch" role="group" aria-label={t.viewSwitch}>
            {views.map((v) => (
              <button key={v.id} type="button" className={view === v.id ? '' : 'secondary'} aria-pressed={view === v.id} onClick={() => setView(v.id)}>
                {v.label}
              </button>
            ))}
          </div>
          <EvaluateToggle />
          <SearchBox />
          {sessions && <SessionLauncher mapId={ctx.mapId} mapTitle={title} t={sessions} />}
          {ctx.signedIn && <ShareButton mapId={ctx.mapId} locale={ctx.locale} />}
        </div>
      </div>
      <div className="editor-bar" id={`${menuId}-bar`}>
        {readOnly ? <CopyMap /> : <Toolbar />}
      </div>
      <Messages />
      <div className={`editor-main${readerOpen ? ' with-reader' : ''}`}>
        <main className="editor-stage" aria-label={view === 'canvas' ? t.canvasLabel : view === 'reading' ? t.reading.label : t.outline}>
          {view === 'canvas' ? <Canvas /> : view === 'reading' ? <ReadingPane /> : <Outline />}
          {view === 'canvas' && <FilterNotice />}
        </main>
        {readerOpen && <ReaderPane />}
        <div className="side-column">
          <EvaluatePanel />
          <SidePanel />
        </div>
      </div>
      {evidenceAt && <EvidenceDialog at={evidenceAt} />}
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
