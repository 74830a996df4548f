import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config.ts';

const conf = readFileSync(resolve(import.meta.dirname, '../../../deploy/nginx.conf'), 'utf8');

describe('deploy/nginx.conf', () => {
  it('sends the same Content-Security-Policy as the build writes into index.html, in every location', () => {
    const headers = [...conf.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
    expect(headers.length).toBe(2);
    expect(new Set(headers)).toEqual(new Set([CONTENT_SECURITY_POLICY]));
  });
});
