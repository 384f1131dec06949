/**
 * The trained name tagger, loaded once
 *
 * Decodes the committed weights (./weights/ner.ts, written by `npm run train:ner`) on first use,
 * the same way in Node and in the browser. `useNerModel` replaces it (a freshly trained model, or
 * null to run the rules alone, as the training script and the evaluation's comparisons do).
 */

import { decodeCommitted, type ModelHeader } from '../model/codec.ts';
import type { Scorer } from '../model/perceptron.ts';
import { FEATURES_VERSION } from './features.ts';
import { NER_WEIGHTS } from './weights/ner.ts';

let current: { model: Scorer; header: ModelHeader | null } | null | undefined;

/** The name tagger's model, or null when none is trained or it was switched off. */
export function nerModel(): Scorer | null {
  if (current === undefined) {
    if (NER_WEIGHTS === '') current = null;
    else {
      current = decodeCommitted(NER_WEIGHTS, {
        what: 'name tagger',
        features: FEATURES_VERSION,
        retrain: 'npm run train:ner',
      });
    }
  }
  return current?.model ?? null;
}

/** The committed model's header (classes, feature version, provenance), or null. */
export function nerModelHeader(): ModelHeader | null {
  nerModel();
  return current?.header ?? null;
}

/** Uses `model` from now on (null: no tagger, rules only; undefined: back to the committed weights). */
export function useNerModel(model: Scorer | null | undefined): void {
  current = model === undefined ? undefined : model === null ? null : { model, header: null };
}
