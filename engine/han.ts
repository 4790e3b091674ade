// Whether a code point is a Chinese character: the CJK Unified Ideographs and their extensions
// and compatibility block. A module of its own, with nothing at its top level, so that the
// detector every page runs can import it without the engine's tables.
export function isHanCode(code: number | undefined): boolean {
  if (code === undefined) return false;
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x323af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}
