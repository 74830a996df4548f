import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS, launchChromium, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Opens the ⓘ of one cluster's row in the city panel's rank table. */
const openRankSource = async (page: Page, cluster: string) => {
  await page.locator(`[data-testid="city-ranks"] tr[data-cluster="${cluster}"] summary`).click();
  return page.locator(`[data-testid="city-ranks"] tr[data-cluster="${cluster}"] [data-testid="source-body"]`);
};

/** No horizontal scrollbar: the page is no wider than the window. */
const pageOverflowX = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const lum = (c: number[]) => {
    const [r, g, bl] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('source popovers', () => {
  it('Escape closes an open source popover, not the city panel; a second Escape closes the panel', async () => {
    const { page } = await openApp(browser, 'city=440100');
    await openRankSource(page, 'new_energy');
    await expect.poll(() => page.locator('details.source[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('details.source[open]').count()).toBe(0);
    expect(await page.getByTestId('detail-panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('detail-panel').count()).toBe(0);
    await page.close();
  });

  for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
    it(`is readable and inside the window at ${viewport.width}×${viewport.height}, with the table evidence of a rank`, async () => {
      const { page } = await openApp(browser, 'city=440100', viewport);
      const before = await pageOverflowX(page);
      const body = await openRankSource(page, 'new_energy');
      await body.scrollIntoViewIfNeeded();
      const box = (await body.boundingBox())!;
      await page.screenshot({ path: `${SCREENSHOTS}/panels-source-${viewport.width}.png` });
      expect(box.width).toBeGreaterThanOrEqual(Math.min(240, viewport.width - 60));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(await pageOverflowX(page)).toBeLessThanOrEqual(Math.max(0, before));
      // one line holds many characters: the quote is not broken one character a line
      const lineHeight = await body.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 18);
      const evidence = body.getByTestId('table-evidence');
      const text = await evidence.innerText();
      expect(text).toContain('附件1 “十大”战略性新兴产业布局');
      expect(text).toContain('16. 新能源');
      expect(text).toContain('珠三角地区 › 广州');
      expect(await body.getByTestId('evidence-cell').innerText()).toContain('★★★★');
      expect((await evidence.locator('dd').first().boundingBox())!.height).toBeLessThan(lineHeight * 2.6);
      await page.close();
    });
  }

  it('shows the zone as a column of the table, not a map label', async () => {
    const { page } = await openApp(browser, 'city=440800');
    await page.locator('[data-testid="detail-panel"] dl dd').first().locator('summary').click();
    const text = await page.locator('details.source[open] [data-testid="table-evidence"]').innerText();
    expect(text).toContain('沿海经济带西翼 › 湛江');
    await page.close();
  });
});

describe('every visible word in the chosen language', () => {
  /** Visible text in the panel that is mostly Chinese and not marked as quoted Chinese (lang="zh"). */
  const stray = (page: Page) => page.getByTestId('detail-panel').evaluate((panel) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      // Chinese text, not English that glosses a term of the plan in brackets (“supporting (配套)”)
      const text = n.textContent ?? '';
      if ((text.match(/[\u3400-\u9fff]/g) ?? []).length <= (text.match(/[A-Za-z]/g) ?? []).length) continue;
      if (el.closest('[lang="zh"]') || !el.checkVisibility()) continue;
      out.push(n.textContent!.trim());
    }
    return out;
  });

  it('English city panel: roles and sub-sector tags in English, Chinese only where it is marked as quoted', async () => {
    const { page } = await openApp(browser, 'city=440800&lang=en');
    expect(await page.locator('[data-testid="detail-panel"] .role[data-role="provincial_sub_center"]').innerText()).toMatch(/^Provincial sub-centre/);
    expect(await stray(page)).toEqual([]);
    await (await openRankSource(page, 'petrochemicals')).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/panels-en-440800.png` });
    expect(await stray(page)).toEqual([]); // the open popover too
    await page.close();
  });

  it('Chinese city panel spells out sub-sector roles; an English note says it is in English', async () => {
    const { page } = await openApp(browser, 'city=440100');
    const tags = await page.locator('[data-testid="detail-panel"] .sub-sector-tag').allInnerTexts();
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((tag) => tag !== '依托' && tag !== '为依托')).toBe(true);
    expect(tags).toContain('以…为依托');
    await page.getByRole('button', { name: '广州白云机场三期扩建工程' }).click();
    const note = page.getByTestId('project-note');
    expect(await note.innerText()).toContain('（英文注释）');
    expect(await note.locator('[lang="en"]').innerText()).toMatch(/^Text writes only/);
    await page.close();
  });
});

describe('export menu', () => {
  it('draws PNG 1×, PNG 2× and copy link as legible text on their background', async () => {
    const { page } = await openApp(browser, '');
    await page.getByRole('button', { name: '导出' }).click();
    for (const id of ['export-png-1', 'export-png-2', 'copy-link', 'export-download']) {
      const [fg, bg] = await page.getByTestId(id).evaluate((el) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        let node: Element | null = el;
        let back = rgb(getComputedStyle(el).backgroundColor);
        while (node && (back.length === 4 && back[3] === 0)) { node = node.parentElement; back = node ? rgb(getComputedStyle(node).backgroundColor) : [255, 255, 255]; }
        return [rgb(getComputedStyle(el).color).slice(0, 3), back.slice(0, 3)];
      });
      expect([id, contrast(fg!, bg!) >= 4.5]).toEqual([id, true]);
    }
    await page.getByTestId('export-panel').screenshot({ path: `${SCREENSHOTS}/panels-export-menu.png` });
    await page.close();
  });
});

describe('small screens', () => {
  it('at 800×600 with a city panel open, the legend leaves most of the map visible', async () => {
    const { page } = await openApp(browser, 'city=440100', { width: 800, height: 600 });
    await page.screenshot({ path: `${SCREENSHOTS}/panels-800x600.png` });
    const { map, legend, overlap } = await page.evaluate(() => {
      const m = document.querySelector('.stage')!.getBoundingClientRect();
      const l = document.querySelector('.legend')!.getBoundingClientRect();
      const d = document.querySelector('[data-testid="detail-panel"]')!.getBoundingClientRect();
      const w = Math.max(0, Math.min(m.right, l.right) - Math.max(m.left, l.left));
      const h = Math.max(0, Math.min(m.bottom, l.bottom) - Math.max(m.top, l.top));
      const dw = Math.max(0, Math.min(m.right, d.right) - Math.max(m.left, d.left));
      return { map: m.width * m.height - dw * m.height, legend: w * h, overlap: dw };
    });
    expect(overlap).toBe(0); // the panel sits beside the map, not over it
    expect(map).toBeGreaterThan(0);
    expect(legend / map).toBeLessThan(0.35);
    await page.close();
  });
});
