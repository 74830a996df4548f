/** Text to bytes in UTF-8 or GBK. */
export type TextEncoding = 'utf-8' | 'gbk';

let table: Map<number, number> | null = null;

/**
 * GBK bytes of a string. The table is the platform's own GBK decoder (WHATWG Encoding, the same in
 * Node and the browser) run backwards once, so page and CLI encode alike; a character GBK lacks becomes "?".
 */
export function encodeGbk(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        const code = ch.codePointAt(0)!;
        if (ch.length === 1 && code !== 0xfffd && !table.has(code)) table.set(code, (lead << 8) | trail);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) { out.push(code); continue; }
    const pair = table.get(code);
    if (pair === undefined) out.push(0x3f);
    else out.push(pair >> 8, pair & 0xff);
  }
  return Uint8Array.from(out);
}

const utf8 = new TextEncoder();

/** The bytes of `text` in the given encoding. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  return encoding === 'gbk' ? encodeGbk(text) : utf8.encode(text);
}
