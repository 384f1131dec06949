import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, fromBase64, toBase64 } from '../../src/model/codec.ts';
import { averageModels, Model } from '../../src/model/perceptron.ts';

describe('fromBase64', () => {
  it('reads what toBase64 wrote, as atob does', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      const b64 = toBase64(bytes);
      expect(fromBase64(b64)).toEqual(bytes);
      expect(fromBase64(b64)).toEqual(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    }
  });

  it('refuses characters outside the alphabet', () => {
    expect(() => fromBase64('QUJD!')).toThrow(/not base64/);
  });
});

describe('Model from 8-bit weights', () => {
  for (const classes of [3, 12]) {
    it(`scores and gives back q × scale as floats (${classes} classes, ${classes <= 8 ? 'fused' : 'unfused'})`, () => {
      const rows = 500;
      const keys = Uint32Array.from({ length: rows }, (_, r) => r * 7919 + 1);
      const q = Int8Array.from({ length: rows * classes }, (_, j) => ((j * 37) % 255) - 127);
      const scales = Float32Array.from({ length: rows }, (_, r) => 0.001 * (r + 1));
      const expected = Float32Array.from(q, (v, j) => v * (scales[Math.floor(j / classes)] as number));
      const model = new Model(classes, keys, { q, scales });
      const out = new Float64Array(classes);
      for (let r = 0; r < rows; r++) {
        out.fill(0);
        model.score(Uint32Array.of(keys[r] as number, 2), 2, out);
        expect([...out]).toEqual([...expected.subarray(r * classes, (r + 1) * classes)]);
      }
      expect(model.weights).toEqual(expected);
      // a model file of it decodes to the same scores
      const header = { name: 't', classes: Array.from({ length: classes }, (_, k) => `c${k}`), meta: {} };
      const back = decodeModel(encodeModel(header, model)).model;
      const a = new Float64Array(classes);
      const b = new Float64Array(classes);
      for (let r = 0; r < rows; r++) {
        a.fill(0);
        b.fill(0);
        back.score(Uint32Array.of(keys[r] as number), 1, a);
        Float64Array.from(back.weights.subarray(r * classes, (r + 1) * classes)).forEach((v, k) => {
          b[k] = v;
        });
        expect(a).toEqual(b);
      }
    });
  }
});

describe('averageModels', () => {
  const score = (m: Model, key: number) => {
    const out = new Float64Array(m.nClasses);
    m.score(Uint32Array.of(key), 1, out);
    return [...out];
  };

  it('gives each feature the mean of its weights, zero where a model lacks it', () => {
    const a = new Model(2, Uint32Array.of(5, 9), Float32Array.of(1, -2, 4, 4));
    const b = new Model(2, Uint32Array.of(9, 13), Float32Array.of(2, 0, -6, 3));
    const m = averageModels([a, b]);
    expect(m.rows).toBe(3);
    expect(score(m, 5)).toEqual([0.5, -1]);
    expect(score(m, 9)).toEqual([3, 2]);
    expect(score(m, 13)).toEqual([-3, 1.5]);
    expect(score(m, 21)).toEqual([0, 0]);
  });

  it('is the model itself for one model, and refuses models of other class counts', () => {
    const a = new Model(3, Uint32Array.of(7), Float32Array.of(1, 2, 3));
    expect(score(averageModels([a]), 7)).toEqual([1, 2, 3]);
    expect(() => averageModels([a, new Model(2, Uint32Array.of(7), Float32Array.of(1, 2))])).toThrow(
      /classes/,
    );
    expect(() => averageModels([])).toThrow(/no models/);
  });
});
