/**
 * The element a URL fragment (`#…`, percent-encoded or not) names, or null for an empty or unknown fragment.
 * Malformed percent-encoding is looked up as written rather than thrown.
 */
export function hashTarget(hash: string, doc: Document = document): HTMLElement | null {
  if (hash.length < 2) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // not valid percent-encoding: use it as written
  }
  return doc.getElementById(id);
}
