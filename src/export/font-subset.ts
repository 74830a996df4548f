/** The harfbuzz subsetter (harfbuzzjs's harfbuzz-subset.wasm), as subset-font drives it, without Node's fs. */
interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const WRITABLE = 2;
const DROP_TABLES = 3; // HB_SUBSET_SETS_DROP_TABLE_TAG
const tag = (s: string) => [...s].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
// labels need no shaping: without GSUB/GPOS each character keeps its own glyph, so text extracts as written
const DROPPED = ['GSUB', 'GPOS', 'GDEF'];
const instances = new WeakMap<object, Promise<HarfBuzz>>();

/** Instantiates the wasm once per module bytes. */
function harfbuzz(wasm: Uint8Array): Promise<HarfBuzz> {
  let hb = instances.get(wasm);
  if (!hb) {
    hb = WebAssembly.instantiate(wasm as BufferSource).then(({ instance }) => {
      const exports = instance.exports as unknown as HarfBuzz;
      exports._initialize();
      return exports;
    });
    instances.set(wasm, hb);
  }
  return hb;
}

/** A TrueType font cut down to the characters of `text` (glyphs, cmap, metrics and layout kept for them). */
export async function subsetFont(wasm: Uint8Array, font: Uint8Array, text: string): Promise<Uint8Array> {
  const hb = await harfbuzz(wasm);
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('harfbuzz: could not create a subset input');
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
  const dropped = hb.hb_subset_input_set(input, DROP_TABLES);
  for (const t of DROPPED) hb.hb_set_add(dropped, tag(t));
  const subset = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (!subset) { hb.hb_face_destroy(face); hb.free(data); throw new Error('harfbuzz: subsetting failed'); }
  const result = hb.hb_face_reference_blob(subset);
  const at = hb.hb_blob_get_data(result, 0);
  const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(result));
  hb.hb_blob_destroy(result);
  hb.hb_face_destroy(subset);
  hb.hb_face_destroy(face);
  hb.free(data);
  return bytes;
}
