import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import configOf from '../../vite.config.ts';

const config = typeof configOf === 'function' ? configOf({ mode: 'development', command: 'serve' }) : configOf;

const ROOT = resolve(import.meta.dirname, '../..');

describe('the README’s first command (npm start)', () => {
  it('never tries to open a browser: set in the config, not as a command-line string', () => {
    const scripts = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.start).not.toMatch(/--open/);
    expect([config.server?.open, config.preview?.open]).toEqual([false, false]);
  });
});
