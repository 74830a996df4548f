import type { Visible } from '../filters/apply.ts';
import type { Model } from '../model/index.ts';
import type { ExportLayer } from './select.ts';

/** What an export records about itself: no clock, so the page and the CLI agree byte for byte. */
export function exportMetadata(model: Model, visible: Visible, layer: ExportLayer, count: number) {
  const total = { cities: model.cities.length, zones: model.zones.length, metro: model.metros.length, projects: model.projects.length, corridors: model.corridors.length }[layer];
  return {
    title: '广东省区域发展布局地图 Guangdong Regional Layout Map',
    layer,
    filters: visible.key,
    count,
    total,
    data_version: model.version,
    coordinates: 'WGS84 lon/lat (RFC 7946); boundaries converted from GCJ-02, indicative only',
    sources: model.sources.map((s) => ({ id: s.id, title: s.title_zh, url: s.url })),
  };
}
