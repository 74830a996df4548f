import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseArgs } from '../../src/cli/args.ts';
import { runExport } from '../../src/cli/export.ts';
import { applyFilters } from '../../src/filters/apply.ts';
import { parseQuery } from '../../src/filters/query.ts';
import { model } from '../load-repo.ts';
import { SCREENSHOTS, appReady, launchChromium, mapIdle, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const QUERY = 'layers=cities,zones,clusters,projects&cluster=new_energy';
const fileUrl = () => pathToFileURL(join(inject('distDir'), 'guangdong-map.html')).href;
const projectsShown = (page: Page) => page.textContent('[data-testid="projects-shown"]');
const shownFor = (query: string) => applyFilters(model, parseQuery(query).state.filters).counts.projects[0];

/** Opens the one-file app from file:// and records every request and console error. */
async function openFile(url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /^WebGL: INVALID_/.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await appReady(page);
  await page.waitForSelector('.map[data-deck="ready"]', { timeout: 30_000 });
  await mapIdle(page);
  return { page, requests, errors };
}

describe('the one-file app (dist/guangdong-map.html) from file://', () => {
  it('draws a linked view, projects included, reading nothing but itself', async () => {
    const { page, requests, errors } = await openFile(`${fileUrl()}?${QUERY}`);
    expect(await projectsShown(page)).toContain(`${shownFor(QUERY)} / ${model.projects.length}`);
    const order = await page.evaluate(() => (window as unknown as { __gdmap: { getLayersOrder(): string[] } }).__gdmap.getLayersOrder());
    expect(order.filter((id) => id.startsWith('deck-'))).not.toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/single-file.png` });
    expect(requests.filter((r) => r.split('?')[0] !== fileUrl() && !/^(data|blob):/.test(r))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters, exports a download and imports a file, all offline', async () => {
    const { page, requests, errors } = await openFile(`${fileUrl()}#${QUERY}`); // the view in the hash works too
    expect(page.url()).toContain('cluster=new_energy');
    await page.click('label:has-text("核心 ★★★") input');
    const core = `${QUERY}&rank=core`;
    await expect.poll(() => projectsShown(page)).toContain(`${shownFor(core)} / ${model.projects.length}`);
    expect(page.url()).toContain('rank=core');

    await page.click('button:has-text("导出")');
    // print layouts and GeoPackage are left out of the file (size budget): the menu says so instead of failing
    expect(await page.locator('[data-testid="print-open"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="print-not-in-file"]')).toContain('PNG');
    expect(await page.locator('[data-testid="export-format"] option[value="gpkg"]').isDisabled()).toBe(true);
    await page.selectOption('[data-testid="export-format"]', 'geojson');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-download"]')]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { features: unknown[] };
    expect(exported.features.length).toBe(applyFilters(model, parseQuery(core).state.filters).counts.cities[0]);

    const csv = join(mkdtempSync(join(tmpdir(), 'gd-single-')), 'sites.csv');
    writeFileSync(csv, '名称,城市\n测试园区A,广州\n测试园区B,湛江市\n');
    await page.setInputFiles('[data-testid="import-input"]', csv);
    await expect.poll(() => page.locator('[data-testid="import-loaded"], [data-testid="import-errors"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.textContent('[data-testid="import-loaded"]')).toContain('/ 2');
    await mapIdle(page);
    expect(requests.filter((r) => r.split(/[?#]/)[0] !== fileUrl() && !/^(data|blob):/.test(r))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Clicks "offline map" in the export panel and returns the downloaded file's text. */
async function saveOfflineMap(page: Page): Promise<string> {
  await page.click('.export-menu > button');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="export-offline-html"]')]);
  expect(download.suggestedFilename()).toBe('guangdong-map.html');
  return readFileSync((await download.path())!, 'utf8');
}
const cliHtml = (url: string) => runExport(parseArgs(['--format', 'html', '--url', url]), () => {}, undefined, () => readFileSync(join(inject('distDir'), 'guangdong-map.html'), 'utf8'));

describe('save this view as a file', () => {
  it('saves, from the one-file app, the same bytes as the CLI, and the saved file opens at that view', async () => {
    const { page } = await openFile(`${fileUrl()}?${QUERY}&zone=prd&lang=en`);
    const saved = await saveOfflineMap(page);
    const url = page.url();
    await page.close();
    expect(saved).toBe(cliHtml(url));
    const path = join(mkdtempSync(join(tmpdir(), 'gd-saved-')), 'saved.html');
    writeFileSync(path, saved);
    const reopened = await openFile(pathToFileURL(path).href); // no query: the embedded view
    expect(parseQuery(new URL(reopened.page.url()).search).state).toEqual(parseQuery(new URL(url).search).state);
    expect(await reopened.page.textContent('button:has-text("中文")')).toBeTruthy(); // in English, as saved
    expect(reopened.errors).toEqual([]);
    await reopened.page.close();
  });

  it('saves, from the served app, the same bytes as the CLI', async () => {
    const { page } = await openApp(browser, 'layers=cities,metro&metro=guangzhou');
    const saved = await saveOfflineMap(page);
    expect(saved).toBe(cliHtml(page.url()));
    await page.close();
  });
});
