import { describe, expect, it } from 'vitest';
import { compareRows } from '../../../src/model/compare-rows.ts';
import { rankOf } from '../../../src/model/index.ts';
import { model } from '../../load-repo.ts';

describe('compareRows (the docked comparison)', () => {
  it('compares zone, roles and project counts before the 20 cluster ranks', () => {
    const rows = compareRows(model, ['440100', '440300']);
    expect(rows.map((r) => r.kind).slice(0, 4)).toEqual(['zone', 'roles', 'projects', 'rank']);
    expect(rows.filter((r) => r.kind === 'rank')).toHaveLength(20);
    expect(rows[0]).toEqual({ kind: 'zone', values: ['prd', 'prd'], differs: false });
    expect(rows[1]!.values[0]).toContain('dual_core');
    expect(rows[2]!.values).toEqual(['440100', '440300'].map((id) => model.projects.filter((p) => p.cities.includes(id as never)).length));
  });

  it('marks exactly the rows where the compared cities differ', () => {
    const rows = compareRows(model, ['440100', '440800']);
    expect(rows[0]).toMatchObject({ kind: 'zone', differs: true });
    for (const row of rows) {
      if (row.kind !== 'rank') continue;
      const differs = rankOf(model, '440100', row.cluster) !== rankOf(model, '440800', row.cluster);
      expect(row.differs, row.cluster).toBe(differs);
    }
    expect(compareRows(model, ['440100']).some((r) => r.differs)).toBe(false);
  });
});
