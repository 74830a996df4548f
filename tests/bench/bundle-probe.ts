// Lists the files the app fetches before its first complete render, largest gzip first (what bundle_initial_gzip_kb sums).
import { rmSync } from 'node:fs';
import { buildApp, serveApp } from './build.ts';
import { coldLoad, launch } from './browser.ts';

const app = await buildApp();
const server = await serveApp(app);
const browser = await launch();
try {
  const load = await coldLoad(browser, server.url, { record: true, readyMark: 'app-ready' });
  const initial = load.fetched.filter((f) => f.kind === 'js' || f.kind === 'css').sort((a, b) => b.gzip - a.gzip);
  for (const f of initial) process.stdout.write(`${(f.gzip / 1024).toFixed(1).padStart(7)} kB  ${f.path}\n`);
  process.stdout.write(`${(initial.reduce((s, f) => s + f.gzip, 0) / 1024).toFixed(1).padStart(7)} kB  total\n`);
  for (const [name, c] of app.chunks) {
    const top = [...c.byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([p, n]) => `${p}:${(n / 1024).toFixed(0)}`).join(' ');
    if (initial.some((f) => f.path.endsWith(c.fileName))) process.stdout.write(`${name} → ${top}\n`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(app.outDir, { recursive: true, force: true });
}
