declare module 'virtual:first-view' {
  import type { LayerSpecification } from 'maplibre-gl';
  const layers: Record<'zh' | 'en', LayerSpecification[]>;
  export default layers;
}

declare module 'virtual:boundary-tiles' {
  /** The boundary tiles the build cut (geo/vector-tiles.ts): their folder, the file template in it, what they cover. */
  const tiles: { path: string; template: string; bounds: [number, number, number, number]; maxzoom: number };
  export default tiles;
}

// shpjs ships no types: the one call src/import/gis-read.ts makes
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  const getShapefile: (input: { shp: Uint8Array; dbf?: Uint8Array; cpg?: string; prj?: string }) => Promise<FeatureCollection>;
  export default getShapefile;
}
