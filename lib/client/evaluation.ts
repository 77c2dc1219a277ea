// "Evaluate": whether the editor shows grounded labels (lib/argument/labelling.ts), the
// reader's own what-ifs (nodes they accept or reject for themselves: never written to the
// map, gone on reload) and the node whose "Why?" is open. The labels are computed from the
// document's view, once per view and set of what-ifs, so they follow every change live.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { explainLabel, groundedLabelling, type Assumption, type Explanation, type Labelling, type LabellingInput } from '@/lib/argument/labelling';
import type { MapState } from '@/lib/argument/operations';

export interface EvaluationState {
  on: boolean;
  assumptions: ReadonlyMap<string, Assumption>;
  /** the node whose explanation is asked for (else the selected node's is shown) */
  whyId: string | null;
  setOn(on: boolean): void;
  /** marks a node accepted or rejected for this reader, or back to the map's verdict (null) */
  assume(nodeId: string, a: Assumption | null): void;
  clearAssumptions(): void;
  explain(nodeId: string | null): void;
}
export type EvaluationStore = StoreApi<EvaluationState>;

export function createEvaluation(): EvaluationStore {
  return createStore<EvaluationState>()((set, get) => ({
    on: false,
    assumptions: new Map(),
    whyId: null,
    setOn(on) {
      set({ on });
    },
    assume(nodeId, a) {
      const next = new Map(get().assumptions);
      if (a) next.set(nodeId, a);
      else next.delete(nodeId);
      set({ assumptions: next });
    },
    clearAssumptions() {
      set({ assumptions: new Map() });
    },
    explain(whyId) {
      set({ whyId });
    },
  }));
}

const inputs = new WeakMap<MapState, LabellingInput>();
const labellings = new WeakMap<MapState, { assumptions: ReadonlyMap<string, Assumption>; labelling: Labelling }>();

/** The labelling's view of a map state (its nodes and relations), once per state. */
export function labellingInput(state: MapState): LabellingInput {
  let input = inputs.get(state);
  if (!input) {
    input = { nodes: [...state.nodes.values()], relations: [...state.relations.values()] };
    inputs.set(state, input);
  }
  return input;
}

/** The labels of a map state under a reader's what-ifs; computed once per state and what-ifs. */
export function labelsOf(state: MapState, assumptions: ReadonlyMap<string, Assumption>): Labelling {
  const hit = labellings.get(state);
  if (hit && hit.assumptions === assumptions) return hit.labelling;
  const labelling = groundedLabelling(labellingInput(state), assumptions);
  labellings.set(state, { assumptions, labelling });
  return labelling;
}

export function explanationOf(state: MapState, assumptions: ReadonlyMap<string, Assumption>, nodeId: string): Explanation | null {
  return explainLabel(labellingInput(state), labelsOf(state, assumptions), nodeId, assumptions);
}
