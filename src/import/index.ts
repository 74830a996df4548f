export { parseImport } from './parse.ts';
export { importedVisible, type ImportFilter } from './filter.ts';
export { MAX_BYTES, MAX_FEATURES, MAX_ISSUES } from './limits.ts';
export {
  ImportedFeature, ImportedLayer, ImportFormat, ImportGeometry, ImportIssue, PropertyValue,
  type ImportContext, type ImportInput, type ImportResult,
} from './schema.ts';
