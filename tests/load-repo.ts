import { loadFromDisk } from '../src/cli/files.ts';

/** The real model and features, read the way the CLI reads them (built once per test file). */
export const { model, features } = loadFromDisk();
