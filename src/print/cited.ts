import type { Visible } from '../filters/apply.ts';
import type { PrintState } from './input.ts';
import type { Document, Model, SourceRef } from '../model/index.ts';

/** The documents that the facts on the map come from, in the order of sources.json. */
export function citedDocuments(model: Model, state: PrintState, visible: Visible): Document[] {
  const refs: SourceRef[] = [];
  const cities = model.cities.filter((c) => visible.cityIds.has(c.id));
  if (state.layers.includes('cities')) cities.forEach((c) => refs.push(...c.roles.map((r) => r.source)));
  if (state.layers.includes('clusters')) {
    refs.push(...model.ranks.filter((r) => !state.cluster || r.cluster === state.cluster).map((r) => r.source));
  }
  if (state.layers.includes('zones')) {
    refs.push(...model.zones.filter((z) => visible.zoneIds.has(z.id)).map((z) => z.source), ...cities.map((c) => c.zone_source));
  }
  if (state.layers.includes('metro')) cities.forEach((c) => refs.push(...c.metro.map((m) => m.source)));
  if (state.layers.includes('projects')) {
    model.projects.forEach((p) => { if (visible.projectIds.has(p.id)) refs.push(...p.sources); });
  }
  const ids = new Set(refs.map((r) => r.doc));
  return model.sources.filter((s) => ids.has(s.id));
}

/** A document as a reference line: 《title》, issuer, number and date. */
export function documentLine(doc: Document, lang: 'zh' | 'en'): string {
  const title = lang === 'zh' ? `《${doc.title_zh.replace(/^《|》$/g, '')}》` : doc.title_en;
  return [title, lang === 'zh' ? doc.issuer_zh : null, doc.number, doc.date].filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}

/** The newest date among the documents: the date a print carries (no clock, so page and CLI agree). */
export function sourcesDate(model: Model): string {
  const newest = model.sources.map((s) => s.date).sort().at(-1) ?? '2021';
  return newest;
}
