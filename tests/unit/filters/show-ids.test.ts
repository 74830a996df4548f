import { describe, expect, it } from 'vitest';
import { parseQuery, toQuery } from '../../../src/filters/query.ts';
import { resolveShowIds } from '../../../src/filters/show-ids.ts';
import { model } from '../../load-repo.ts';

describe('the table, the open project and the sub-sector in the URL', () => {
  it('reads and writes table=1, sort=-core, project= and subsector=, and leaves defaults out', () => {
    const query = 'cluster=robotics&table=1&sort=-core&project=gz-baiyun-airport&subsector=robotics.industrial_robots';
    const { state, warnings } = parseQuery(query);
    expect(warnings).toEqual([]);
    expect(state.show).toMatchObject({ table: true, sort: { column: 'core', descending: true }, project: 'gz-baiyun-airport', subSector: 'robotics.industrial_robots' });
    expect(toQuery(state)).toBe(query);
    expect(toQuery(parseQuery('sort=city&table=0').state)).toBe('');
  });

  it('drops a bad sort, table or id with a warning', () => {
    const { state, warnings } = parseQuery('sort=size&table=yes&project=<b>&subsector=A');
    expect(warnings.map((w) => w.param)).toEqual(['sort', 'table', 'project', 'subsector']);
    expect(state.show).toMatchObject({ table: false, sort: { column: 'city', descending: false }, project: null, subSector: null });
  });

  it('drops an unknown project, and a sub-sector of another cluster, against the data', () => {
    const project = model.projects[0]!.id;
    const kept = resolveShowIds(model, parseQuery(`cluster=robotics&project=${project}&subsector=robotics.industrial_robots`).state);
    expect(kept.warnings).toEqual([]);
    expect(kept.state.show).toMatchObject({ project, subSector: 'robotics.industrial_robots' });
    const dropped = resolveShowIds(model, parseQuery('cluster=automotive&project=no-such-project&subsector=robotics.industrial_robots').state);
    expect(dropped.warnings.map((w) => w.param)).toEqual(['project', 'subsector']);
    expect(dropped.state.show).toMatchObject({ project: null, subSector: null });
  });
});
