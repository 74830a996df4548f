import { z } from 'zod';
import { parseQuery, searchParamsOf, toQuery, type QueryWarning } from '../filters/query.ts';
import { DEFAULT_SHOW, type Lang, type Theme, type UrlState } from '../filters/state.ts';

/** Decks larger than this are refused before parsing (1 MB). */
export const MAX_DECK_BYTES = 1_048_576;
const MAX_SCENES = 200;
const TITLE_MAX = 120;
const NOTE_MAX = 2000;
const QUERY_MAX = 8000; // room for a drawn area: within= takes up to WITHIN_MAX_CHARS (src/filters/spatial.ts)
const ID_MAX = 48;
const MAX_ERRORS = 20;

/** A scene id: lower-case ASCII words joined by single hyphens. */
export const SceneId = z.string().max(ID_MAX).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as "pillar-electronics"');

const Title = z.string().trim().min(1, 'must not be empty').max(TITLE_MAX);
const Note = z.string().trim().max(NOTE_MAX).optional();

/** A presenter scene: titles, an optional note, and the URL query string it shows. */
export const Scene = z.strictObject({
  id: SceneId,
  title_zh: Title,
  title_en: Title,
  note_zh: Note,
  note_en: Note,
  query: z.string().max(QUERY_MAX), // canonical, as toQuery writes it
  label_projects: z.array(z.string().max(200)).max(20).optional(), // project ids the scene is about: named on the map
});
export type Scene = z.infer<typeof Scene>;

/** A deck of scenes, played in order; ids are unique. */
export const SceneDeck = z.strictObject({
  version: z.literal(1),
  scenes: z.array(Scene).max(MAX_SCENES),
}).superRefine((deck, ctx) => {
  const seen = new Set<string>();
  deck.scenes.forEach((scene, i) => {
    if (seen.has(scene.id)) ctx.addIssue({ code: 'custom', path: ['scenes', i, 'id'], message: `duplicate id "${scene.id}"` });
    seen.add(scene.id);
  });
});
export type SceneDeck = z.infer<typeof SceneDeck>;

export type ParseDeckResult =
  | { ok: true; deck: SceneDeck; warnings: string[] }
  | { ok: false; errors: string[] };

/** Parses a deck file; errors and warnings name the scene (index as in the file, and id) and the field. */
export function parseSceneDeck(text: string): ParseDeckResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_DECK_BYTES) {
    return { ok: false, errors: [`deck is ${bytes} bytes; the limit is ${MAX_DECK_BYTES} bytes (1 MB)`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`invalid JSON: ${(e as Error).message}`] };
  }
  const result = SceneDeck.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues;
    const errors = issues.slice(0, MAX_ERRORS).map((issue) => `${where(issue.path, raw)}: ${issue.message}`);
    if (issues.length > MAX_ERRORS) errors.push(`… and ${issues.length - MAX_ERRORS} more`);
    return { ok: false, errors };
  }
  const deck = result.data;
  const warnings = deck.scenes.flatMap((scene, i) => sceneWarnings(scene).map((w) => `scene ${i} (${scene.id}): ${w}`));
  return { ok: true, deck, warnings };
}

/** What parseQuery drops from a scene's query, or a note that it is not canonical. */
function sceneWarnings(scene: Scene): string[] {
  const { state, warnings } = parseQuery(scene.query);
  if (warnings.length) return warnings.map(describeWarning);
  const canonical = toQuery(state);
  return canonical === scene.query ? [] : [`query is not canonical; write it as "${canonical}"`];
}

function describeWarning(w: QueryWarning): string {
  if (w.message === 'unknown value dropped') return `dropped ${w.param}=${w.value}`;
  if (w.message === 'unknown parameter') return `dropped unknown parameter ${w.param}`;
  return `${w.param}=${w.value}: ${w.message}`;
}

/** "scene 2 (pillar), field title_zh" from a zod path such as ['scenes', 2, 'title_zh']. */
function where(path: readonly PropertyKey[], raw: unknown): string {
  if (path[0] !== 'scenes' || typeof path[1] !== 'number') {
    return path.length ? `field ${path.map(String).join('.')}` : 'deck';
  }
  const index = path[1];
  const record = (raw as { scenes?: unknown[] }).scenes?.[index];
  const id = record && typeof record === 'object' && 'id' in record ? (record as { id: unknown }).id : undefined;
  const printable = typeof id === 'string' && /^[\x20-\x7e]{1,48}$/.test(id); // keep odd ids out of one-line messages
  const label = printable ? `scene ${index} (${id})` : `scene ${index}`;
  const field = path.slice(2).map(String).join('.');
  return field ? `${label}, field ${field}` : label;
}

/** The deck as stable, pretty JSON: fixed key order, two-space indent, trailing newline. */
export function serializeSceneDeck(deck: SceneDeck): string {
  const scenes = deck.scenes.map((s) => ({
    id: s.id,
    title_zh: s.title_zh,
    title_en: s.title_en,
    ...(s.note_zh !== undefined ? { note_zh: s.note_zh } : {}),
    ...(s.note_en !== undefined ? { note_en: s.note_en } : {}),
    query: s.query,
    ...(s.label_projects !== undefined ? { label_projects: s.label_projects } : {}),
  }));
  return `${JSON.stringify({ version: deck.version, scenes }, null, 2)}\n`;
}

/** A new scene showing `state`, with a unique id; its query leaves out lang so it plays in the viewer's language. */
export function sceneFromState(state: UrlState, title_zh: string, title_en: string, existingIds: Iterable<string>): Scene {
  const taken = new Set(existingIds);
  const zh = title_zh.trim() || title_en.trim() || `场景 ${taken.size + 1}`;
  const en = title_en.trim() || title_zh.trim() || `Scene ${taken.size + 1}`;
  const base = slugify(en);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${trimSlug(base.slice(0, ID_MAX - String(n).length - 1))}-${n}`;
  return {
    id,
    title_zh: [...zh].slice(0, TITLE_MAX).join(''),
    title_en: [...en].slice(0, TITLE_MAX).join(''),
    query: toQuery({ filters: state.filters, show: { ...state.show, lang: DEFAULT_SHOW.lang, present: false } }),
  };
}

/** Lower-case ASCII words joined by hyphens; "scene" when nothing is left (e.g. a Chinese-only title). */
export function slugify(text: string): string {
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return trimSlug(slug.slice(0, ID_MAX)) || 'scene';
}

const trimSlug = (slug: string) => slug.replace(/-+$/, '');

/** The scene after `currentId`, wrapping to the first; the first when `currentId` is null or unknown. */
export function nextScene(deck: SceneDeck, currentId: string | null): Scene | null {
  const i = deck.scenes.findIndex((s) => s.id === currentId);
  return deck.scenes[i < 0 ? 0 : (i + 1) % deck.scenes.length] ?? null;
}

/** The scene before `currentId`, wrapping to the last; the last when `currentId` is null or unknown. */
export function previousScene(deck: SceneDeck, currentId: string | null): Scene | null {
  const n = deck.scenes.length;
  const i = deck.scenes.findIndex((s) => s.id === currentId);
  return deck.scenes[i < 0 ? n - 1 : (i - 1 + n) % n] ?? null;
}

/** The URL state a scene shows, in the viewer's language and presentation mode. */
export function stateForScene(scene: Scene, lang: Lang, present = false, theme: Theme = 'default'): UrlState {
  const { filters, show } = parseQuery(scene.query).state;
  // a scene that names a theme shows it; others keep the presenter's (a projector stays in high contrast)
  return { filters, show: { ...show, lang, present, theme: searchParamsOf(scene.query).has('theme') ? show.theme : theme } };
}
