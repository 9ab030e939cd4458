// Words → comparable stems, and the phrase patterns the cues are written in. British and American
// spellings fold together before stemming ("unauthorised" = "unauthorized", "offence" = "offense"),
// so one cue serves every drafting tradition; so do a few nouns of acts and their verbs ("disclosure" = "disclose").
import { PorterStemmer } from "natural/lib/natural/stemmers/index.js";

export interface Token {
  stem: string;
  start: number;
  end: number;
  /** A comma follows the word: it is one item of a list ("cancelling, deleting, … or copying data"). */
  listed: boolean;
  /** The word stands inside parentheses: an aside such as "(as defined in section 1029)". */
  aside: boolean;
}

const WORD = /[A-Za-z0-9]+(?:['’][a-z]+)?/g;
const SPELLING: [RegExp, string][] = [
  [/is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1"],
  [/^(offen|defen|licen|pretenc)ce(s?)$/, "$1se$2"],
  [/^pretence(s?)$/, "pretense$1"],
  [/^programme(s?)$/, "program$1"],
  [/^wilful(ly)?$/, "willful$1"],
  [/^judgement(s?)$/, "judgment$1"],
  [/^endeavour/, "endeavor"],
  [/^behaviour/, "behavior"],
  [/^favour/, "favor"],
  [/^colour/, "color"],
  // A noun that names the act stems as its verb, so "disclosure … of passwords" meets "discloses * password".
  [/^disclosures?$/, "disclose"],
  [/^denials?$/, "deny"],
  [/^acquisitions?$/, "acquire"],
  [/^receptions?$/, "receive"],
  // Porter reads the "s" of a Latin "-us" as a plural ("virus" → "viru"), so its real plural must fold first.
  [/^(virus|status|apparatus|bonus|census)es$/, "$1"],
];
/** Stems by the word as written; emptied when full, so that drafts posted to a long-running server cannot grow it without end. */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 200_000;

export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    let w = word.toLowerCase().replace(/['’]s$/, "").replace(/’/g, "'");
    if (w.length > 5) for (const [re, to] of SPELLING) w = w.replace(re, to);
    stem = PorterStemmer.stem(w);
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let from = 0;
  for (const m of text.matchAll(WORD)) {
    for (let k = from; k < m.index!; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 40) depth++;
      else if (ch === 41 && depth > 0) depth--;
    }
    const end = m.index! + m[0].length;
    from = end;
    tokens.push({ stem: stemWord(m[0]), start: m.index!, end, listed: text.charAt(end) === ",", aside: depth > 0 });
  }
  return tokens;
}

/** One step of a phrase: the stems it accepts, and how many words may stand before it. */
interface Step {
  stems: Set<string>;
  /** The same stems as a list, to test a run's words without building one per call. */
  alternatives: string[];
  gap: number;
}

export interface Phrase {
  source: string;
  steps: Step[];
}

const GAP = 4;
/** How many items of a list a '*' may pass over besides its four words: "deletes * data" reads a verb and its object across a list of other verbs. */
const LIST_ITEMS = 12;
/** Words of a parenthetical aside do not count among the four, up to this many per step. */
const ASIDE_WORDS = 12;
/** The word that joins a list's last item, passed over like the items once a list has begun. */
const CONJUNCTIONS = new Set(["or", "and"]);

/**
 * "access * without authority|right" → steps; '*' lets up to four words stand between, and the
 * items of a list besides (a word a comma follows, and the words either side of the "or" that
 * closes the list). An alternative that is several words ("co-operation|cooperation") yields one phrase per choice.
 */
export function compilePhrases(source: string): Phrase[] {
  const parts = source.trim().split(/\s+/);
  const split = parts.findIndex((p) => p.includes("|") && p.split("|").some((alt) => [...alt.matchAll(WORD)].length > 1));
  if (split >= 0) {
    return parts[split]!.split("|").flatMap((alt) => compilePhrases([...parts.slice(0, split), alt, ...parts.slice(split + 1)].join(" ")));
  }
  const steps: Step[] = [];
  let gap = 0;
  for (const part of parts) {
    if (part === "*") {
      gap = GAP;
      continue;
    }
    const words = part.split("|").map((alt) => [...alt.matchAll(WORD)].map((m) => stemWord(m[0])));
    if (words.length === 1) {
      // A word that tokenises into several ("co-operation", "24/7") becomes consecutive steps.
      words[0]!.forEach((stem, k) => steps.push(step([stem], k === 0 ? gap : 0)));
    } else {
      steps.push(step(words.map((w) => w[0]!), gap));
    }
    gap = 0;
  }
  return [{ source, steps }];
}

function step(stems: string[], gap: number): Step {
  const set = new Set(stems);
  return { stems: set, alternatives: [...set], gap };
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

/** The distinct stems of a token run, kept per run: most phrases can be ruled out by their first word. */
const stemSets = new WeakMap<Token[], Set<string>>();

function stemsOf(tokens: Token[]): Set<string> {
  let set = stemSets.get(tokens);
  if (!set) {
    set = new Set(tokens.map((t) => t.stem));
    stemSets.set(tokens, set);
  }
  return set;
}

/** Every place the phrase occurs in the token run (leftmost, non-overlapping). */
export function findPhrase(phrase: Phrase, tokens: Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const to = tokens.length;
  const first = phrase.steps[0];
  if (!first) return out;
  const present = stemsOf(tokens);
  for (const step of phrase.steps) if (!step.alternatives.some((s) => present.has(s))) return out;
  for (let i = 0; i < to; i++) {
    if (!first.stems.has(tokens[i]!.stem)) continue;
    let at = i;
    let ok = true;
    for (let s = 1; s < phrase.steps.length && ok; s++) {
      const step = phrase.steps[s]!;
      ok = false;
      let between = 0;
      // A list the matched word opens ("copies, reproduces or duplicates … data") is passed over too.
      let items = tokens[at]!.listed ? 1 : 0;
      // The words on either side of the "or" that closes a list are its last items: "C or D" in "A, B, C or D".
      let lastItem = false;
      /** The last word counted among the four, refunded if it proves a list item. */
      let counted = -1;
      let asides = 0;
      for (let j = at + 1; j < to; j++) {
        const token = tokens[j]!;
        if (step.stems.has(token.stem)) {
          at = j;
          ok = true;
          break;
        }
        if (step.gap > 0 && items > 0 && items < LIST_ITEMS && CONJUNCTIONS.has(token.stem)) {
          if (counted === j - 1) between--;
          items++;
          lastItem = true;
        } else if (step.gap > 0 && items < LIST_ITEMS && (token.listed || lastItem)) {
          items++;
          lastItem = false;
        } else if (step.gap > 0 && token.aside && !tokens[at]!.aside && asides < ASIDE_WORDS) {
          asides++;
        } else {
          counted = j;
          if (++between > step.gap) break;
        }
      }
    }
    if (ok) {
      out.push({ phrase: phrase.source, start: tokens[i]!.start, end: tokens[at]!.end });
      i = at;
    }
  }
  return out;
}

/**
 * Phrases filed under the stems their first step accepts, so that a run of words is tried only
 * against the phrases that can start in it, not against every cue of every category.
 */
export class PhraseIndex {
  private readonly byFirstStem = new Map<string, Phrase[]>();

  constructor(phrases: Iterable<Phrase>) {
    for (const phrase of phrases) {
      for (const stem of phrase.steps[0]?.alternatives ?? []) {
        const filed = this.byFirstStem.get(stem);
        if (!filed) this.byFirstStem.set(stem, [phrase]);
        else if (!filed.includes(phrase)) filed.push(phrase);
      }
    }
  }

  /** The matches in the run of every indexed phrase that occurs in it, by phrase. */
  matchAll(tokens: Token[]): Map<Phrase, PhraseMatch[]> {
    const out = new Map<Phrase, PhraseMatch[]>();
    const tried = new Set<Phrase>();
    for (const stem of stemsOf(tokens)) {
      for (const phrase of this.byFirstStem.get(stem) ?? []) {
        if (tried.has(phrase)) continue;
        tried.add(phrase);
        const matches = findPhrase(phrase, tokens);
        if (matches.length) out.set(phrase, matches);
      }
    }
    return out;
  }
}
