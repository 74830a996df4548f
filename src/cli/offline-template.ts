import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OFFLINE_FILE_NAME } from '../export/offline-html.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The one-file app `--format html` writes a view into: dist/guangdong-map.html as `npm run build` left it,
 * or, when there is none, built first (`vite build --mode single-file`, which writes only that file).
 */
export function readOfflineTemplate(root = ROOT): string {
  const file = resolve(root, 'dist', OFFLINE_FILE_NAME);
  if (!existsSync(file)) {
    process.stderr.write(`export: dist/${OFFLINE_FILE_NAME} not found; building it…\n`);
    const built = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--mode', 'single-file', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (built.status !== 0 || !existsSync(file)) throw new Error(`building dist/${OFFLINE_FILE_NAME} failed (exit ${built.status})`);
  }
  return readFileSync(file, 'utf8');
}
