// Cold loads of the served build and of the one-file app from file://, alternating: a quick look at
// single_file_load_ratio without the whole bench (`npx tsx tests/bench/load-probe.ts [runs]`).
import { rmSync } from 'node:fs';
import { buildApp, serveApp } from './build.ts';
import { coldLoad, launch } from './browser.ts';
import { buildSingleFile } from './single-file.ts';
import { median } from './stats.ts';

const runs = Number(process.argv[2] ?? 5);
const app = await buildApp();
const single = await buildSingleFile(app.outDir);
const server = await serveApp(app);
const browser = await launch();
try {
  await coldLoad(browser, server.url, { readyMark: 'app-ready' });
  await coldLoad(browser, single.url);
  const served: number[] = [];
  const file: number[] = [];
  for (let i = 0; i < runs; i++) {
    served.push((await coldLoad(browser, server.url, { readyMark: 'app-ready' })).ms);
    const f = await coldLoad(browser, single.url);
    file.push(f.ms);
    process.stdout.write(`served ${served.at(-1)!.toFixed(0)} ms (created ${''}), file ${f.ms.toFixed(0)} ms (map created ${f.created.toFixed(0)}, load ${f.load.toFixed(0)})\n`);
  }
  process.stdout.write(`one file ${(single.bytes / 1e6).toFixed(2)} MB; ratio ${(median(file) / median(served)).toFixed(2)} (file ${median(file).toFixed(0)} / served ${median(served).toFixed(0)} ms)\n`);
} finally {
  await browser.close();
  await server.close();
  rmSync(app.outDir, { recursive: true, force: true });
}
