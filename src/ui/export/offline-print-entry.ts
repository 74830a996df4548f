// print-entry.ts for the one-file app (build/single-file.ts swaps it in): print layouts stay out of
// the file. Their libraries and the embedded CJK font weigh about 8 MB, more than the whole app, and
// dist/guangdong-map.html must stay small enough to carry and email (issue 16: ≤ 5 MB). The export
// menu says so and points to the PNG export and the served app.

export const PRINT_AVAILABLE = false;

export const loadPrintDialog = (): Promise<typeof import('./print-dialog.tsx')> =>
  Promise.reject(new Error('print layouts are not part of the one-file app'));
