// Sets and small maps of code points that a scan asks about at every position of a text. A Set or
// Map of numbers answers in a hash lookup; these answer a code point of the Basic Multilingual
// Plane (every common Han character) from a typed array, and keep a Map only for the rest.

const BMP = 0x10000;

/** A set of code points: one bit per character of the Basic Multilingual Plane (8 KB). */
export class CodeSet {
  private readonly bits = new Uint8Array(BMP >> 3);
  private readonly astral = new Set<number>();

  constructor(codes: Iterable<number> = []) {
    for (const code of codes) this.add(code);
  }

  add(code: number): void {
    if (code < BMP) this.bits[code >> 3] = (this.bits[code >> 3] as number) | (1 << (code & 7));
    else this.astral.add(code);
  }

  has(code: number | undefined): boolean {
    if (code === undefined) return false;
    if (code < BMP) return (((this.bits[code >> 3] as number) >> (code & 7)) & 1) === 1;
    return this.astral.has(code);
  }
}

/** Eight flags for each code point (64 KB); 0 where none is set. */
export class CodeFlags {
  private readonly bmp = new Uint8Array(BMP);
  private readonly astral = new Map<number, number>();

  /** Sets `flags` (bits 0–7) for `code`, beside those it has. */
  add(code: number, flags: number): void {
    if (code < BMP) this.bmp[code] = (this.bmp[code] as number) | flags;
    else this.astral.set(code, (this.astral.get(code) ?? 0) | flags);
  }

  get(code: number | undefined): number {
    if (code === undefined) return 0;
    if (code < BMP) return this.bmp[code] as number;
    return this.astral.get(code) ?? 0;
  }
}
