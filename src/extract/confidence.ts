/**
 * Confidence of extracted relations
 *
 * Every evidence sentence the extractor cites carries a confidence, 0–1: the precision its way of
 * reading (its construction) reached on the tune halves of the evaluation sets, so a reader can
 * hide the readings that are more often wrong. `DEFAULT_MIN_CONFIDENCE` is what `kg build` keeps
 * by default.
 */

/** Evidence below this confidence is left out by `kg build` unless --min-confidence says otherwise. */
export const DEFAULT_MIN_CONFIDENCE = 0;
