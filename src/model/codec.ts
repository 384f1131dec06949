/**
 * Model files
 *
 * Turns a `Model` into compact bytes and back, identically in Node and in the browser: rows whose
 * largest weight is below `minWeight` are pruned, each remaining row is quantized to 8-bit
 * integers with its own scale, feature keys are sorted and stored as varint deltas, and the whole
 * is gzipped (fflate, fixed header time, so the same weights give the same bytes). The bytes are
 * committed as base64 in a generated module (`weights/*.ts`), so loading needs no file system and
 * no fetch: importing the module and calling `decodeModel` is all. A JSON header carries the
 * class names and whatever the model's owner needs (templates version, provenance).
 */

import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { Model } from './perceptron.ts';

const MAGIC = 'KGM1';

/** What a model file holds besides the weights. */
export interface ModelHeader {
  /** The model's name ("ner", "pos", "parser"). */
  name: string;
  /** Class names, in the order of the weight columns. */
  classes: string[];
  /** Free-form facts for the model's owner (feature version, training data, scores). */
  meta: Record<string, unknown>;
}

export interface DecodedModel {
  header: ModelHeader;
  model: Model;
}

/** Encoding options. */
export interface EncodeOptions {
  /** Rows whose largest absolute weight is below this are dropped. @default 0 */
  minWeight?: number;
}

/** Encodes a model and its header as gzipped bytes. */
export function encodeModel(header: ModelHeader, model: Model, options: EncodeOptions = {}): Uint8Array {
  const c = model.nClasses;
  if (header.classes.length !== c)
    throw new Error(`encodeModel: ${header.classes.length} class names for ${c} classes`);
  const minWeight = options.minWeight ?? 0;
  const order = [...model.keys.keys()].sort((a, b) => (model.keys[a] as number) - (model.keys[b] as number));
  const kept: number[] = [];
  const scales: number[] = [];
  for (const row of order) {
    let max = 0;
    for (let k = 0; k < c; k++) max = Math.max(max, Math.abs(model.weights[row * c + k] as number));
    if (max === 0 || max < minWeight) continue;
    kept.push(row);
    scales.push(max / 127);
  }
  const headerBytes = strToU8(JSON.stringify({ ...header, rows: kept.length }));
  const keyBytes: number[] = [];
  let prev = 0;
  for (const row of kept) {
    const key = model.keys[row] as number;
    let delta = key - prev;
    prev = key;
    while (delta >= 0x80) {
      keyBytes.push((delta & 0x7f) | 0x80);
      delta = Math.floor(delta / 128);
    }
    keyBytes.push(delta);
  }
  const size = 4 + 4 + headerBytes.length + 4 + keyBytes.length + 4 * kept.length + c * kept.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(strToU8(MAGIC), at);
  at += 4;
  view.setUint32(at, headerBytes.length, true);
  at += 4;
  out.set(headerBytes, at);
  at += headerBytes.length;
  view.setUint32(at, keyBytes.length, true);
  at += 4;
  out.set(keyBytes, at);
  at += keyBytes.length;
  for (const s of scales) {
    view.setFloat32(at, s, true);
    at += 4;
  }
  kept.forEach((row, i) => {
    const scale = scales[i] as number;
    for (let k = 0; k < c; k++) {
      const q = Math.round((model.weights[row * c + k] as number) / scale);
      view.setInt8(at++, Math.max(-127, Math.min(127, q)));
    }
  });
  return gzipSync(out, { level: 9, mtime: 0 });
}

/** Decodes what `encodeModel` wrote. @throws Error when the bytes are not a model file. */
export function decodeModel(gz: Uint8Array): DecodedModel {
  const bytes = gunzipSync(gz);
  if (strFromU8(bytes.subarray(0, 4)) !== MAGIC) throw new Error('decodeModel: not a kg-builder model file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 4;
  const headerLength = view.getUint32(at, true);
  at += 4;
  const header = JSON.parse(strFromU8(bytes.subarray(at, at + headerLength))) as ModelHeader & {
    rows: number;
  };
  at += headerLength;
  const keyLength = view.getUint32(at, true);
  at += 4;
  const rows = header.rows;
  const c = header.classes.length;
  const keys = new Uint32Array(rows);
  let prev = 0;
  let p = at;
  for (let r = 0; r < rows; r++) {
    let delta = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[p++] as number;
      delta += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += delta;
    keys[r] = prev;
  }
  at += keyLength;
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) scales[r] = view.getFloat32(at + 4 * r, true);
  at += 4 * rows;
  // the 8-bit weights stay 8-bit in memory (the model multiplies by the row's scale as it scores)
  // a view: the model copies what it keeps (an unfused model its 8-bit weights, a fused one none)
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + at, rows * c);
  const { rows: _rows, ...rest } = header;
  return { header: rest, model: new Model(c, keys, { q, scales }) };
}

/**
 * Decodes committed weights (base64 of a model file) and checks they were trained on the feature
 * templates the code has: weights of another version must not load silently.
 * @throws Error naming the model, both versions and the script that retrains it.
 */
export function decodeCommitted(
  base64: string,
  expect: { what: string; features: number; retrain: string },
): DecodedModel {
  const decoded = decodeModel(fromBase64(base64));
  const got = decoded.header.meta.features;
  if (got !== expect.features) {
    throw new Error(
      `${expect.what}: the committed weights use features version ${String(got)}, the code ${expect.features}: run ${expect.retrain}`,
    );
  }
  return decoded;
}

/** Base64 of bytes (for the generated weight modules). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Value of each base64 character's code (-1: not base64). */
const SEXTETS = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) SEXTETS[BASE64.charCodeAt(i)] = i;

/**
 * Bytes of a base64 string (standard alphabet, with or without padding), decoded straight into
 * the bytes: no binary string of the whole (as `atob` makes) beside the weights' base64.
 * @throws Error on a character outside the alphabet.
 */
export function fromBase64(b64: string): Uint8Array {
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 61) end--; // '='
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = b64.charCodeAt(i);
    const v = code < 128 ? (SEXTETS[code] as number) : -1;
    if (v < 0) throw new Error(`fromBase64: not base64 at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}
