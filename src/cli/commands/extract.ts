/**
 * kg extract
 *
 * Runs extraction over the inputs and prints one JSON line per document: its entities, mentions
 * (with offsets and form) and relations (with evidence spans and confidences; nothing is cut by
 * confidence here, that is kg build's --min-confidence). Streams: each line is written as
 * soon as its document is done, to stdout or through an atomic writer to the -o file, which
 * appears only when every document succeeded.
 */

import type { Evidence } from '../../../graph/types.ts';
import { type AtomicWriter, checkWritable, createAtomicWriter } from '../../io/atomic.ts';
import { readDocuments } from '../../io/inputs.ts';
import type { DocExtraction } from '../../types.ts';
import { defineCommand, write, writeLine } from '../context.ts';

export const extractCommand = defineCommand({
  spec: {
    name: 'extract',
    summary: 'Print the entities, mentions and relations of each document as JSON lines.',
    synopsis: 'extract <inputs...> [-o out.jsonl] [--skip-errors]',
    details: [
      'One line per document: {"id", "entities", "mentions", "relations"}; offsets index that',
      "document's text. Inputs are read as by kg build.",
    ],
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, description: 'an input file, folder or -' },
    options: {
      out: {
        type: 'string',
        short: 'o',
        valueName: 'out.jsonl',
        description: 'write to this file (default: stdout)',
      },
      'skip-errors': { type: 'boolean', description: 'report bad files and lines on stderr and skip them' },
    },
  },
  async run({ positionals, options }, ctx) {
    const out = options.out && options.out !== '-' ? options.out : undefined;
    if (out) await checkWritable(out);
    const onError = options['skip-errors']
      ? (error: Error) => void writeLine(ctx.stderr, `kg: ${error.message} (skipped)`)
      : undefined;
    const { extractDocument } = await import('../../extract/index.ts');
    let writer: AtomicWriter | undefined;
    try {
      for await (const doc of readDocuments(positionals, { onError, stdin: ctx.stdin })) {
        const line = `${JSON.stringify(extractionRecord(extractDocument(doc)))}\n`;
        if (out) {
          writer ??= await createAtomicWriter(out);
          await writer.write(line);
        } else {
          await write(ctx.stdout, line);
        }
      }
      if (out) {
        writer ??= await createAtomicWriter(out);
        await writer.commit();
      }
    } catch (error) {
      await writer?.abort();
      throw error;
    }
    return 0;
  },
});

/** The JSON record of one document's extraction (the `kg extract` line format). */
export function extractionRecord(ex: DocExtraction) {
  return {
    id: ex.doc.id,
    entities: ex.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      aliases: e.aliases,
      titles: e.titles,
    })),
    mentions: ex.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      entity: m.entity ?? null,
      form: m.form,
    })),
    relations: ex.relations.map((r) => ({
      relation: r.relation,
      source: r.source,
      target: r.target,
      ...(r.role === undefined ? {} : { role: r.role }),
      evidence: r.evidence.map(evidenceRecord),
    })),
  };
}

function evidenceRecord(ev: Evidence) {
  return {
    start: ev.start,
    end: ev.end,
    trigger: ev.trigger,
    triggerSpan: ev.triggerSpan,
    sourceSpan: ev.sourceSpan,
    targetSpan: ev.targetSpan,
    ...(ev.negated ? { negated: true } : {}),
    ...(ev.hedged ? { hedged: true } : {}),
    ...(ev.reported ? { reported: true } : {}),
    ...(ev.speakerSpan ? { speakerSpan: ev.speakerSpan } : {}),
    ...(ev.confidence === undefined ? {} : { confidence: ev.confidence }),
  };
}
