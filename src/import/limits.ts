/** Files larger than this are refused before they are decoded. */
export const MAX_BYTES = 20 * 1024 * 1024;
/** More features (GeoJSON) or data rows (CSV) than this are refused. */
export const MAX_FEATURES = 100_000;
/** At most this many errors or warnings are listed, then one "and N more". */
export const MAX_ISSUES = 200;
/** At most this many row numbers are named inside one summary warning. */
export const MAX_ROWS_NAMED = 20;
