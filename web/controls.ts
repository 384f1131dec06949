/**
 * Sidebar controls
 *
 * The filter and display controls (minimum evidence, focus, k-core, largest component, size and
 * colour modes, relation names, dates, "show unconnected", the empty state's reset) bound to the
 * view state both ways: `draw` writes the state into the controls, `attachControls` turns each user
 * change into a pure state transition handed to `apply`.
 */

import { byId } from './dom.ts';
import * as S from './state.ts';

type Transition = (state: S.ViewState) => S.ViewState;

const minEvidence = () => byId<HTMLInputElement>('min-evidence');

/** Writes the state into the controls; `maxEvidence` bounds the evidence slider. */
export function drawControls(state: S.ViewState, maxEvidence: number): void {
  const slider = minEvidence();
  if (slider.max !== String(maxEvidence)) slider.max = String(maxEvidence);
  slider.disabled = maxEvidence <= 1;
  const shown = String(Math.min(state.minEvidence, maxEvidence));
  if (slider.value !== shown) slider.value = shown;
  byId('min-evidence-value').textContent = String(state.minEvidence);
  const set = (id: string, value: string) => {
    const input = byId<HTMLInputElement | HTMLSelectElement>(id);
    if (input.value !== value) input.value = value;
  };
  set('focus', String(state.focusDepth));
  set('k-core', String(state.kCore));
  set('size-by', state.sizeBy);
  set('color-by', state.colorBy);
  set('date-from', state.dateFrom ?? '');
  set('date-to', state.dateTo ?? '');
  byId<HTMLInputElement>('lcc').checked = state.largestComponent;
  byId<HTMLInputElement>('edge-labels').checked = state.edgeLabels;
}

/** Wires the controls: each change becomes a transition of the current state, passed to `apply`. */
export function attachControls(apply: (transition: Transition) => void): void {
  const slider = minEvidence();
  const evidence = () => apply((s) => S.setMinEvidence(s, Number(slider.value)));
  slider.addEventListener('input', evidence);
  slider.addEventListener('change', evidence);
  const on = <T extends HTMLInputElement | HTMLSelectElement>(
    id: string,
    transition: (s: S.ViewState, input: T) => S.ViewState,
  ) => {
    const input = byId<T>(id);
    input.addEventListener('change', () => apply((s) => transition(s, input)));
  };
  on<HTMLSelectElement>('focus', (s, i) => S.setFocusDepth(s, Number(i.value)));
  on<HTMLInputElement>('k-core', (s, i) => S.setKCore(s, Number(i.value)));
  on<HTMLInputElement>('lcc', (s, i) => S.setLargestComponent(s, i.checked));
  on<HTMLInputElement>('edge-labels', (s, i) => S.setEdgeLabels(s, i.checked));
  on<HTMLSelectElement>('size-by', (s, i) => S.setSizeBy(s, i.value));
  on<HTMLSelectElement>('color-by', (s, i) => S.setColorBy(s, i.value));
  const from = byId<HTMLInputElement>('date-from');
  const to = byId<HTMLInputElement>('date-to');
  on<HTMLInputElement>('date-from', (s) => S.setDateRange(s, from.value || null, to.value || null));
  on<HTMLInputElement>('date-to', (s) => S.setDateRange(s, from.value || null, to.value || null));
  byId('unconnected').addEventListener('click', () =>
    apply((s) => S.setShowUnconnected(s, !s.showUnconnected)),
  );
  byId('empty-reset').addEventListener('click', () => apply(S.resetFilters));
}
