import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, fromBase64, toBase64 } from '../../src/model/codec.ts';
import { Model } from '../../src/model/perceptron.ts';

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
