import type { Lang } from '../../filters/state.ts';
import { t } from '../../i18n/strings.ts';
import type { IndicatorMissing } from './use-indicator.ts';

/** The URL (a link, a scene) names an indicator column but no file is imported: say so rather than ignore it. */
export function IndicatorNotice({ missing, lang }: { missing: IndicatorMissing; lang: Lang }) {
  if (missing?.kind !== 'no-file') return null;
  return <div className="banner banner-info" role="status" data-testid="indicator-notice">{t('indicatorNeedsFile', lang, { column: missing.column })}</div>;
}
