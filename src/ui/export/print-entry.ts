// The print dialog's entry: the served app loads it (pdf-lib, fontkit, harfbuzz, resvg and the
// embedded CJK font) on first use. The one-file app puts offline-print-entry.ts in its place.

export const PRINT_AVAILABLE = true;

export const loadPrintDialog = () => import('./print-dialog.tsx');
