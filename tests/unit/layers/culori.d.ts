// The few culori functions the palette test uses (the package ships no types).
declare module 'culori' {
  export interface Color { mode: string; [channel: string]: number | string | undefined }
  export function differenceCiede2000(): (a: Color, b: Color) => number;
  export function filterDeficiencyProt(severity?: number): (c: Color) => Color;
  export function filterDeficiencyDeuter(severity?: number): (c: Color) => Color;
  export function filterDeficiencyTrit(severity?: number): (c: Color) => Color;
}
