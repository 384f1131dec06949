/**
 * Progress line
 *
 * One line on a terminal, rewritten in place with `\r`: documents and words done, words per second,
 * and — when the input's size is known — the share done and the time left. It is redrawn at most a
 * few times a second, so printing never costs the build anything measurable, and `clear` wipes it
 * before any other message and at the end. The caller decides whether there is a terminal at all:
 * progress goes to stderr only when stderr is a TTY and --quiet is not given.
 */

import type { Writable } from 'node:stream';

/** The counters the line shows. */
export interface ProgressCounts {
  documents: number;
  words: number;
  /** UTF-8 bytes of the texts done, compared with the input's size for the share and the ETA. */
  bytes: number;
}

/** Options of ProgressLine. */
export interface ProgressOptions {
  /** Size of the input in bytes, when known (sum of the files' sizes). @default undefined */
  totalBytes?: number;
  /** Smallest interval between two redraws, in ms. @default 250 */
  interval?: number;
  /** The clock, in ms. @default performance.now */
  now?: () => number;
}

/** A progress line on `stream` (a terminal). */
export class ProgressLine {
  readonly #stream: Writable;
  readonly #total: number | undefined;
  readonly #interval: number;
  readonly #now: () => number;
  readonly #started: number;
  #last = Number.NEGATIVE_INFINITY;
  #shown = false;

  constructor(stream: Writable, options: ProgressOptions = {}) {
    this.#stream = stream;
    this.#total = options.totalBytes && options.totalBytes > 0 ? options.totalBytes : undefined;
    this.#interval = options.interval ?? 250;
    this.#now = options.now ?? (() => performance.now());
    this.#started = this.#now();
  }

  /** Redraws the line with `counts`, unless it was redrawn less than `interval` ago. */
  update(counts: ProgressCounts): void {
    const now = this.#now();
    if (now - this.#last < this.#interval) return;
    this.#last = now;
    this.#stream.write(`\r${formatProgress(counts, (now - this.#started) / 1000, this.#total)}\x1b[K`);
    this.#shown = true;
  }

  /** Wipes the line (before another message, and at the end). */
  clear(): void {
    if (!this.#shown) return;
    this.#stream.write('\r\x1b[K');
    this.#shown = false;
    this.#last = Number.NEGATIVE_INFINITY;
  }
}

/**
 * The text of the line: "120 docs · 84,210 words · 6,020 words/s · 41% · 0:23 left".
 * @param seconds time since the start
 * @param totalBytes the input's size, when known
 */
export function formatProgress(counts: ProgressCounts, seconds: number, totalBytes?: number): string {
  const parts = [
    `${counts.documents.toLocaleString('en-US')} docs`,
    `${counts.words.toLocaleString('en-US')} words`,
  ];
  if (seconds > 0 && counts.words > 0) {
    parts.push(`${Math.round(counts.words / seconds).toLocaleString('en-US')} words/s`);
  }
  if (totalBytes !== undefined && totalBytes > 0) {
    // The texts are a little smaller than the files (JSON syntax, metadata): never claim 100% early.
    const share = Math.min(0.99, counts.bytes / totalBytes);
    parts.push(`${Math.floor(share * 100)}%`);
    if (counts.bytes > 0 && seconds > 1) {
      const left = (seconds * (totalBytes - counts.bytes)) / counts.bytes;
      parts.push(`${formatDuration(Math.max(0, left))} left`);
    }
  }
  return parts.join(' · ');
}

/** "0:07", "12:30", "1:02:03". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
