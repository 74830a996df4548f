/**
 * Normalises seed text and quotes alike so a quote is found despite the copies' quirks:
 * PDF code points (ꎬ ꎮ), full-width digits and letters, traditional spacing and words broken
 * across lines and pages, and markdown bold marks (**) in the manufacturing plan's copy.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/ꎬ/g, '，')
    .replace(/ꎮ/g, '。')
    .replace(/ꎻ/g, '；')
    .replace(/[\uFF01-\uFF5E]/g, (ch) => {
      const ascii = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
      // keep Chinese punctuation as written; fold only digits and Latin letters
      return /[0-9A-Za-z]/.test(ascii) ? ascii : ch;
    })
    .replace(/\*\*/g, '')
    .replace(/\s+/g, '');
}
