'use client';
// The editor page's client root: creates the document and canvas stores for one map,
// starts syncing, and lays out the header, toolbar, canvas or outline, the source
// reader (when open), side panel and messages. Keyboard shortcuts and clipboard
// events are handled here, once. /maps/{id}?node={nodeId} opens on that node.
import { useEffect, useMemo, useState } from 'react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import '@xyflow/react/dist/style.css';
import './editor.css';
import type { Locale } from '@/lib/i18n/messages';
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
}

export function MapEditor({ graph, signedIn, locale, t, ts, initialView, initialNodeId = null, tsessions }: MapEditorProps) {
  const readOnly = !roleAtLeast(graph.map.role, 'EDITOR');
  const [value] = useState<EditorContextValue>(() => {
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
    return { mapId: graph.map.id, doc, canvas, live: createLiveStore(), evaluation: createEvaluation(), t, ts, locale, readOnly, signedIn, flow: { current: null } };
  });

  useEffect(() => {
    const { doc, canvas, live } = value;
    // the node this tab edits, for the others' presence: the one being renamed, or the one open in the side panel
    const editingNow = () => {
      const c = canvas.getState();
      return c.editingId ?? (c.selectedNodes.size === 1 && c.selectedRelations.size === 0 ? [...c.selectedNodes][0] : null);
    };
    const stopSync = startSync(live, {
      mapId: value.mapId,
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
      if (value.flow.current) timer = setTimeout(() => reveal(value, wanted), 200);
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
    // the address is read once, when the editor starts
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  return (
    <EditorContext.Provider value={value}>
      <EditorLayout sessions={tsessions && roleAtLeast(graph.map.role, 'MODERATOR') ? tsessions : null} />
    </EditorContext.Provider>
  );
}

function EditorLayout({ sessions }: { sessions: SessionText | null }) {
  const ctx = useEditor();
  const { t, readOnly } = ctx;
  const view = useCanvas((s) => s.view);
  const title = useDoc((s) => s.meta.title);
  const announcement = useCanvas((s) => s.announcement);
  const evidenceAt = useCanvas((s) => s.evidenceAt);
  const readerOpen = useCanvas((s) => s.reader.open);
  useEditorShortcuts();
  const setView = (v: EditorView) => {
    ctx.canvas.getState().setView(v);
    saveView(v);
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
    <div className={`editor view-${view}${readOnly ? ' read-only' : ''}`} data-testid="editor" data-view={view}>
      <div className="editor-header">
        <Link href="/maps" className="editor-back">← {t.backToMaps}</Link>
        <h1 className="editor-title">{title}</h1>
        <StatusBar />
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
      {readOnly ? <CopyMap /> : <Toolbar />}
      <Messages />
      <div className={`editor-main${readerOpen ? ' with-reader' : ''}`}>
        <main className="editor-stage" aria-label={view === 'canvas' ? t.canvasLabel : view === 'reading' ? t.reading.label : t.outline}>
          {view === 'canvas' ? <Canvas /> : view === 'reading' ? <ReadingPane /> : <Outline />}
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
