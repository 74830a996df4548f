import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { runExport } from '../../../src/cli/export.ts';
import { offlineHtml, viewOf, withView, type OfflineParts } from '../../../src/export/offline-html.ts';

const parts: OfflineParts = {
  csp: "default-src 'none'; script-src 'sha256-abc='",
  style: 'body{margin:0}',
  script: 'console.log(1<2)',
  files: [['cities.json', '[{"name":"广州"}]'], ['ranks.csv', 'a,b\n1,2\n']],
};
const viewText = (html: string) => /<script type="application\/json" id="gd-view">([^<]*)<\/script>/.exec(html)![1]!;

describe('the one-file app as text', () => {
  it('puts a view into a saved file exactly as if it had been written with it', () => {
    const query = 'layers=cities,projects&cluster=new_energy&view=113.5,22.9,7';
    expect(withView(offlineHtml(parts, ''), query)).toBe(offlineHtml(parts, query));
  });

  it('keeps the view readable and unable to end its block', () => {
    const html = offlineHtml(parts, 'q=</script><script>alert(1)</script>');
    expect(viewOf(viewText(html))).toBe('q=</script><script>alert(1)</script>');
    expect(html.match(/<\/script>/g)!.length).toBe(4); // the view block, two files, the app
  });

  it('embeds every file under its name, in order, before the app', () => {
    const html = offlineHtml(parts, '');
    expect([...html.matchAll(/data-file="([^"]+)">/g)].map((m) => m[1])).toEqual(['cities.json', 'ranks.csv']);
    expect(html.indexOf('data-file="ranks.csv"')).toBeLessThan(html.indexOf('id="gd-app"'));
  });

  it('refuses a file that would end its block early', () => {
    expect(() => offlineHtml({ ...parts, files: [['x.json', '"</SCRIPT>"']] }, '')).toThrow(/x\.json/);
  });

  it('refuses text that is not a one-file app', () => {
    expect(() => withView('<!doctype html><p>hi</p>', 'layers=cities')).toThrow(/not a one-file app/);
  });
});

describe('export --format html', () => {
  it('writes the one-file app at the canonical view of --url, with filter flags applied', () => {
    const template = offlineHtml(parts, '');
    const args = parseArgs(['--format', 'html', '--url', 'http://x/?zone=prd&cluster=new_energy', '--lang', 'en']);
    const html = runExport(args, () => {}, undefined, () => template);
    expect(viewOf(viewText(html))).toBe('cluster=new_energy&zone=prd&lang=en');
  });
});
