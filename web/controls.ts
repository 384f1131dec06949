/**
 * Sidebar controls
 *
 * The filter and display controls (minimum evidence, minimum confidence, focus, k-core, largest
 * component, size and colour modes, relation names, dates, "show unconnected", the empty state's reset) bound to the
 * view state both ways: `draw` writes the state into the controls, `attachControls` turns each user
 * change into a pure state transition handed to `apply`.
 */

import { byId } from './dom.ts';
import * as S from './state.ts';

type Transition = (state: S.ViewState) => S.ViewState;

const minEvidence = () => byId<HTMLInputElement>('min-evidence');
const minConfidence = () => byId<HTMLInputElement>('min-confidence');

/** The distinct document dates of the shown graph, sorted: the steps of the time sliders. */
let dateSteps: readonly string[] = [];

/** Sets the time sliders' steps (the graph's document dates) and shows the time filter when any. */
export function setDateSteps(dates: Iterable<string>): void {
  dateSteps = [...new Set(dates)].sort();
  byId('time-range').hidden = dateSteps.length === 0;
  for (const id of ['date-start', 'date-end'])
    byId<HTMLInputElement>(id).max = String(Math.max(0, dateSteps.length - 1));
}

/** Index of the first step at or after `date` (from) or the last at or before it (to). */
function stepOf(date: string | null, end: boolean): number {
  const last = dateSteps.length - 1;
  if (date === null) return end ? last : 0;
  if (end) {
    for (let i = last; i >= 0; i--) if ((dateSteps[i] as string) <= date) return i;
    return 0;
  }
  const i = dateSteps.findIndex((d) => d >= date);
  return i < 0 ? last : i;
}

/** Writes the state into the controls; `maxEvidence` bounds the evidence slider. */
export function drawControls(state: S.ViewState, maxEvidence: number): void {
  const slider = minEvidence();
  if (slider.max !== String(maxEvidence)) slider.max = String(maxEvidence);
  slider.disabled = maxEvidence <= 1;
  const shown = String(Math.min(state.minEvidence, maxEvidence));
  if (slider.value !== shown) slider.value = shown;
  byId('min-evidence-value').textContent = String(state.minEvidence);
  const confidence = minConfidence();
  if (Number(confidence.value) !== state.minConfidence) confidence.value = String(state.minConfidence);
  byId('min-confidence-value').textContent = state.minConfidence.toFixed(2);
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
  set('date-start', String(stepOf(state.dateFrom, false)));
  set('date-end', String(stepOf(state.dateTo, true)));
  byId<HTMLInputElement>('lcc').checked = state.largestComponent;
  byId<HTMLInputElement>('edge-labels').checked = state.edgeLabels;
}

/** Wires the controls: each change becomes a transition of the current state, passed to `apply`. */
export function attachControls(apply: (transition: Transition) => void): void {
  const slider = minEvidence();
  const evidence = () => apply((s) => S.setMinEvidence(s, Number(slider.value)));
  slider.addEventListener('input', evidence);
  slider.addEventListener('change', evidence);
  const confidence = minConfidence();
  const sure = () => apply((s) => S.setMinConfidence(s, Number(confidence.value)));
  confidence.addEventListener('input', sure);
  confidence.addEventListener('change', sure);
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
  // The sliders step through the documents' dates; at either end the range is open.
  const start = byId<HTMLInputElement>('date-start');
  const end = byId<HTMLInputElement>('date-end');
  const slide = (moved: 'start' | 'end') => {
    let i = Number(start.value);
    let j = Number(end.value);
    if (i > j) {
      if (moved === 'start') j = i;
      else i = j;
    }
    const last = dateSteps.length - 1;
    apply((s) =>
      S.setDateRange(s, i > 0 ? (dateSteps[i] ?? null) : null, j < last ? (dateSteps[j] ?? null) : null),
    );
  };
  start.addEventListener('input', () => slide('start'));
  end.addEventListener('input', () => slide('end'));
  byId('unconnected').addEventListener('click', () =>
    apply((s) => S.setShowUnconnected(s, !s.showUnconnected)),
  );
  byId('empty-reset').addEventListener('click', () => apply(S.resetFilters));
}
