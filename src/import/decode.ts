import { issue, type Text } from './issues.ts';
import { MAX_BYTES } from './limits.ts';
import type { ImportIssue } from './schema.ts';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030'; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };

const MB = (n: number) => (n / 1024 / 1024).toFixed(1);

/** Signatures of binary formats people drop by mistake, with what to do instead. */
const SIGNATURES: { bytes: number[]; zh: string; en: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], zh: 'ZIP 压缩包（或 Excel .xlsx 工作簿）', en: 'a ZIP archive (or an Excel .xlsx workbook)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], zh: 'Excel 97–2003 .xls 工作簿', en: 'an Excel 97–2003 .xls workbook' },
  { bytes: [0x25, 0x50, 0x44, 0x46], zh: 'PDF 文档', en: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: 'PNG 图片', en: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: 'JPEG 图片', en: 'a JPEG image' },
  { bytes: [0x00, 0x00, 0x27, 0x0a], zh: 'Shapefile (.shp)', en: 'a shapefile (.shp)' },
  { bytes: [0x1f, 0x8b], zh: 'gzip 压缩文件', en: 'a gzip file' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const refuse = (text: Text): Decoded => ({ ok: false, errors: [issue(null, null, text)] });

/** Bytes → text: size limit first, then UTF-8 (BOM stripped), else GB18030 with a warning; binary refused. */
export function decodeImport(bytes: Uint8Array): Decoded {
  if (bytes.byteLength > MAX_BYTES) {
    return refuse({
      zh: `文件大小为 ${MB(bytes.byteLength)} MB，超过 ${MB(MAX_BYTES)} MB 的上限，未导入。请拆分文件或删去不需要的列。`,
      en: `The file is ${MB(bytes.byteLength)} MB, over the ${MB(MAX_BYTES)} MB limit; nothing was imported. Split the file or drop unneeded columns.`,
    });
  }
  if (bytes.byteLength === 0) return refuse({ zh: '文件是空的。', en: 'The file is empty.' });
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return refuse({
      zh: '文件是 UTF-16 编码，不支持。请另存为 UTF-8（Excel：“CSV UTF-8（逗号分隔）”）。',
      en: 'The file is UTF-16 encoded, which is not supported. Save it as UTF-8 (Excel: "CSV UTF-8 (Comma delimited)").',
    });
  }
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known) {
    return refuse({
      zh: `这是${known.zh}，不是 GeoJSON 或 CSV 文本文件。请导出为 GeoJSON 或 CSV 后再导入。`,
      en: `This is ${known.en}, not a GeoJSON or CSV text file. Export it as GeoJSON or CSV first.`,
    });
  }
  if (bytes.indexOf(0) !== -1) {
    return refuse({
      zh: '文件含有二进制内容（NUL 字节），不是文本文件，未导入。',
      en: 'The file contains binary content (NUL bytes) and is not a text file; nothing was imported.',
    });
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', warnings: [] };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    return {
      ok: true, text: gb, encoding: 'gb18030',
      warnings: [issue(null, null, {
        zh: '文件不是 UTF-8 编码，已按 GB18030（GBK）读取。请核对中文是否显示正确。',
        en: 'The file is not UTF-8; it was read as GB18030 (GBK). Check that Chinese text reads correctly.',
      })],
    };
  }
  return refuse({
    zh: '无法识别文件编码（既不是 UTF-8 也不是 GB18030），未导入。请另存为 UTF-8。',
    en: 'The file is neither UTF-8 nor GB18030 text; nothing was imported. Save it as UTF-8.',
  });
}

/** Strict decoding without a leading BOM: null when the bytes are not valid in that encoding. */
function tryDecode(encoding: 'utf-8' | 'gb18030', bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}
