// The page's CSP has no 'unsafe-eval' (vite.config.ts, build/single-file.ts): zod would still try
// `new Function('')` when its first object schema is made, to see whether it may compile fast parsers. The
// browser blocks that and zod catches it, but Firefox reports the blocked attempt as a page error (a CSP
// violation) on every load. `jitless` skips the attempt. zod keeps its settings in this global object, so
// setting it needs no zod in the first script; imported first by src/main.ts and the import worker.
const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(g.__zod_globalConfig ??= {}).jitless = true; // the same object zod keeps, had it loaded first
export {};
