'use client';
// One editor per page: its stores, its words and the React Flow instance, shared by
// the canvas, the outline, the panels and the actions.
import { createContext, useContext } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import { useStore } from 'zustand';
import type { Locale, Messages } from '@/lib/i18n/messages';
import type { Canvas, CanvasStore, FlowEdge, FlowNode } from '@/lib/client/canvas-store';
import type { EditorDoc, EditorDocStore } from '@/lib/client/editor-store';
import type { LiveState, LiveStore } from '@/lib/client/sync';
import type { EvaluationState, EvaluationStore } from '@/lib/client/evaluation';

export type EditorText = Messages['editor'];
export type SourcingText = Messages['sourcing'];

export interface EditorContextValue {
  mapId: string;
  doc: EditorDocStore;
  canvas: CanvasStore;
  /** the live connection and who else is on the map */
  live: LiveStore;
  t: EditorText;
  /** the source library's words: the reader, quote statuses, the sourcing figure */
  ts: SourcingText;
  locale: Locale;
  readOnly: boolean;
  signedIn: boolean;
  /** the site's words beyond the editor's (the import form); absent where no import is offered */
  tm?: Messages;
  /** "Evaluate": the labels shown or not, the reader's what-ifs, the open "Why?" */
  evaluation: EvaluationStore;
  /** set once React Flow has initialised (the canvas view only) */
  flow: { current: ReactFlowInstance<FlowNode, FlowEdge> | null };
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('useEditor outside the editor');
  return ctx;
}

export function useDoc<T>(selector: (s: EditorDoc) => T): T {
  return useStore(useEditor().doc, selector);
}

export function useLive<T>(selector: (s: LiveState) => T): T {
  return useStore(useEditor().live, selector);
}

export function useEvaluation<T>(selector: (s: EvaluationState) => T): T {
  return useStore(useEditor().evaluation, selector);
}

export function useCanvas<T>(selector: (s: Canvas) => T): T {
  return useStore(useEditor().canvas, selector);
}

/** "{n} selected" with its placeholders filled in */
export { fill } from '@/lib/i18n/fill';
