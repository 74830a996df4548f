import type { Lang } from '../../filters/state.ts';
import type { ImportedLayer } from '../../import/index.ts';
import type { AppData } from '../load-app-data.ts';
import type { Hover } from '../store.ts';
import { cityDetail } from '../../model/city-detail.ts';
import { joinList, rankText, t } from '../../i18n/strings.ts';
import type { SubSector } from '../../model/index.ts';
import { PlaceTooltipLines } from './place-tooltip.tsx';
import { formatKm, projectKm } from '../../filters/project-distance.ts';
import type { Near } from '../../filters/spatial.ts';

const byId = new WeakMap<ImportedLayer, Map<string, ImportedLayer['features'][number]>>();

/** The imported features by id, indexed once per file: a hover must not scan 100,000 features. */
function featureById(layer: ImportedLayer) {
  let index = byId.get(layer);
  if (!index) byId.set(layer, (index = new Map(layer.features.map((f) => [f.id, f]))));
  return index;
}

/** The hover card: city, zone, and its rank in the chosen cluster (or its number of core clusters). */
export function Tooltip({ hover, data, lang, cluster, imported, subSector = null, near }: { hover: Hover | null; data: AppData; lang: Lang; cluster: string | null; imported?: ImportedLayer | null; subSector?: SubSector | null; near?: Near | null }) {
  if (!hover) return null;
  const zh = lang === 'zh';
  if (hover.zone) {
    const z = data.model.zones.find((x) => x.id === hover.zone)!;
    return (
      <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip" data-testid="zone-tooltip">
        <strong>{zh ? z.name_zh : z.name_en}</strong>
        <div>{zh ? z.direction_zh : z.direction_en}</div>
      </div>
    );
  }
  if (hover.imported) {
    const f = imported ? featureById(imported).get(hover.imported) : undefined;
    if (!f || !imported) return null;
    const rows = imported.columns.slice(0, 6);
    return (
      <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip" data-testid="imported-tooltip">
        <strong>{imported.name}</strong>
        <dl className="props">{rows.map((c) => <div key={c}><dt>{c}</dt><dd>{String(f.properties[c] ?? '')}</dd></div>)}</dl>
      </div>
    );
  }
  if (hover.corridor) {
    const c = data.model.corridors.find((x) => x.id === hover.corridor);
    if (!c) return null;
    const cities = c.cities.map((id) => data.model.cities.find((x) => x.id === id)).map((x) => (x ? (zh ? x.short_zh : x.name_en) : '')).join(' → ');
    return (
      <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip" data-testid="corridor-tooltip">
        <strong>{zh ? c.name_zh : c.name_en}</strong>
        <div className="muted">{zh ? c.name_en : c.name_zh}</div>
        <div>{t(`corridorKind.${c.kind}`, lang)} · {cities}{c.outside_zh.length ? ` → ${c.outside_zh.join('、')}` : ''}</div>
        {c.placement === 'public' && <div className="muted">{t('corridorPlacement.public', lang)}</div>}
        <blockquote lang="zh">“{c.sources[0]!.quote}”</blockquote>
      </div>
    );
  }
  if (hover.project) {
    const p = data.model.projects.find((x) => x.id === hover.project);
    if (!p) return null;
    const cities = joinList(p.cities.map((c) => data.model.cities.find((x) => x.id === c)).map((c) => (c ? (zh ? c.short_zh : c.name_en) : '')), lang);
    return (
      <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip" data-testid="project-tooltip">
        <strong>{zh ? p.name_zh : p.name_en}</strong>
        <div className="muted">{zh ? p.name_en : p.name_zh}</div>
        <div>{t(`kind.${p.kind}`, lang)} · {cities}{p.site ? ` · ${p.site}` : ''}</div>
        {near && <ProjectDistance data={data} id={p.id} near={near} lang={lang} />}
        <blockquote lang="zh">“{p.sources[0]!.quote}”</blockquote>
      </div>
    );
  }
  if (!hover.city) return null;
  const d = cityDetail(data.model, hover.city);
  const rank = cluster ? d.ranks.find((r) => r.cluster.id === cluster) : null;
  return (
    <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip">
      <strong>{zh ? d.city.name_zh : d.city.name_en}</strong>
      <span className="muted"> {zh ? d.city.name_en : d.city.name_zh}</span>
      <div>{zh ? d.zone.name_zh : d.zone.name_en}</div>
      {hover.district && <PlaceTooltipLines district={hover.district} subSector={subSector} districtNames={data.features.districtNames} lang={lang} />}
      {rank ? (
        <div>{zh ? rank.cluster.name_zh : rank.cluster.name_en}: <b>{rankText(rank.rank, lang)}</b></div>
      ) : (
        <div>{t('cityCounts', lang, { core: d.counts.core, ranked: d.counts.ranked })}</div>
      )}
    </div>
  );
}

/** How far a hovered project lies from the `near` centre (great-circle, turf; a line: its nearest point). */
function ProjectDistance({ data, id, near, lang }: { data: AppData; id: string; near: Near; lang: Lang }) {
  const km = projectKm(data.features.projects, id, near);
  if (km === null) return null;
  return <div data-testid="project-distance" data-km={km}>{t('distanceTip', lang, { km: formatKm(km) })}</div>;
}
