import type { Visible } from '../filters/apply.ts';
import type { Model } from '../model/index.ts';
import { CRS_NOTE, type ExportCrs } from './crs.ts';
import type { ExportLayer } from './select.ts';
import { selectionMetadata } from './selection-metadata.ts';

/** What an export records about itself: no clock, so the page and the CLI agree byte for byte. */
export function exportMetadata(model: Model, visible: Visible, layer: ExportLayer, count: number, crs: ExportCrs = 'wgs84') {
  const total = { cities: model.cities.length, zones: model.zones.length, metro: model.metros.length, projects: model.projects.length, corridors: model.corridors.length,
    'sub-sector-places': model.subSectors.reduce((n, s) => n + (s.places?.length ?? 0), 0) }[layer];
  return {
    title: '广东省区域发展布局地图 Guangdong Regional Layout Map',
    layer,
    filters: visible.filterKey,
    ...selectionMetadata(visible.filters),
    count,
    total,
    data_version: model.version,
    coordinates: CRS_NOTE[crs],
    ...(crs === 'wgs84' ? {} : { crs: crs === 'gcj02' ? 'GCJ-02' : 'BD-09' }), // RFC 7946 says WGS84; this file is not
    sources: model.sources.map((s) => ({ id: s.id, title: s.title_zh, url: s.url })),
  };
}
