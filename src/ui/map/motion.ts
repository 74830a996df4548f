/** A camera animation's duration: 0 when the user asks for reduced motion (WCAG 2.3.3), so the map jumps instead. */
export function motion(ms: number): number {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}
