/** A coordinate rounded to 6 decimals (≈ 0.1 m), -0 written as 0: how every file and export writes positions. */
export const round6 = (n: number): number => Math.round(n * 1e6) / 1e6 + 0;
