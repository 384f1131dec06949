/**
 * Migration 3: the speaker of reported evidence
 *
 * Each evidence row keeps where its sentence names who says it (the JSON graph's
 * `evidence.speakerSpan`), as two offsets into the document like the ends'. Null on rows stored
 * before speakers were recorded and on evidence with no named speaker; both or neither are set.
 */

export const VERSION = 3;
export const NAME = 'evidence-speaker';

export const SQL = `
ALTER TABLE kg.evidence ADD COLUMN speaker_start integer, ADD COLUMN speaker_end integer,
  ADD CONSTRAINT evidence_speaker_span CHECK ((speaker_start IS NULL) = (speaker_end IS NULL));
`;
