// Types for the two small CommonJS PNG chunk packages (they ship none).
declare module 'png-chunks-extract' {
  export default function extractChunks(png: Uint8Array): { name: string; data: Uint8Array }[];
}
declare module 'png-chunks-encode' {
  export default function encodeChunks(chunks: readonly { name: string; data: Uint8Array }[]): Uint8Array;
}
