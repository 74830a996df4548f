import { describe, expect, it } from 'vitest';
import { both, joinList, rankText, STRING_KEYS, t } from '../../../src/i18n/strings.ts';
import { LAYER_IDS } from '../../../src/filters/state.ts';
import { CITY_ROLE_IDS, PROJECT_KINDS, RANKS, SUB_SECTOR_ROLES } from '../../../src/model/index.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
// Chinese an English text may carry on purpose: the name of the language it switches to.
const DELIBERATE = /中文/g;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the strings table', () => {
  it('has every key in both languages, non-empty', () => {
    for (const key of STRING_KEYS) {
      const { zh, en } = both(key);
      expect([key, zh.trim().length > 0, en.trim().length > 0]).toEqual([key, true, true]);
    }
  });

  it('writes no Chinese in English except the deliberate 中文', () => {
    const offenders = STRING_KEYS.filter((key) => CJK.test(both(key).en.replace(DELIBERATE, '')));
    expect(offenders).toEqual([]);
  });

  it('does not copy English into Chinese', () => {
    expect(STRING_KEYS.filter((key) => { const { zh, en } = both(key); return zh === en; })).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = STRING_KEYS.filter((key) => {
      const { zh, en } = both(key);
      return placeholders(zh).join() !== placeholders(en).join();
    });
    expect(mismatched).toEqual([]);
  });

  it('has a word for every rank, layer, project kind and role the UI names', () => {
    // A template key that type-checks but is missing would fall through to undefined at run time.
    for (const r of RANKS) expect(t(`rank.${r}`, 'en')).toBeTruthy();
    for (const l of LAYER_IDS) expect([t(`layer.${l}`, 'en'), t(`shortcut.layer.${l}`, 'zh')].every(Boolean)).toBe(true);
    for (const k of PROJECT_KINDS) expect(t(`kind.${k}`, 'zh')).toBeTruthy();
    for (const r of CITY_ROLE_IDS) expect(t(`role.${r}`, 'zh')).toBeTruthy();
    for (const r of SUB_SECTOR_ROLES) expect(t(`subSectorRole.${r}`, 'zh')).toBeTruthy();
    for (const r of SUB_SECTOR_ROLES) expect([t(`subSectorTag.${r}`, 'zh'), t(`subSectorTag.${r}`, 'en')].every(Boolean)).toBe(true);
  });
});

describe('helpers', () => {
  it('fills placeholders per language in both()', () => {
    expect(both('legend.subSector', (lang) => ({ name: lang === 'zh' ? '新能源汽车' : 'New energy vehicles' })))
      .toEqual({ zh: '细分领域：新能源汽车', en: 'Sub-sector: New energy vehicles' });
  });
  it('names a rank, or none, as the table says', () => {
    expect([rankText('core', 'en'), rankText(null, 'en'), rankText(null, 'zh')]).toEqual(['Core ★★★', 'Not ranked', '未标星']);
  });
  it('joins lists as each language writes them', () => {
    expect([joinList(['广州', '深圳'], 'zh'), joinList(['Guangzhou', 'Shenzhen'], 'en')]).toEqual(['广州、深圳', 'Guangzhou, Shenzhen']);
  });
});
