// Usage: npx tsx tests/data/report.ts — prints the data section's counts (projects by kind, document
// and city; sub-sectors; disagreements) as Markdown for README.md.
import { CORRIDOR_KINDS, PROJECT_KINDS } from '../../src/model/index.ts';
import { model } from '../load-repo.ts';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const projects = model.projects;
const lines: string[] = [];
lines.push(`**${projects.length} projects**, ${projects.reduce((n, p) => n + p.sources.length, 0)} source passages; located at a known site: ${projects.filter((p) => p.location.precision === 'site').length}, at a district: ${projects.filter((p) => p.location.precision === 'district').length}, in a city: ${projects.filter((p) => p.location.precision === 'city').length}; ${projects.filter((p) => p.line).length} drawn as lines.`, '');
lines.push(row(['kind', ...PROJECT_KINDS]), row(['---', ...PROJECT_KINDS.map(() => '---:')]));
lines.push(row(['projects', ...PROJECT_KINDS.map((k) => projects.filter((p) => p.kind === k).length)]), '');
lines.push(row(['document', 'projects naming it']), row(['---', '---:']));
for (const doc of model.sources) lines.push(row([`\`${doc.id}\``, projects.filter((p) => p.sources.some((s) => s.doc === doc.id)).length]));
lines.push('', row(['city', 'projects', 'city', 'projects', 'city', 'projects']), row(['---', '---:', '---', '---:', '---', '---:']));
const cityCells = model.cities.map((c) => [`${c.short_zh} ${c.name_en}`, projects.filter((p) => p.cities.includes(c.id)).length] as const);
for (let i = 0; i < cityCells.length; i += 3) lines.push(row(cityCells.slice(i, i + 3).flat()));
lines.push('', `Sub-sectors: ${model.subSectors.length} across the 20 clusters, naming ${model.subSectors.reduce((n, s) => n + s.cities.length, 0)} city roles. Disagreements: ${model.disagreements.length} (${model.disagreements.filter((d) => d.kind === 'text_vs_table').length} text vs table, ${model.disagreements.filter((d) => d.kind === 'map_list_vs_table').length} map list vs table).`);
const places = model.subSectors.flatMap((s) => s.places ?? []);
const withPlaces = model.subSectors.filter((s) => (s.places ?? []).length > 0);
const rolesWithDistricts = new Set(model.subSectors.flatMap((s) => (s.places ?? []).filter((p) => p.district).map((p) => `${s.id}/${p.city}`)));
lines.push('', `Places inside cities (sub-sectors' \`places\`): ${places.length} in ${withPlaces.length} sub-sectors; ${places.filter((p) => p.district).length} drawn as ${new Set(places.flatMap((p) => p.district ?? [])).size} distinct county-level units (${rolesWithDistricts.size} city roles gained a district), ${places.filter((p) => p.place).length} as points, ${places.filter((p) => !p.district && !p.place).length} with no location (listed, not drawn); by kind: ${['district', 'county', 'county_city', 'town', 'park', 'zone'].map((k) => `${k} ${places.filter((p) => p.kind === k).length}`).join(', ')}.`);
const corridors = model.corridors;
lines.push('', `**${corridors.length} corridors** (axes and belts), ${corridors.reduce((n, c) => n + c.sources.length, 0)} naming passages; drawn as lines: ${corridors.filter((c) => c.geometry === 'line').length}, bands: ${corridors.filter((c) => c.geometry === 'band').length}, areas: ${corridors.filter((c) => c.geometry === 'area').length}; places from the text or the name: ${corridors.filter((c) => c.placement === 'text' || c.placement === 'name').length}, from the plan's own definitions: ${corridors.filter((c) => c.placement === 'plan').length}, from public sources: ${corridors.filter((c) => c.placement === 'public').length}.`, '');
lines.push(row(['kind', ...CORRIDOR_KINDS]), row(['---', ...CORRIDOR_KINDS.map(() => '---:')]));
lines.push(row(['corridors', ...CORRIDOR_KINDS.map((k) => corridors.filter((c) => c.kind === k).length)]), '');
lines.push(row(['document', 'corridors naming it']), row(['---', '---:']));
for (const doc of model.sources) lines.push(row([`\`${doc.id}\``, corridors.filter((c) => c.sources.some((s) => s.doc === doc.id)).length]));
console.log(lines.join('\n'));
