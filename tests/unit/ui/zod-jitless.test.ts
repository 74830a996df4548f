import { afterEach, expect, it } from 'vitest';

const realFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = realFunction;
  delete (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless; // other test files keep zod's default
});

// The page's CSP forbids eval; Firefox reports zod's blocked `new Function('')` probe as a page error.
it('keeps zod from trying eval (new Function) when the page makes and uses its schemas', async () => {
  const made: unknown[][] = [];
  globalThis.Function = new Proxy(realFunction, { construct: (target, args) => { made.push(args); return Reflect.construct(target, args); } });
  await import('../../../src/ui/zod-jitless.ts'); // first, as in src/main.ts and the import worker
  const { z } = await import('zod');
  const schema = z.object({ id: z.string(), n: z.number() });
  expect(schema.parse({ id: 'a', n: 1 })).toEqual({ id: 'a', n: 1 });
  expect(made).toEqual([]);
});
