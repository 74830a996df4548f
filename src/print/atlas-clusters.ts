import { applyFilters } from '../filters/apply.ts';
import { DEFAULT_FILTERS, DEFAULT_SHOW } from '../filters/state.ts';
import type { PrintState } from './input.ts';
import { t } from '../i18n/strings.ts';
import { buildLegend } from '../layers/legend.ts';
import type { Cluster } from '../model/index.ts';
import { atlasAreas } from './atlas-cities.ts';
import { closePage, coverPage, contentsPage, sourceNote } from './atlas-pages.ts';
import { sourcesDate } from './cited.ts';
import type { PageFrame, PrintDocument, PrintPage } from './commands.ts';
import { flowText, type Para } from './flow.ts';
import type { PrintInput } from './input.ts';
import { defaultTitle, header, mapFurniture, sheet } from './layout.ts';
import { legendCommands } from './legend-commands.ts';
import { mapCommands } from './map-commands.ts';
import { viewProjection } from './view.ts';

/** A cluster's 专栏 sub-sectors, each with the cities it names and the role word it uses. */
export function clusterParas(input: PrintInput, cluster: Cluster): Para[] {
  const { model, state } = input;
  const zh = state.lang === 'zh';
  const name = (id: string) => { const c = model.cities.find((x) => x.id === id); return c ? (zh ? c.short_zh : c.name_en) : id; };
  const paras: Para[] = [{ text: t('print.subSectors', state.lang), style: 'heading' }];
  const subs = model.subSectors.filter((s) => s.cluster === cluster.id);
  if (!subs.length) paras.push({ text: t('print.none', state.lang), style: 'body' });
  for (const sub of subs) {
    paras.push({ text: zh ? sub.name_zh : sub.name_en, style: 'body' });
    const cities = sub.cities.map((c) => `${name(c.city)}（${c.role_zh}）`).join(zh ? '、' : ', ');
    if (cities) paras.push({ text: cities, style: 'note' });
    paras.push({ text: sourceNote(model, sub.source), style: 'note' });
  }
  return paras;
}

/** One cluster: the rank map of the province with its legend, and its sub-sector roles. */
function clusterPage(input: PrintInput, frame: PageFrame, cluster: Cluster, n: number): PrintPage {
  const { model, features } = input;
  const s = sheet(frame);
  const lang = input.state.lang;
  const state: PrintState = { ...DEFAULT_FILTERS, ...DEFAULT_SHOW, layers: ['cities', 'clusters', 'zones'], cluster: cluster.id, lang };
  const pageInput = { ...input, state, visible: applyFilters(model, state), choropleth: null }; // each cluster's ranks, not the indicator
  const head = header(pageInput, frame, s, `${cluster.number}. ${defaultTitle(pageInput)}`);
  const areas = atlasAreas(frame, s.margin + head.height);
  const proj = viewProjection(state, features, areas.map);
  const px = Math.min(1, areas.map.w / 900);
  const legend = buildLegend(model, pageInput.visible, state).slice(0, 1);
  const first = areas.columns[0]!;
  const drawn = legendCommands(legend, lang, t('print.legend', lang), { x: first.x, y: first.y, width: first.w, columns: 1, row: s.row });
  const columns = [{ ...first, y: first.y + drawn.height + 8, h: first.h - drawn.height - 8 }, ...areas.columns.slice(1)];
  const flow = flowText(clusterParas(pageInput, cluster), columns, s.text * 0.95);
  const commands = [...head.commands, ...mapCommands(pageInput, proj, { px, textPx: Math.max(px, 0.62) }), ...mapFurniture(proj, lang), ...drawn.commands, ...flow.commands];
  return closePage(commands, flow.overflow, areas.columns.at(-1)!, frame, lang, n);
}

/** The cluster atlas: cover, contents, and a page per cluster (20) in the plan's order. */
export function clusterAtlas(input: PrintInput, frame: PageFrame): PrintDocument {
  const lang = input.state.lang;
  const title = frame.title.trim() || t('print.atlasClustersTitle', lang);
  const clusters = [...input.model.clusters].sort((a, b) => a.number - b.number);
  const pages = [
    coverPage(input, frame, title, t('print.cover', lang)),
    contentsPage(input, frame, clusters.map((c) => `${c.number}. ${lang === 'zh' ? c.name_zh : c.name_en}`), 3),
    ...clusters.map((c, i) => clusterPage(input, frame, c, i + 3)),
  ];
  return { title, subject: t('print.atlasClustersTitle', lang), date: sourcesDate(input.model), lang, pages };
}
