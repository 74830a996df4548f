import { lazy, Suspense, useState, type MutableRefObject } from 'react';
import type { Visible } from '../../filters/apply.ts';
import { applyFilters } from '../../filters/apply.ts';
import { describeFilters } from '../../filters/describe.ts';
import { describeView } from '../../present/describe.ts';
import { DEFAULT_FILTERS, type ShowState } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { LegendSection } from '../../layers/legend.ts';
import type { Choropleth } from '../../layers/choropleth.ts';
import type { ImportedLayer } from '../../import/index.ts';
import type { Features, Model } from '../../model/index.ts';
import { download } from './download.ts';
import { GEOPACKAGE_AVAILABLE, pageSqlite } from './page-sqlite.ts'; // small: sql.js itself loads on first use
import { PRINT_AVAILABLE, loadPrintDialog } from './print-entry.ts';
import { saveOfflineMap } from './offline-map-export.ts';
import type { CaptureMap } from '../map/map-view.tsx';

// the print dialog and its libraries (pdf-lib, fontkit, harfbuzz, resvg) load only when it opens
const PrintDialog = lazy(() => loadPrintDialog().then((m) => ({ default: m.PrintDialog })));

type Layer = 'cities' | 'zones' | 'metro' | 'projects' | 'corridors' | 'imported' | 'shown';
type Format = 'geojson' | 'csv' | 'csv-bom' | 'gpkg' | 'shp' | 'kml';
type Crs = 'wgs84' | 'gcj02' | 'bd09';
const MULTI_LAYER: readonly Format[] = ['gpkg', 'kml']; // formats holding every shown layer at once

interface Props {
  model: Model; features: Features; show: ShowState; visible: Visible; legend: LegendSection[];
  captureRef: MutableRefObject<CaptureMap | null>; attribution: string;
  imported: { layer: ImportedLayer; visibleIds: ReadonlySet<string> } | null;
  choropleth?: Choropleth | null; // the analyst's indicator: its values join the cities in the export, and it colours the print
}

/** Export what the filters show (or everything) as GeoJSON/CSV, the map as PNG, and copy the link. */
export function ExportMenu({ model, features: planFeatures, show, visible, legend, captureRef, attribution, imported, choropleth = null }: Props) {
  const lang = show.lang;
  const [open, setOpen] = useState(false);
  const [layer, setLayer] = useState<Layer>('cities');
  const [format, setFormat] = useState<Format>('geojson');
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const [crs, setCrs] = useState<Crs>('wgs84');
  const [encoding, setEncoding] = useState<'utf-8' | 'gbk'>('utf-8');
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);

  const saveData = async () => {
    // with an indicator, the cities carry its values (numbers) and classes as columns
    const features = choropleth
      ? await import('../../export/indicator-columns.ts').then((m) => m.withCityColumns(planFeatures, m.indicatorColumns(choropleth)))
      : planFeatures;
    // the same modules and the same call as the CLI, so both give identical bytes for one URL
    const chosen = scope === 'all' ? applyFilters(model, DEFAULT_FILTERS) : visible;
    const stamp = `gd-${layer}${scope === 'all' ? '-all' : ''}${crs === 'wgs84' ? '' : `-${crs}`}`;
    // (an imported layer's GeoJSON and CSV: importedToGeoJSON / importedToCSV below, converted to the chosen coordinates)
    if (format === 'gpkg' || format === 'shp' || format === 'kml' || layer === 'shown' || (crs !== 'wgs84' && layer !== 'imported')) {
      // every GIS format (and any coordinate choice) through exportFile, exactly as the CLI does
      const { exportFile, FILE_TYPE } = await import('../../export/formats.ts');
      // "everything": every plan layer; else the layers the map shows
      const shown = scope === 'all' ? { layers: ['cities', 'zones', 'metro', 'projects'], cluster: null } : { layers: show.layers, cluster: visible.filters.cluster };
      let tables: Awaited<ReturnType<typeof import('../../export/imported-tables.ts')['importedTables']>> = [];
      if (imported && (layer === 'imported' || layer === 'shown')) {
        const ids = scope === 'all' ? new Set(imported.layer.features.map((f) => f.id)) : imported.visibleIds;
        tables = (await import('../../export/imported-tables.ts')).importedTables(imported.layer, ids, crs);
      }
      const fmt = format === 'csv-bom' ? 'csv' : format;
      const choice = { format: fmt, layer: layer === 'shown' ? null : layer, crs, encoding, bom: format === 'csv-bom' };
      const out = await exportFile(choice, model, features, chosen, shown, pageSqlite, tables);
      download(new Blob([out as BlobPart], { type: FILE_TYPE[fmt].mime }), `${stamp}.${FILE_TYPE[fmt].ext}`);
      setStatus(t('exported', lang));
      return;
    }
    if (layer === 'imported') {
      if (!imported) return;
      const { importedToGeoJSON, importedToCSV } = await import('../../export/imported.ts');
      const ids = scope === 'all' ? new Set(imported.layer.features.map((f) => f.id)) : imported.visibleIds;
      const text = format === 'geojson' ? importedToGeoJSON(imported.layer, ids, scope === 'all' ? '' : visible.filterKey, crs) : importedToCSV(imported.layer, ids, { bom: format === 'csv-bom', crs });
      download(new Blob([text], { type: format === 'geojson' ? 'application/geo+json' : 'text/csv;charset=utf-8' }), `${stamp}.${format === 'geojson' ? 'geojson' : 'csv'}`);
      setStatus(t('exported', lang));
      return;
    }
    if (format === 'geojson') {
      const { toGeoJSONBytes } = await import('../../export/geojson.ts');
      download(new Blob([toGeoJSONBytes(model, features, chosen, layer) as BlobPart], { type: 'application/geo+json' }), `${stamp}.geojson`);
    } else {
      const { toCSV } = await import('../../export/csv.ts');
      download(new Blob([toCSV(features, chosen, layer, { bom: format === 'csv-bom' })], { type: 'text/csv;charset=utf-8' }), `${stamp}.csv`);
    }
    setStatus(t('exported', lang));
  };

  const savePng = async (ratio: number) => {
    const capture = captureRef.current;
    if (!capture) return;
    setStatus(t('rendering', lang));
    const [{ composePng, canvasToBlob }, { DESCRIPTION, withPngText }] = await Promise.all([import('./png-export.ts'), import('../../export/png-text.ts')]);
    const canvas = composePng(await capture(ratio), ratio, {
      title: t('title', lang), filters: describeFilters(model, visible.filters, show.layers, lang), legend, lang, attribution, note: t('indicative', lang),
    });
    // the view in words as the picture's alt text (an iTXt Description chunk)
    const bytes = new Uint8Array(await (await canvasToBlob(canvas)).arrayBuffer());
    const described = withPngText(bytes, DESCRIPTION, describeView(model, visible, show, lang), lang === 'zh' ? 'zh-CN' : 'en');
    download(new Blob([described as BlobPart], { type: 'image/png' }), `gd-map@${ratio}x.png`);
    setStatus(t('exported', lang));
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus(t('linkCopied', lang));
    } catch {
      window.prompt(t('copyThisLink', lang), location.href); // clipboard refused (e.g. no permission): let the user copy it
    }
  };

  return (
    <div className="export-menu">
      <button type="button" aria-expanded={open} aria-controls="export-panel" onClick={() => setOpen(!open)}>{t('export', lang)}</button>
      {open && (
        <div id="export-panel" className="export-panel" role="dialog" aria-label={t('export', lang)} data-testid="export-panel">
          <label>{t('exportLayer', lang)}
            <select value={layer} onChange={(e) => setLayer(e.target.value as Layer)} data-testid="export-layer">
              {(['cities', 'zones', 'metro', 'projects', 'corridors'] as const).map((l) => <option key={l} value={l}>{t(`layer.${l}`, lang)}</option>)}
              {imported && <option value="imported">{t('layer.imported', lang)}</option>}
              {MULTI_LAYER.includes(format) && <option value="shown">{t('exportShownLayers', lang)}</option>}
            </select>
          </label>
          <label>{t('exportFormat', lang)}
            <select value={format} onChange={(e) => {
              const next = e.target.value as Format;
              setFormat(next);
              if (layer === 'shown' && !MULTI_LAYER.includes(next)) setLayer('cities');
            }} data-testid="export-format">
              <option value="geojson">GeoJSON (RFC 7946)</option>
              <option value="csv">CSV (UTF-8)</option>
              <option value="csv-bom">{t('csvExcel', lang)}</option>
              <option value="gpkg" disabled={!GEOPACKAGE_AVAILABLE}>{GEOPACKAGE_AVAILABLE ? 'GeoPackage (.gpkg)' : t('gpkgNotInFile', lang)}</option>
              <option value="shp">Shapefile (.zip)</option>
              <option value="kml">KML (Google Earth, 奥维)</option>
            </select>
          </label>
          <label>{t('exportCrs', lang)}
            <select value={crs} onChange={(e) => setCrs(e.target.value as Crs)} data-testid="export-crs">
              {(['wgs84', 'gcj02', 'bd09'] as const).map((c) => <option key={c} value={c}>{t(`crs.${c}`, lang)}</option>)}
            </select>
          </label>
          {format === 'shp' && (
            <label>{t('exportEncoding', lang)}
              <select value={encoding} onChange={(e) => setEncoding(e.target.value as 'utf-8' | 'gbk')} data-testid="export-encoding">
                <option value="utf-8">UTF-8</option>
                <option value="gbk">{t('encodingGbk', lang)}</option>
              </select>
            </label>
          )}
          <fieldset className="scope">
            <label><input type="radio" name="scope" checked={scope === 'filtered'} onChange={() => setScope('filtered')} /> {t('scopeFiltered', lang)}</label>
            <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('scopeAll', lang)}</label>
          </fieldset>
          <button type="button" className="primary" onClick={() => void saveData()} data-testid="export-download">{t('download', lang)}</button>
          <div className="export-row">
            <button type="button" onClick={() => void savePng(1)} data-testid="export-png-1">PNG 1×</button>
            <button type="button" onClick={() => void savePng(2)} data-testid="export-png-2">PNG 2×</button>
            <button type="button" onClick={() => void copyLink()} data-testid="copy-link">{t('copyLink', lang)}</button>
            {PRINT_AVAILABLE && <button type="button" onClick={() => setPrinting(true)} data-testid="print-open">{t('print.button', lang)}</button>}
          </div>
          {!PRINT_AVAILABLE && <p className="muted" data-testid="print-not-in-file">{t('print.notInFile', lang)}</p>}
          <button type="button" title={t('offlineMapTitle', lang)} data-testid="export-offline-html"
            onClick={() => void saveOfflineMap({ filters: visible.filters, show }).then(() => setStatus(t('exported', lang)), (e: Error) => setStatus(e.message))}>{t('offlineMap', lang)}</button>
          <p className="muted" aria-live="polite">{status}</p>
        </div>
      )}
      {printing && (
        <Suspense fallback={null}>
          <PrintDialog model={model} features={planFeatures} show={show} visible={visible} choropleth={choropleth} onClose={() => setPrinting(false)} />
        </Suspense>
      )}
    </div>
  );
}
