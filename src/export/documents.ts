import type { Model } from '../model/index.ts';
import type { AttributeTable } from './gpkg-writer.ts';
import { columnTypes } from './tables.ts';

const table = (name: string, description: string, records: Record<string, string | number | null>[], names: string[]): AttributeTable => ({
  name, description, columns: columnTypes(names, records), rows: records.map((r) => names.map((n) => r[n] ?? null)),
});

/** The plan's documents and its text-versus-table disagreements as tables without geometry. */
export function documentTables(model: Model): AttributeTable[] {
  const sources = model.sources.map((s) => ({
    id: s.id, title_zh: s.title_zh, title_en: s.title_en, issuer_zh: s.issuer_zh, number: s.number, date: s.date, url: s.url,
  }));
  const disagreements = model.disagreements.map((d) => ({
    id: d.id, city: d.city, cluster: d.cluster, kind: d.kind, table_rank: d.table_rank, text_role: d.text_role,
    summary_zh: d.summary_zh, summary_en: d.summary_en,
    table_doc: d.table_source.doc, table_section: d.table_source.section, table_quote: d.table_source.quote,
    text_doc: d.text_source.doc, text_section: d.text_source.section, text_quote: d.text_source.quote,
  }));
  return [
    table('sources', '规划文件 The planning documents the data cites', sources, ['id', 'title_zh', 'title_en', 'issuer_zh', 'number', 'date', 'url']),
    table('disagreements', '正文与附件1不一致之处 Where the plan\'s text and its table disagree', disagreements,
      ['id', 'city', 'cluster', 'kind', 'table_rank', 'text_role', 'summary_zh', 'summary_en', 'table_doc', 'table_section', 'table_quote', 'text_doc', 'text_section', 'text_quote']),
  ];
}
