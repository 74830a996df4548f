import type { SqlJsStatic } from 'sql.js';
import type { Visible } from '../filters/apply.ts';
import type { Features, Model } from '../model/index.ts';
import { CRS_NOTE, type ExportCrs } from './crs.ts';
import { documentTables } from './documents.ts';
import { writeGeoPackage, type GeoPackageInput } from './gpkg-writer.ts';
import type { ExportLayer } from './select.ts';
import { layerTables, type ExportTable } from './tables.ts';

const DESCRIPTION: Record<string, string> = {
  cities: '地级以上市 Prefecture-level cities',
  zones: '“一核一带一区” The three development zones',
  metro: '都市圈 Metropolitan areas',
  projects: '重大项目 Major projects',
};

export interface GpkgOptions {
  layers: readonly ExportLayer[]; // the layers to write, each as its own table(s)
  crs: ExportCrs;
  extra?: ExportTable[];          // more feature tables (the page's imported layer)
}

/** One GeoPackage: each chosen layer's visible features as a table, the sources and disagreements, and the filters. */
export function toGeoPackage(SQL: SqlJsStatic, model: Model, features: Features, visible: Visible, options: GpkgOptions): Uint8Array {
  const tables = options.layers.flatMap((l) => layerTables(features, visible, l, options.crs));
  const all = [...tables, ...(options.extra ?? [])];
  const input: GeoPackageInput = {
    features: all.map((t) => ({ ...t, description: `${DESCRIPTION[t.layer] ?? t.layer} · ${t.rows.length}` })),
    attributes: documentTables(model),
    metadata: [
      ['title', '广东省区域发展布局地图 Guangdong Regional Layout Map'],
      ['data_version', model.version],
      ['filters', visible.filterKey],
      ['crs', options.crs],
      ['coordinates', CRS_NOTE[options.crs]],
      ['layers', all.map((t) => `${t.name}:${t.rows.length}`).join(',')],
    ],
  };
  return writeGeoPackage(SQL, input);
}
