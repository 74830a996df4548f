import type { FeatureCollection } from 'geojson';
import mapshaper from 'mapshaper';

export interface CleanOptions {
  snapInterval: number; // degrees: vertices closer than this are snapped together on import
  keepPercent: number;  // share of removable vertices kept by Visvalingam simplification
}

/** Snaps shared borders, removes gaps and overlaps, and simplifies with topology kept (mapshaper). */
export async function clean(fc: FeatureCollection, options: CleanOptions): Promise<FeatureCollection> {
  const command = [
    `-i in.json snap snap-interval=${options.snapInterval}`,
    '-clean gap-fill-area=20km2',
    `-simplify ${options.keepPercent}% keep-shapes planar`,
    '-clean',
    '-o out.json format=geojson precision=0.000001',
  ].join(' ');
  const output = await mapshaper.applyCommands(command, { 'in.json': fc });
  return JSON.parse(String(output['out.json'])) as FeatureCollection;
}
