// A site as the browser names it, in a module of its own: the detector every page runs imports it
// (settings/active.ts) without the rest of the settings schema.

/** Characters a hostname written alone never has: the rest of a URL, spaces, credentials. */
const NOT_A_HOST = /[\s/?#@\\]/u;

/**
 * A site as the browser reports `location.hostname`: lower case, an IDN in its xn-- form, IPv6 in
 * brackets, no port (news.例子.中国 → news.xn--fsqu00a.xn--fiqs8s, [::1]:8080 → [::1]). Undefined
 * for what is no hostname at all.
 */
export function siteKey(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '' || NOT_A_HOST.test(trimmed)) return undefined;
  try {
    const { hostname } = new URL(`http://${trimmed}`);
    return hostname === '' ? undefined : hostname;
  } catch {
    return undefined;
  }
}
