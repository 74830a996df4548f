import { useEffect, useMemo, useState } from 'react';
import type { Visible } from '../../filters/apply.ts';
import type { ShowState } from '../../filters/state.ts';
import { printState } from '../../print/input.ts';
import { t } from '../../i18n/strings.ts';
import type { Features, Model } from '../../model/index.ts';
import type { Choropleth } from '../../layers/choropleth.ts';
import { exportPrint, type PrintFormat } from '../../export/print.ts';
import { loadFonts } from '../../export/print-fonts.ts';
import { pageSvg } from '../../export/print-svg.ts';
import { ORIENTATIONS, PAPERS, type PageFrame } from '../../print/commands.ts';
import { printDocument, type Atlas } from '../../print/index.ts';
import type { PrintBasemap } from '../../print/input.ts';
import { download } from './download.ts';
import { loadPrintAssets } from './print-assets.ts';

interface Props { model: Model; features: Features; show: ShowState; visible: Visible; choropleth?: Choropleth | null; onClose: () => void }

/** 打印 Print: paper, orientation, title, 审图号 and atlas, a live preview, and the same bytes as the CLI. */
export function PrintDialog({ model, features, show, visible, choropleth = null, onClose }: Props) {
  const lang = show.lang;
  const [frame, setFrame] = useState<PageFrame>({ paper: 'A3', orientation: 'landscape', title: '', approval: '' });
  const [atlas, setAtlas] = useState<Atlas | null>(null);
  const [loaded, setLoaded] = useState<Awaited<ReturnType<typeof loadPrintAssets>> | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [status, setStatus] = useState(t('print.preparing', lang));
  useEffect(() => { loadPrintAssets().then(setLoaded, (e: Error) => setStatus(e.message)); }, []);
  const input = useMemo(() => loaded && { model, features, visible, state: printState({ filters: visible.filters, show }), basemap: loaded.basemap as PrintBasemap, choropleth }, [loaded, model, features, visible, show, choropleth]);

  // the preview is the document's first map page, drawn from the same commands as the files
  useEffect(() => {
    if (!input || !loaded) return;
    let url: string | null = null;
    let stale = false;
    void loadFonts(loaded.assets.fonts).then((set) => {
      if (stale) return;
      const doc = printDocument(input, frame, atlas);
      const page = doc.pages[atlas ? 2 : 0]!;
      url = URL.createObjectURL(new Blob([pageSvg(page, set)], { type: 'image/svg+xml' }));
      setPreview(url);
      setStatus('');
    });
    return () => { stale = true; if (url) URL.revokeObjectURL(url); };
  }, [input, loaded, frame, atlas]);

  const save = async (format: PrintFormat) => {
    if (!input || !loaded) return;
    setStatus(t('print.preparing', lang));
    const bytes = await exportPrint(input, frame, atlas, format, loaded.assets);
    const name = `gd-${atlas ? `atlas-${atlas}` : 'map'}-${frame.paper}-${frame.orientation}.${format}`;
    download(new Blob([bytes as BlobPart], { type: format === 'pdf' ? 'application/pdf' : 'image/png' }), name);
    setStatus(t('exported', lang));
  };
  const set = (patch: Partial<PageFrame>) => setFrame((f) => ({ ...f, ...patch }));

  return (
    <div className="print-dialog" role="dialog" aria-label={t('print.dialog', lang)} data-testid="print-dialog" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="print-form">
        <h2>{t('print.dialog', lang)}</h2>
        <label>{t('print.paper', lang)}
          <select value={frame.paper} onChange={(e) => set({ paper: e.target.value as PageFrame['paper'] })} data-testid="print-paper">
            {PAPERS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>{t('print.orientation', lang)}
          <select value={frame.orientation} onChange={(e) => set({ orientation: e.target.value as PageFrame['orientation'] })} data-testid="print-orientation">
            {ORIENTATIONS.map((o) => <option key={o} value={o}>{t(`print.${o}`, lang)}</option>)}
          </select>
        </label>
        <label>{t('print.titleField', lang)}
          <input value={frame.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} data-testid="print-title" />
        </label>
        <label>{t('print.approvalField', lang)}
          <input value={frame.approval} maxLength={60} onChange={(e) => set({ approval: e.target.value })} data-testid="print-approval" />
        </label>
        <label>{t('print.atlas', lang)}
          <select value={atlas ?? ''} onChange={(e) => setAtlas((e.target.value || null) as Atlas | null)} data-testid="print-atlas">
            <option value="">{t('print.atlasNone', lang)}</option>
            <option value="cities">{t('print.atlasCities', lang)}</option>
            <option value="clusters">{t('print.atlasClusters', lang)}</option>
          </select>
        </label>
        <div className="export-row">
          <button type="button" className="primary" disabled={!input} onClick={() => void save('pdf')} data-testid="print-pdf">{t('print.pdf', lang)}</button>
          <button type="button" disabled={!input || !!atlas} onClick={() => void save('png')} data-testid="print-png">{t('print.png', lang)}</button>
          <button type="button" onClick={onClose}>{t('print.close', lang)}</button>
        </div>
        <p className="muted" aria-live="polite">{status}</p>
      </div>
      <div className="print-preview">{preview && <img src={preview} alt={t('print.dialog', lang)} data-testid="print-preview" />}</div>
    </div>
  );
}
