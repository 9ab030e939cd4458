// Defined terms: a definitions provision defines one term ("“access” means …"), but a draft may run
// several together in one paragraph, so the text is scanned for every "“term” means|includes".
import type { Provision } from "./parse.js";

const INLINE_DEFINITION =
  /[“"‘`]{1,2}\s*([^”"’'`;]{1,80}?)\s*[”"’'`]{1,2}\s*(?:\([^)]{1,60}\)\s*)?,?\s*(?:means|includes|shall mean|shall include|has the (?:same )?meaning|refers to)\b/g;

export function definedTermsIn(p: Provision): string[] {
  const terms = new Set<string>();
  if (p.term) terms.add(p.term);
  for (const m of p.text.matchAll(INLINE_DEFINITION)) terms.add(m[1]!.trim());
  return [...terms];
}
