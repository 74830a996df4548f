import { useEffect, useState } from 'react';
import { parseDistrictShapes, type DistrictShapes } from '../../model/index.ts';
import { districtShapesUrl } from './asset-urls.ts';

let pending: Promise<DistrictShapes | null> | null = null;

/** Fetches and checks district-shapes.geojson once; a failure is reported in the console and draws no districts. */
function loadDistrictShapes(): Promise<DistrictShapes | null> {
  pending ??= fetch(districtShapesUrl())
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((text) => {
      const result = parseDistrictShapes(text);
      if (result.ok) return result.shapes;
      console.error(`${result.error.file}: ${result.error.record ?? ''} ${result.error.field ?? ''} ${result.error.message}`);
      return null;
    })
    .catch((e: unknown) => { console.error(`district-shapes.geojson: ${(e as Error).message}`); pending = null; return null; });
  return pending;
}

/** The county-level outlines once `needed` first turns true (a sub-sector naming districts is chosen); null until then. */
export function useDistrictShapes(needed: boolean): DistrictShapes | null {
  const [shapes, setShapes] = useState<DistrictShapes | null>(null);
  useEffect(() => {
    if (!needed || shapes) return;
    let live = true;
    void loadDistrictShapes().then((s) => { if (live && s) setShapes(s); });
    return () => { live = false; };
  }, [needed, shapes]);
  return shapes;
}
