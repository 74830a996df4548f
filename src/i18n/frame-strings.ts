import type { Lang } from '../filters/state.ts';

// The words the page's frame shows before the app arrives (src/ui/frame.ts): the first script carries
// these and not the whole table (strings.ts spreads them in, so the table stays one, tested as one).

export const frameZh = {
  title: '广东省区域发展布局',
  subtitle: '“一核一带一区” · 五大都市圈 · 20个战略性产业集群',
  loading: '正在加载地图数据…',
  loadFailed: '数据加载失败',
  retry: '重试',
} as const;

export const frameEn: Record<keyof typeof frameZh, string> = {
  title: 'Guangdong Regional Layout',
  subtitle: '“One core, one belt, one zone” · five metropolitan areas · 20 strategic industry clusters',
  loading: 'Loading map data…',
  loadFailed: 'The data could not be loaded',
  retry: 'Retry',
};

type FrameKey = keyof typeof frameZh;

/** A frame word in the page's language. */
export const frameText = (key: FrameKey, lang: Lang): string => (lang === 'zh' ? frameZh : frameEn)[key];

/** Both languages on one line, for what shows before (or instead of) the app that knows the language: loading and errors. */
export const frameBilingual = (key: FrameKey, separator = ' · '): string => `${frameZh[key]}${separator}${frameEn[key]}`;
