/**
 * Streaming line splitter
 *
 * Splits a byte stream into lines without ever holding more than one line (plus one chunk) in
 * memory, so a corpus of any size streams through. Lines stay bytes: the caller decodes each one
 * itself and can then name the exact line and byte offset of a bad sequence.
 */

/** One line of a byte stream, without its `\n` (and without a `\r` before it). */
export interface RawLine {
  bytes: Buffer;
  /** 1-based line number. */
  line: number;
  /** Byte offset of the line's first byte in the stream. */
  byteOffset: number;
}

/** Yields the lines of a stream of chunks, the last one even without a final newline. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<RawLine> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  let offset = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    pending = pending.length === 0 ? buf : Buffer.concat([pending, buf]);
    let from = 0;
    for (let nl = pending.indexOf(0x0a, from); nl !== -1; nl = pending.indexOf(0x0a, from)) {
      line++;
      yield { bytes: trimCr(pending.subarray(from, nl)), line, byteOffset: offset };
      offset += nl + 1 - from;
      from = nl + 1;
    }
    pending = from === 0 ? pending : Buffer.from(pending.subarray(from));
  }
  if (pending.length > 0) {
    line++;
    yield { bytes: trimCr(pending), line, byteOffset: offset };
  }
}

function trimCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}
