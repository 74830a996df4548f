import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { SubSectorCity } from '../../model/index.ts';

/** How a 专栏 names a city for a sub-sector, spelled out (以…为依托 · a base for it); in Chinese the plan's own word on hover. */
export function SubSectorTag({ mention, lang }: { mention: SubSectorCity; lang: Lang }) {
  return (
    <em className="sub-sector-tag" data-role={mention.role} title={lang === 'zh' ? t('verbatim', lang, { text: mention.role_zh }) : undefined}>
      {t(`subSectorTag.${mention.role}`, lang)}
    </em>
  );
}
