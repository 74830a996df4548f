import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args.ts';
import { run } from '../../../src/cli/export.ts';

const exec = async (argv: string[]) => {
  let stderr = '';
  const code = await run(argv, { stdout: () => {}, stderr: (t) => { stderr += t; } });
  return { code, stderr };
};

describe('print flags', () => {
  it('reads paper, orientation, title, 审图号 and atlas', () => {
    const args = parseArgs(['--format', 'pdf', '--paper', 'A4', '--orientation', 'portrait', '--title', 'T', '--approval', 'GS(2026)1号', '--atlas', 'cities']);
    expect(args.frame).toEqual({ paper: 'A4', orientation: 'portrait', title: 'T', approval: 'GS(2026)1号' });
    expect(args.atlas).toBe('cities');
  });
  it('defaults to one A3 landscape page with no 审图号', () => {
    const args = parseArgs(['--format', 'pdf']);
    expect(args.frame).toEqual({ paper: 'A3', orientation: 'landscape', title: '', approval: '' });
    expect(args.atlas).toBeNull();
  });
  it('refuses an unknown paper, naming the allowed ones', () => {
    expect(() => parseArgs(['--paper', 'A5'])).toThrow(new UsageError('--paper "A5" is not one of: A4, A3'));
  });
  it('exits 2 when a PDF has no --out', async () => {
    expect(await exec(['--format', 'pdf'])).toEqual({ code: 2, stderr: 'export: --format pdf needs --out FILE (the output is binary)\n' });
  });
  it('exits 2 for an atlas as PNG', async () => {
    expect((await exec(['--format', 'png', '--atlas', 'cities', '--out', 'x.png'])).code).toBe(2);
  });
});
