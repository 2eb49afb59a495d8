// The one normal form names are compared in.

/** Normalised lookup key of a name: lower case, straight apostrophes, no dots in acronyms. */
const keyCache = new Map<string, string>();
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 20000) keyCache.clear();
    key = computeKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/, '')
    .replace(/^the\s+/, '')
    .replace(/\.(?=\S)|\.$/g, (m, i, s) => (/^(?:\p{L}\.)+\p{L}\.?$/u.test(s) ? '' : m))
    .replace(/\s+/g, ' ')
    .trim();
}
