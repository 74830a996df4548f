import type { Visible } from '../filters/apply.ts';
import type { Lang, ShowState } from '../filters/state.ts';
import { joinList, nameIn, t } from '../i18n/strings.ts';
import { RANKS, rankOf, type City, type Model } from '../model/index.ts';

/** How many names a list in the description gives before "……". */
export const NAMES_SHOWN = 4;

/**
 * The current view in words, from the same Visible the map draws: the cluster, its cities by rank (with
 * names and the zones they lie in), the cities, projects and corridors shown, the selection and comparison.
 * Read by screen readers (an aria-live region), written into PNG exports (alt text) and onto prints.
 */
export function describeView(model: Model, visible: Visible, show: Pick<ShowState, 'layers' | 'city' | 'compare'>, lang: Lang): string {
  const clauses: string[] = [];
  const sep = t('clauseSep', lang);
  const name = (c: City) => (lang === 'zh' ? c.name_zh : c.name_en);
  const names = (cities: readonly City[]) =>
    joinList(cities.slice(0, NAMES_SHOWN).map(name), lang) + (cities.length > NAMES_SHOWN ? t('view.more', lang) : '');
  const shown = model.cities.filter((c) => visible.cityIds.has(c.id));
  const [n, N] = visible.counts.cities;
  const cluster = visible.filters.cluster;
  if (cluster) {
    const byRank = RANKS.map((rank) => ({ rank, cities: shown.filter((c) => rankOf(model, c.id, cluster) === rank) })).filter((x) => x.cities.length);
    const parts = byRank.map(({ rank, cities }, i) => {
      const count = t('view.rankCities', lang, { rank: t(`view.rankWord.${rank}`, lang), n: cities.length });
      // the top rank is named and placed in its zones; the others are counted
      return i === 0 ? `${count}${t('inParens', lang, { text: names(cities) })}${zonesOf(model, cities, lang)}` : count;
    });
    const head = `${nameIn(model.clusters, cluster, lang)}${lang === 'zh' ? '：' : ': '}`;
    clauses.push(head + [...parts, t('view.cities', lang, { n, N })].join(sep));
  } else {
    const zones = n < N && n > 0 ? `${t('inParens', lang, { text: names(shown) })}${zonesOf(model, shown, lang)}` : '';
    clauses.push(`${t('view.noCluster', lang)}${lang === 'zh' ? '：' : ': '}${t('view.cities', lang, { n, N })}${zones}`);
  }
  if (show.layers.includes('projects')) clauses.push(t('view.projects', lang, { n: visible.counts.projects[0], N: visible.counts.projects[1] }));
  if (show.layers.includes('corridors')) clauses.push(t('view.corridors', lang, { n: visible.counts.corridors[0], N: visible.counts.corridors[1] }));
  if (show.city) clauses.push(t('view.selected', lang, { city: nameIn(model.cities, show.city, lang) }));
  if (show.compare.length) clauses.push(t('view.compare', lang, { cities: joinList(show.compare.map((id) => nameIn(model.cities, id, lang)), lang) }));
  return clauses.join(sep) + (lang === 'zh' ? '。' : '.');
}

/** "，其中珠三角核心区 4 个、沿海经济带西翼 2 个": the zones the cities lie in. */
function zonesOf(model: Model, cities: readonly City[], lang: Lang): string {
  const counts = model.zones.map((z) => ({ zone: z, n: cities.filter((c) => c.zone === z.id).length })).filter((x) => x.n > 0);
  if (!counts.length) return '';
  const parts = counts.map(({ zone, n }) => t('view.zoneCities', lang, { zone: lang === 'zh' ? zone.name_zh : zone.name_en, n }));
  return (lang === 'zh' ? '，' : ', ') + t('view.ofWhich', lang) + joinList(parts, lang);
}
