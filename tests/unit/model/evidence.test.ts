import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankEvidence, TABLE_GROUP_HEADINGS, zoneEvidence } from '../../../src/model/evidence.ts';
import { model } from '../../load-repo.ts';

describe('table evidence for a rank', () => {
  it('names the table, the row, the column under its group heading and the cell as printed', () => {
    expect(rankEvidence(model, '440100', 'new_energy')).toEqual({
      doc: 'gd-manufacturing-fyp', table: '附件1 “十大”战略性新兴产业布局', row: '16. 新能源',
      group: '珠三角地区', column: '广州', cell: '★★★★', // the emerging table prints core as four stars
    });
    expect(rankEvidence(model, '440800', 'petrochemicals')).toMatchObject({ table: '附件1 “十大”战略性支柱产业布局', row: '2. 绿色石化', group: '沿海经济带西翼', column: '湛江', cell: '★★★' });
    expect(rankEvidence(model, '441400', 'new_energy')).toMatchObject({ group: '北部生态发展区', column: '梅州', cell: '' });
    expect(rankEvidence(model, '440500', 'electronics')).toMatchObject({ group: '沿海经济带东翼', column: '汕头', cell: '★★' });
  });

  it('puts a city in its zone by the column group over it', () => {
    expect(zoneEvidence(model, '440800')).toEqual({ doc: 'gd-manufacturing-fyp', table: '附件1 “十大”战略性支柱产业布局', row: null, group: '沿海经济带西翼', column: '湛江', cell: null });
  });

  it('quotes the document: every printed row, group heading and cell is in the table (with the seeds)', () => {
    const dir = process.env.SEEDS_DIR ?? resolve(import.meta.dirname, '../../../../shared/seeds');
    const doc = model.sources.find((d) => d.id === 'gd-manufacturing-fyp')!;
    const file = resolve(dir, doc.file);
    if (!existsSync(file)) { console.warn(`seeds not found at ${dir}: table check skipped`); return; }
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const header = lines.find((l) => l.startsWith('产业集群\t'))!;
    for (const heading of Object.values(TABLE_GROUP_HEADINGS)) expect(header).toContain(heading);
    const columns = lines[lines.indexOf(header) + 1]!.split('\t').slice(1, 22);
    for (const city of model.cities) {
      for (const cluster of model.clusters) {
        const e = rankEvidence(model, city.id, cluster.id);
        const printed = lines.find((l) => l.startsWith(`${e.row}\t`))!.split('\t');
        expect([cluster.id, city.id, printed[1 + columns.indexOf(e.column)]]).toEqual([cluster.id, city.id, e.cell]);
      }
    }
  });
});
