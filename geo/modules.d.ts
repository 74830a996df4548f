// Minimal types for the two untyped pipeline tools.
declare module 'mapshaper' {
  const mapshaper: { applyCommands(commands: string, input: Record<string, unknown>): Promise<Record<string, string | Uint8Array>> };
  export default mapshaper;
}
declare module 'polylabel' {
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
