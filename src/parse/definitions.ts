// Defined terms: a definitions provision defines one term ("“access” means …"), but a draft may run
// several together in one paragraph, so the text is scanned for every "“term” means|includes".
import type { Provision } from "./parse.js";

const INLINE_DEFINITION =
  /[“"‘`]{1,2}\s*([^”"’'`;]{1,80}?)\s*[”"’'`]{1,2}\s*(?:\([^)]{1,60}\)\s*)?,?\s*(?:means|includes|shall mean|shall include|has the (?:same )?meaning|refers to)\b/g;

/**
 * A paragraph that defines a term: "“access” means …", "“data” includes …", "“seize” with respect to
 * a program includes …", or "“data”: …" and "“data” – …" as translated laws print it.
 */
export const DEFINITION =
  /^[“"‘'`]{1,2}\s*([^”"’'`]{1,80}?)\s*[”"’'`]{1,2}\s*(?:\([^)]{1,60}\)\s*)?,?\s*(?:(?:means|includes|shall mean|shall include|has the (?:same )?meaning|refers to|in relation to|used in relation to|with respect to|is|are)\b|[:\-–—]\s)/;

/**
 * Where definitions that a copy ran together start ("In this Act— “access” means …; “data” means …"):
 * each definition whose quoted term follows the end of a clause. A quoted term inside a sentence
 * ("… as “data” means in section 2") is no start. Not after a comma either: "“electronic device”,
 * “acoustic device”, or “other device” means" defines three terms at once; nor after one word:
 * "Explanation.- “glorification” includes" explains the unit it is in.
 */
export function definitionStarts(text: string): number[] {
  const lead = text.length - text.trimStart().length;
  const firstGap = lead + text.slice(lead).search(/\s/);
  // Both read in place (sticky), not on a copy of the text from each quote on.
  const definitionAt = new RegExp(DEFINITION.source.slice(1), "y");
  const otherTerm = /[“"‘'`]{1,2}[^”"’'`]{1,80}[”"’'`]{1,2}\s*,?\s*(?:(?:or|and)\s+)?(?=[“"‘'`])/y;
  return [...text.matchAll(/[“"‘'`]/g)]
    .map((m) => m.index!)
    .filter((at) => {
      const before = text.slice(Math.max(0, at - 8), at);
      if (!/(?:[;:.—–-]|;\s*(?:and|or))\s*$/.test(before)) return false;
      // At least two words before the cut: the gap after the first must come before the clause end.
      if (firstGap < lead || firstGap >= at - (before.length - before.trimEnd().length)) return false;
      // Past the other terms a definition defines at once: "“electronic device”, “acoustic device”, or …".
      let term = at;
      for (otherTerm.lastIndex = at; otherTerm.test(text); ) term = otherTerm.lastIndex;
      definitionAt.lastIndex = term;
      return definitionAt.test(text);
    });
}

export function definedTermsIn(p: Provision): string[] {
  const terms = new Set<string>();
  if (p.term) terms.add(p.term);
  for (const m of p.text.matchAll(INLINE_DEFINITION)) terms.add(m[1]!.trim());
  return [...terms];
}
