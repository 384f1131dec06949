/**
 * The trained part-of-speech tagger, loaded once
 *
 * Decodes the committed weights (./weights/pos.ts, written by `npm run train:pos`) on first use,
 * the same way in Node and in the browser, and tags sentences of words with UPOS and XPOS.
 */

import { decodeCommitted, type ModelHeader } from '../model/codec.ts';
import type { Scorer } from '../model/perceptron.ts';
import { POS_FEATURES_VERSION, type PosSentence, tagSentence } from './tagger.ts';
import { POS_WEIGHTS } from './weights/pos.ts';

let current: { model: Scorer; header: ModelHeader } | null | undefined;

/** The tagger's model and header, or null when none is trained. */
export function posModel(): { model: Scorer; header: ModelHeader } | null {
  if (current === undefined) {
    if (POS_WEIGHTS === '') current = null;
    else {
      current = decodeCommitted(POS_WEIGHTS, {
        what: 'part-of-speech tagger',
        features: POS_FEATURES_VERSION,
        retrain: 'npm run train:pos',
      });
    }
  }
  return current;
}

/** UPOS and XPOS of every word, or null when no tagger is trained. */
export function posTags(s: PosSentence): { upos: string[]; xpos: string[] } | null {
  const m = posModel();
  if (!m) return null;
  const classes = tagSentence(m.model, s);
  const upos: string[] = [];
  const xpos: string[] = [];
  for (const k of classes) {
    const [u, x] = (m.header.classes[k] ?? 'X|_').split('|') as [string, string];
    upos.push(u);
    xpos.push(x);
  }
  return { upos, xpos };
}
