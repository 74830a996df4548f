import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A static server started for one test file: where it serves, and how to stop it. */
export interface StaticServer { url: string; stop(): Promise<void>; log(): string }

/** A port no one listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${output()}`);
    try { await fetch(url); return; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  throw new Error(`server at ${url} did not answer: ${output()}`);
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Debian's nginx as a child process with its own prefix, serving `dist` under `prefix` with
 * deploy/nginx.conf (only its port and alias path changed).
 */
export async function startNginx(dist: string, prefix: string): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gd-nginx-'));
  const port = await freePort();
  const site = readFileSync(resolve(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/maps/guangdong/', prefix)
    .replace('alias /var/www/guangdong-map/;', `alias ${dist}/;`);
  if (!site.includes(`127.0.0.1:${port}`) || !site.includes(`alias ${dist}/;`)) throw new Error('deploy/nginx.conf: listen or alias line not found');
  writeFileSync(join(dir, 'nginx.conf'), [
    'daemon off;', 'worker_processes 1;', 'user root;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;', '  default_type application/octet-stream;', '  sendfile on;',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    site, '}',
  ].join('\n'));
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; });
  const log = () => { try { return readFileSync(join(dir, 'access.log'), 'utf8'); } catch { return ''; } };
  const url = `http://127.0.0.1:${port}${prefix}`;
  await waitForHttp(url, child, () => stderr + log());
  return { url, stop: stopper(child, dir), log };
}

/** `python3 -m http.server` on a free port, serving a folder where `dist` sits at `prefix`. */
export async function startPythonServer(dist: string, prefix: string): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gd-http-'));
  const parts = prefix.split('/').filter(Boolean);
  mkdirSync(join(dir, ...parts.slice(0, -1)), { recursive: true });
  symlinkSync(dist, join(dir, ...parts));
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => { stderr += d; }); // its access log
  const url = `http://127.0.0.1:${port}${prefix}`;
  await waitForHttp(url, child, () => stderr);
  return { url, stop: stopper(child, dir), log: () => stderr };
}
