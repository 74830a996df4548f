import { describe, expect, it } from 'vitest';
import { writeDbf } from '../../../src/export/dbf.ts';

describe('dbf text cells', () => {
  it('hold exactly what TextEncoder.encodeInto writes: whole characters, cut at 254 bytes, lone surrogates as U+FFFD', () => {
    const texts = ['abc', '广州', 'é😀x', 'a\ud800b', '\udc00', '广'.repeat(90), `${'x'.repeat(252)}😀`, 'ab'.repeat(200), ''];
    const out = writeDbf([{ name: 't', type: 'text' }], texts.map((t) => [t]), 'utf-8');
    const width = out[32 + 16]!;
    expect(width).toBe(254);
    const header = 32 + 32 + 1;
    texts.forEach((t, r) => {
      const expected = new Uint8Array(width).fill(0x20);
      new TextEncoder().encodeInto(t, expected);
      expect(out.subarray(header + r * (width + 1) + 1, header + (r + 1) * (width + 1))).toEqual(expected);
    });
  });
});
