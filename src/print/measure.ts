/** An estimate of a text's advance width in points (wide CJK glyphs 1 em, Latin about half): enough to lay out boxes and wrap lines; the writers anchor with real font metrics. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0x2460 && c <= 0x27bf)) em += 1;
    else if (/[A-Z]/.test(ch)) em += 0.64;
    else if (/[il.,:;'|!]/.test(ch) || ch === ' ') em += 0.28;
    else em += 0.54;
  }
  return em * size;
}

/** Breaks text into lines no wider than `width`: at spaces for Latin words, anywhere between CJK characters. */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Text cut to fit a width, with an ellipsis. */
export function fit(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}
