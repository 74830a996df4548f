import { describe, expect, it } from 'vitest';
import { decodeEmbedded, encodeEmbedded } from '../../../src/export/embedded-encoding.ts';

describe('files embedded in the one-file app', () => {
  it('round-trip any text, Chinese and astral characters included', () => {
    const text = `{"name_zh":"湛江","note":"𠀋 ★★★ \\u003c/script>"}\n`.repeat(5000);
    const block = encodeEmbedded(text);
    expect(block).toMatch(/^[A-Za-z0-9+/]+=*$/); // safe inside a <script> block: no "<", no line breaks
    expect(block.length).toBeLessThan(text.length / 20);
    expect(decodeEmbedded(block)).toBe(text);
  });

  it('encode the same text to the same bytes (page and CLI save the same file)', () => {
    expect(encodeEmbedded('广东 Guangdong')).toBe(encodeEmbedded('广东 Guangdong'));
  });

  it('refuse a block that is not one', () => {
    expect(() => decodeEmbedded('{"plain": "json"}')).toThrow();
  });
});
