import { applyFilters } from '../filters/apply.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW } from '../filters/state.ts';
import type { PrintState } from './input.ts';
import { t } from '../i18n/strings.ts';
import { RANK_STARS, type City } from '../model/index.ts';
import { closePage, coverPage, contentsPage, sourceNote } from './atlas-pages.ts';
import { sourcesDate } from './cited.ts';
import type { PageFrame, PrintDocument, PrintPage } from './commands.ts';
import { flowText, type Para } from './flow.ts';
import type { PrintInput } from './input.ts';
import { header, mapFurniture, sheet } from './layout.ts';
import { mapCommands } from './map-commands.ts';
import { boundsOf, type Rect } from './mercator.ts';
import { viewProjection } from './view.ts';

/** The page areas of an atlas sheet: the map, and the text columns beside or below it. */
export function atlasAreas(frame: PageFrame, top: number): { map: Rect; columns: Rect[] } {
  const s = sheet(frame);
  const { width, height, margin } = s;
  const gap = 14;
  const bottom = height - margin * 1.2;
  if (frame.orientation === 'landscape') {
    const mapW = (width - 2 * margin) * 0.5;
    const colW = (width - 2 * margin - mapW - 2 * gap) / 2;
    const x = margin + mapW + gap;
    return { map: { x: margin, y: top, w: mapW, h: bottom - top }, columns: [0, 1].map((i) => ({ x: x + i * (colW + gap), y: top, w: colW, h: bottom - top })) };
  }
  const mapH = (bottom - top) * 0.45;
  const colW = (width - 2 * margin - gap) / 2;
  const y = top + mapH + gap;
  return { map: { x: margin, y: top, w: width - 2 * margin, h: mapH }, columns: [0, 1].map((i) => ({ x: margin + i * (colW + gap), y, w: colW, h: bottom - y })) };
}

/** What a city page says: its ranks in the 20 clusters, its roles, its projects with their sources, and the disagreements about it. */
export function cityParas(input: PrintInput, city: City): Para[] {
  const { model, state } = input;
  const zh = state.lang === 'zh';
  const paras: Para[] = [{ text: t('print.ranks', state.lang), style: 'heading' }];
  for (const cluster of model.clusters) {
    const rank = model.ranks.find((r) => r.cluster === cluster.id)?.ranks[city.id] ?? null;
    paras.push({ text: `${cluster.number}. ${zh ? cluster.name_zh : cluster.name_en}  ${rank ? `${RANK_STARS[rank]} ${t(`rank.${rank}`, state.lang).replace(/\s*★+$/, '')}` : '—'}`, style: 'body' });
  }
  paras.push({ text: t('print.roles', state.lang), style: 'heading' });
  if (!city.roles.length) paras.push({ text: t('print.none', state.lang), style: 'body' });
  for (const role of city.roles) paras.push({ text: role.label_zh, style: 'body' }, { text: sourceNote(model, role.source), style: 'note' });
  const projects = model.projects.filter((p) => p.cities.includes(city.id));
  paras.push({ text: `${t('print.projects', state.lang)} (${projects.length})`, style: 'heading' });
  if (!projects.length) paras.push({ text: t('print.none', state.lang), style: 'body' });
  for (const p of projects) paras.push({ text: `${zh ? p.name_zh : p.name_en}${p.site ? `（${p.site}）` : ''}`, style: 'body' }, { text: sourceNote(model, p.sources[0]!), style: 'note' });
  const disagreements = model.disagreements.filter((d) => d.city === city.id);
  paras.push({ text: t('print.disagreements', state.lang), style: 'heading' });
  if (!disagreements.length) paras.push({ text: t('print.none', state.lang), style: 'body' });
  for (const d of disagreements) {
    paras.push({ text: zh ? d.summary_zh : d.summary_en, style: 'body' }, { text: sourceNote(model, d.table_source), style: 'note' }, { text: sourceNote(model, d.text_source), style: 'note' });
  }
  return paras;
}

/** One city on its zone: the zone's cities filled by zone, the city outlined, framed to the zone. */
function cityPage(input: PrintInput, frame: PageFrame, city: City, n: number): PrintPage {
  const { model, features } = input;
  const s = sheet(frame);
  const lang = input.state.lang;
  const state: PrintState = { ...DEFAULT_FILTERS, ...DEFAULT_SHOW, layers: ['cities', 'zones'], lang, city: city.id };
  const pageInput = { ...input, state, visible: applyFilters(model, state) };
  const zone = model.zones.find((z) => z.id === city.zone)!;
  const metros = city.metro.map((m) => model.metros.find((x) => x.id === m.id)).filter((m) => !!m).map((m) => (lang === 'zh' ? m.name_zh : m.name_en));
  const title = lang === 'zh' ? `${city.name_zh} ${city.name_en}` : city.name_en;
  const head = header({ ...pageInput, state: { ...state, zone: [city.zone] } }, frame, s, title);
  const areas = atlasAreas(frame, s.margin + head.height);
  const zoneFeature = features.zones.features.find((f) => f.id === city.zone)!;
  const rings = zoneFeature.geometry.type === 'Polygon' ? [zoneFeature.geometry.coordinates] : zoneFeature.geometry.coordinates;
  const proj = viewProjection(state, features, areas.map, boundsOf(rings.flatMap((p) => p[0]!)));
  const px = Math.min(1, areas.map.w / 900);
  const paras: Para[] = [
    { text: `${t('print.zone', lang)}：${lang === 'zh' ? zone.name_zh : zone.name_en}${metros.length ? ` · ${t('print.metro', lang)}：${metros.join('、')}` : ''}`, style: 'body' },
    ...cityParas(pageInput, city),
  ];
  const flow = flowText(paras, areas.columns, s.text * 0.95);
  const commands = [...head.commands, ...mapCommands(pageInput, proj, { px, textPx: Math.max(px, 0.62), only: new Set([city.id]) }), ...mapFurniture(proj, lang), ...flow.commands];
  return closePage(commands, flow.overflow, areas.columns.at(-1)!, frame, lang, n);
}

/** The city atlas: cover, contents, and a page per city (21) in the model's order. */
export function cityAtlas(input: PrintInput, frame: PageFrame): PrintDocument {
  const lang = input.state.lang;
  const title = frame.title.trim() || t('print.atlasCitiesTitle', lang);
  const cities = input.model.cities;
  const pages = [
    coverPage(input, frame, title, t('print.cover', lang)),
    contentsPage(input, frame, cities.map((c) => (lang === 'zh' ? `${c.name_zh} ${c.name_en}` : c.name_en)), 3),
    ...cities.map((c, i) => cityPage(input, frame, c, i + 3)),
  ];
  return { title, subject: t('print.atlasCitiesTitle', lang), date: sourcesDate(input.model), lang, pages };
}
