import { useState, type MutableRefObject } from 'react';
import type { Visible } from '../../filters/apply.ts';
import { applyFilters } from '../../filters/apply.ts';
import { describeFilters } from '../../filters/describe.ts';
import { DEFAULT_FILTERS, type FilterState } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { LegendSection } from '../../layers/legend.ts';
import type { ImportedLayer } from '../../import/index.ts';
import type { Features, Model } from '../../model/index.ts';
import { download } from './download.ts';
import type { CaptureMap } from '../map/map-view.tsx';

type Layer = 'cities' | 'zones' | 'metro' | 'projects' | 'corridors' | 'imported';
type Format = 'geojson' | 'csv' | 'csv-bom';

interface Props {
  model: Model; features: Features; filters: FilterState; visible: Visible; legend: LegendSection[];
  captureRef: MutableRefObject<CaptureMap | null>; attribution: string;
  imported: { layer: ImportedLayer; visibleIds: ReadonlySet<string> } | null;
}

/** Export what the filters show (or everything) as GeoJSON/CSV, the map as PNG, and copy the link. */
export function ExportMenu({ model, features, filters, visible, legend, captureRef, attribution, imported }: Props) {
  const lang = filters.lang;
  const [open, setOpen] = useState(false);
  const [layer, setLayer] = useState<Layer>('cities');
  const [format, setFormat] = useState<Format>('geojson');
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const [status, setStatus] = useState('');

  const saveData = async () => {
    // the same modules and the same call as the CLI, so both give identical bytes for one URL
    const chosen = scope === 'all' ? applyFilters(model, { ...DEFAULT_FILTERS, lang: filters.lang }) : visible;
    const stamp = `gd-${layer}${scope === 'all' ? '-all' : ''}`;
    if (layer === 'imported') {
      if (!imported) return;
      const { importedToGeoJSON, importedToCSV } = await import('../../export/imported.ts');
      const ids = scope === 'all' ? new Set(imported.layer.features.map((f) => f.id)) : imported.visibleIds;
      const text = format === 'geojson' ? importedToGeoJSON(imported.layer, ids, scope === 'all' ? '' : visible.key) : importedToCSV(imported.layer, ids, { bom: format === 'csv-bom' });
      download(new Blob([text], { type: format === 'geojson' ? 'application/geo+json' : 'text/csv;charset=utf-8' }), `${stamp}.${format === 'geojson' ? 'geojson' : 'csv'}`);
      setStatus(t('exported', lang));
      return;
    }
    if (format === 'geojson') {
      const { toGeoJSON } = await import('../../export/geojson.ts');
      download(new Blob([toGeoJSON(model, features, chosen, layer)], { type: 'application/geo+json' }), `${stamp}.geojson`);
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
    const { composePng, canvasToBlob } = await import('./png-export.ts');
    const canvas = composePng(await capture(ratio), ratio, {
      title: t('title', lang), filters: describeFilters(model, filters, lang), legend, lang, attribution, note: t('indicative', lang),
    });
    download(await canvasToBlob(canvas), `gd-map@${ratio}x.png`);
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
            </select>
          </label>
          <label>{t('exportFormat', lang)}
            <select value={format} onChange={(e) => setFormat(e.target.value as Format)} data-testid="export-format">
              <option value="geojson">GeoJSON (RFC 7946)</option>
              <option value="csv">CSV (UTF-8)</option>
              <option value="csv-bom">{t('csvExcel', lang)}</option>
            </select>
          </label>
          <fieldset className="scope">
            <label><input type="radio" name="scope" checked={scope === 'filtered'} onChange={() => setScope('filtered')} /> {t('scopeFiltered', lang)}</label>
            <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('scopeAll', lang)}</label>
          </fieldset>
          <button type="button" className="primary" onClick={() => void saveData()} data-testid="export-download">{t('download', lang)}</button>
          <div className="export-row">
            <button type="button" onClick={() => void savePng(1)} data-testid="export-png-1">PNG 1×</button>
            <button type="button" onClick={() => void savePng(2)} data-testid="export-png-2">PNG 2×</button>
            <button type="button" onClick={() => void copyLink()} data-testid="copy-link">{t('copyLink', lang)}</button>
          </div>
          <p className="muted" aria-live="polite">{status}</p>
        </div>
      )}
    </div>
  );
}
