import { afterEach, describe, expect, it } from 'vitest';
import { motion } from '../../../src/ui/map/motion.ts';

const withReduced = (reduce: boolean) => {
  (globalThis as { matchMedia?: unknown }).matchMedia = (q: string) => ({ matches: reduce && q === '(prefers-reduced-motion: reduce)' });
};

describe('camera motion', () => {
  afterEach(() => { delete (globalThis as { matchMedia?: unknown }).matchMedia; });
  it('keeps an animation\'s duration by default', () => {
    withReduced(false);
    expect(motion(700)).toBe(700);
  });
  it('makes camera moves instant when the user prefers reduced motion', () => {
    withReduced(true);
    expect(motion(700)).toBe(0);
  });
  it('keeps the duration where there is no matchMedia (Node, the CLI)', () => {
    expect(motion(600)).toBe(600);
  });
});
