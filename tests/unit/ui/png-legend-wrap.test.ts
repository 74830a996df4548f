import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../../src/ui/export/png-export.ts';

// A monospace stand-in for the canvas: 10 px per character (CJK and Latin alike).
const measure = (text: string) => text.length * 10;

describe('the PNG legend wraps what does not fit its box', () => {
  it('breaks a long Chinese heading between characters, every line within the width', () => {
    const heading = '重大项目（圆圈内为各市项目数，放大可见各项目）';
    const lines = wrapLines(measure, heading, 100);
    expect(lines.join('')).toBe(heading);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(100);
  });
  it('breaks English at spaces, and a word longer than a line anywhere', () => {
    expect(wrapLines(measure, 'Major projects (numbers per city)', 150)).toEqual(['Major projects', '(numbers per', 'city)']);
    expect(wrapLines(measure, 'Supercalifragilistic', 80)).toEqual(['Supercal', 'ifragili', 'stic']);
  });
  it('keeps a short label on one line', () => {
    expect(wrapLines(measure, '核心 ★★★', 200)).toEqual(['核心 ★★★']);
    expect(wrapLines(measure, '', 200)).toEqual(['']);
  });
});
