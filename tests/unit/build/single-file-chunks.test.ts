import { describe, expect, it } from 'vitest';
import { chunkBlocks } from '../../../build/single-file.ts';

const chunk = (fileName: string, code: string, imports: string[] = [], dynamicImports: string[] = []) => ({ fileName, code, imports, dynamicImports });

describe('the one-file app\'s chunks, made for its loader', () => {
  it('names static imports "gd-chunk:" and turns dynamic ones into __gdImport calls, whatever the quotes', () => {
    const { blocks, imports } = chunkBlocks([
      chunk('assets/main-a.js', 'import{x}from"./shared-b.js";const go=()=>import(`./boot-c.js`);', ['assets/shared-b.js'], ['assets/boot-c.js']),
      chunk('assets/shared-b.js', 'export const x=1;'),
      chunk('assets/boot-c.js', "import{x}from'./shared-b.js';export const boot=x;", ['assets/shared-b.js']),
    ]);
    expect(Object.fromEntries(blocks)).toEqual({
      'main-a.js': 'import{x}from"gd-chunk:shared-b.js";const go=()=>__gdImport("boot-c.js");',
      'shared-b.js': 'export const x=1;',
      'boot-c.js': 'import{x}from"gd-chunk:shared-b.js";export const boot=x;',
    });
    expect(imports).toEqual({ 'main-a.js': ['shared-b.js'], 'shared-b.js': [], 'boot-c.js': ['shared-b.js'] });
  });

  it('fails the build on static imports in a cycle, which object URLs cannot express', () => {
    expect(() => chunkBlocks([
      chunk('assets/a.js', 'import"./b.js";', ['assets/b.js']),
      chunk('assets/b.js', 'import"./a.js";', ['assets/a.js']),
    ])).toThrow(/cycle: a\.js → b\.js → a\.js/);
  });

  it('fails the build on an import of a file that is not a chunk', () => {
    expect(() => chunkBlocks([chunk('assets/a.js', 'import"./gone.js";', ['assets/gone.js'])])).toThrow(/gone\.js, which is not a chunk/);
  });
});
