import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { pinyinSubjects, type PinyinNames } from '../src/model/pinyin.ts';

// Writes data/pinyin.json: the toneless pinyin (full and initials) of the plan's Chinese names, so that
// search finds "baiyun jichang" or "xinnengyuan". Node only (pinyin-pro is a build-time dependency):
// the page and the CLI read the written file with the rest of data/. Run: npm run pinyin.

const ROOT = resolve(import.meta.dirname, '..');
const GENERATOR = 'pinyin-pro 3.29.4 (npm run pinyin)';

const letters = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Full toneless pinyin and initials of one name (characters other than Chinese are left out: the name holds them). */
export function namePinyin(name: string): [string, string] {
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  return [letters(full), letters(initials)];
}

/** The file's text for the data in `root`/data (read as JSON, not validated: the loader validates). */
export function pinyinFile(root = ROOT): string {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, 'data', file), 'utf8')) as { name_zh: string }[];
  const subjects = pinyinSubjects({
    zones: read('zones.json'), metros: read('metro-areas.json'), clusters: read('clusters.json'),
    subSectors: read('sub-sectors.json'), corridors: read('corridors.json'), projects: read('projects.json'),
  });
  const file: PinyinNames = { generator: GENERATOR, names: Object.fromEntries(subjects.map((name) => [name, namePinyin(name)])) };
  // one name a line: reviewable as a diff
  const lines = Object.entries(file.names).map(([name, p]) => `    ${JSON.stringify(name)}: ${JSON.stringify(p)}`);
  return `{\n  "generator": ${JSON.stringify(file.generator)},\n  "names": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(resolve(ROOT, 'data/pinyin.json'), pinyinFile());
  console.log('data/pinyin.json written');
}
