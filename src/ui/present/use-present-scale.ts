import { useEffect, useState } from 'react';
import { presentScale } from '../../present/scale.ts';

/** Presenting's scale for labels, marks and type on this window (1 when not presenting), kept up on resize. */
export function usePresentScale(present: boolean): number {
  const [size, setSize] = useState(() => [window.innerWidth, window.innerHeight] as const);
  useEffect(() => {
    const onResize = () => setSize([window.innerWidth, window.innerHeight]);
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  }, []);
  return presentScale(size[0], size[1], present);
}
