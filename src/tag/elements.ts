// Legal elements of an offence provision — what a drafter compares across countries: the mental
// element, "without right", a result requirement, aggravating circumstances, and the maximum
// penalties of the basic and aggravated forms. Read from the words with patterns, each finding
// keeping the words it came from.

export interface Penalty {
  form: "basic" | "aggravated";
  /** Maximum imprisonment in months; null where none is stated; Infinity is written as "life". */
  imprisonmentMonths: number | "life" | null;
  fine: { amount: number | null; unit: string; words: string } | null;
  words: string;
}

export interface LegalElements {
  mentalElement: string[];
  withoutRight: string[];
  result: string[];
  aggravations: string[];
  attempt: boolean;
  penalties: Penalty[];
  /** Convenience maxima over the penalties of each form (months). */
  maxImprisonmentMonths: { basic: number | "life" | null; aggravated: number | "life" | null };
}

/** Wordings compiled once (they are read in every offence provision): whole words, any spacing. */
const wordings = (list: string[]) => list.map((w) => new RegExp(String.raw`\b${w.replace(/ /g, "\\s+")}`, "i"));

const MENTAL = wordings([
  "intentionally", "intentional", "wilfully", "willfully", "knowingly", "knowing", "recklessly", "reckless",
  "fraudulently", "dishonestly", "maliciously", "corruptly", "with intent to", "with intent", "with the intent", "intent to",
  "requisite intent", "requisite knowledge", "with dishonest intention", "with fraudulent or dishonest intent",
  "purposely", "deliberately", "negligently", "having reason to believe", String.raw`knows\b`,
  // A purpose the conduct serves ("for the purpose of facilitating …"), not the Act's own purposes
  // ("For the purposes of this section, …").
  String.raw`for (?:the )?purposes? of (?!this\b|these\b|that\b|the said\b|sub-?sections?\b|sections?\b|paragraphs?\b)`,
]);
const WITHOUT_RIGHT = wordings([
  "without right", "without authority", "without authorisation", "without authorization", "unauthorised",
  "unauthorized", "without lawful authority", "without permission", "in excess of authority",
  "exceeds authorized access", "exceeding authorized access", "unlawfully", "not entitled",
  "without legal authority", "illegally", String.raw`without colou?r of right`,
  String.raw`without (?:lawful |legal |reasonable |sufficient )?(?:excuse|justification)`,
  String.raw`without (?:the |his |her |their )?(?:\w+ )?consent`,
]);
const RESULT = wordings([
  "serious hindering", "serious harm", "damage", "loss", "hindering", "impairs", "impair", "resulting in",
  "endanger", "death", "bodily injury",
]);
/** Whom or what the offence is done to, when that makes it graver. */
const TARGET_WORDS = [
  "protected computer", "protected system", "critical information infrastructure", "critical infrastructure",
  "critical national", "national security", "terrorist", "terrorism", String.raw`minors?\b`, "child",
];
const AGGRAVATING_TARGETS = wordings(TARGET_WORDS);
const AGGRAVATION = wordings([
  ...TARGET_WORDS, "further offence", "second or subsequent", "subsequent conviction", "aggravat",
  "results in death", "serious bodily injury", "government", "organised criminal",
]);

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, a: 1, an: 1,
};

/** "five million", "twenty-five", "50,000", "1.5 million" → a number. */
function parseAmount(words: string): number | null {
  const clean = words.toLowerCase().replace(/,(?=\d{3})/g, "").replace(/-/g, " ").trim();
  const numeric = /^(\d+(?:\.\d+)?)\s*(thousand|million|billion)?$/.exec(clean);
  if (numeric) return Number(numeric[1]) * (numeric[2] ? NUMBER_WORDS[numeric[2]]! : 1);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of clean.split(/\s+/)) {
    if (w === "and") continue;
    const n = NUMBER_WORDS[w] ?? (/^\d+(\.\d+)?$/.test(w) ? Number(w) : undefined);
    if (n === undefined) return seen ? total + current : null;
    seen = true;
    if (n === 100) current = (current || 1) * 100;
    else if (n >= 1000) {
      total += (current || 1) * n;
      current = 0;
    } else current += n;
  }
  return seen ? total + current : null;
}

// Whole words only: "one hundred and fifty thousand" must not stop at the "a" of "and".
const NUM = String.raw`(?:\d[\d,]*(?:\.\d+)?|(?:\b(?:${Object.keys(NUMBER_WORDS).concat("and").join("|")})\b|[- ])+)`;
const TERM = new RegExp(
  String.raw`(?:imprisonment|penal servitude|imprisoned|prison|prisión mayor|prision mayor)[^.;]{0,80}?(?:not (?:exceeding|more than)|which may extend to|up to|of|for|maximum of)\s+(${NUM})\s*\(?\d*\)?\s*(years?|months?)`,
  "gi",
);
const LIFE = /imprisonment for life|life imprisonment/i;
/** A currency sign or code before an amount ("KES", "US$", "Rs."): a list, since any short word ("at")
 * would pass for a code in a case-blind pattern. */
const CURRENCY = String.raw`(?:(?:KES|KSh|USD|US\$|S\$|PKR|TZS|UGX|ZMW|GHS|GH₵|MUR|RM|PhP|Rs\.?|Sh\.?|K)(?![A-Za-z])|\$|₱|£|€)`;
const FINE = new RegExp(
  // The maximum fine: "not less than" states a minimum, as it does for a term.
  String.raw`\bfine\b(?:(?!imprison)(?:[^.;]|(?<=\d)\.(?=\d))){0,80}?(?:not (?:exceeding|more than)|which may extend to|up to|maximum (?:amount )?of|of)\s+((?:${CURRENCY})?\s*${NUM})\s*(penalty units|currency points|fine units|shillings|rupees|pesos|ringgit|dollars|kwacha|cedis|units)?`,
  "gi",
);
const LEADING_CURRENCY = new RegExp(String.raw`^[^\d\w]*${CURRENCY}\s*`);
const CURRENCY_FIRST = new RegExp(`^${CURRENCY}`);

/**
 * The words of the listed wordings found in the text, as written there (lower case), each stretch of
 * text once: "knowingly" is not also reported as "knowing", nor "with intent to" as "intent to".
 */
function found(patterns: RegExp[], text: string): string[] {
  const hits = patterns.flatMap((pattern) => {
    const m = pattern.exec(text);
    return m ? [{ start: m.index, end: m.index + m[0].length, words: m[0].toLowerCase().replace(/\s+/g, " ").trim() }] : [];
  });
  const kept: typeof hits = [];
  for (const h of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return hits.filter((h) => kept.includes(h)).map((h) => h.words);
}

// A subsection that states an exception, a defence, a presumption or the meaning of words ("(2)
// Subsection (1) does not apply to a person who has the consent …", "(3) For the purposes of any
// prosecution under this section, it is presumed …"): its words are not the offence's, so its
// "consent" or "unauthorized" says nothing of the offence's elements.
const NOT_OFFENCE_WORDS =
  /^\(\d+[A-Za-z]*\)\s*(?:(?:sub-?)?section \([^)]*\)[^.;]{0,40}?does not apply|this section does not apply|nothing in this|no person shall be convicted|it is (?:a|not an?) (?:defence|offence)|it shall be a defence|in this section|for (?:the )?purposes? of|it (?:is|shall be) presumed)/i;
const SUBSECTION = /^\(\d+[A-Za-z]*\)/;

/** A subsection with what it holds (its paragraphs), or the whole text where there are no subsections. */
function subsections(text: string): string[] {
  const blocks: string[] = [];
  for (const line of text.split("\n")) {
    if (SUBSECTION.test(line.trim()) || !blocks.length) blocks.push(line);
    else blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks;
}

/** The text without its exception, defence, presumption and interpretation subsections. */
const offenceWords = (blocks: string[]) => blocks.filter((block) => !NOT_OFFENCE_WORDS.test(block.trim())).join("\n");

// What makes a penalty limb the aggravated form. A later limb is not heavier by position: it may be
// another offence of the section, or the summary-conviction route.
/** Repetition, or a result so grave it is a form of its own ("mischief that causes actual danger to life"). */
const REPEAT_OR_GRAVE =
  /second or subsequent|subsequent (?:offen[cs]e|conviction)|previously (?:been )?convicted|(?:after|prior) (?:a |another )?(?:prior )?conviction|aggravat|\b(?:causes?|caused|results? in|resulting in)\b[^.;]{0,80}?\b(?:death|danger to life)/i;
/** A harm done by the offence ("which causes physical injury", "results in a significant financial loss"). */
const HARM = /\b(?:causes?|caused|results? in|resulting in|occasions?)\b[^.;]{0,80}?\b(?:death|injury|harm|loss|damage|danger)/i;
/** A rule about an offence created elsewhere ("A person who commits an offence under subsection (1) which …"). */
const OFFENCE_ELSEWHERE = /\boffen[cs]es? (?:specified |referred to |created )?(?:under|in) (?:this |that )?(?:sub-?)?sections?\b/i;
/** Words that create an offence of their own ("… commits an offence and is liable"), not a reference to one. */
const CREATES_OFFENCE = /\b(?:commits|is guilty of|shall be guilty of) (?:an|the) offen[cs]e\b(?! (?:under|referred|specified|in)\b)/i;

function penaltiesIn(blocks: string[]): Penalty[] {
  const out: Penalty[] = [];
  for (const block of blocks) {
    // A subsection that punishes an offence created elsewhere, without creating one, is its
    // aggravated form when it names a harm or an aggravating target, or when a penalty came before.
    // Read in the subsection's own opening words, not its paragraphs: "(c) The punishment for an
    // offense under subsection (a) is— (1) …" sets the basic and aggravated tiers alike.
    const lead = block.split("\n")[0]!;
    const aggravatesAnother =
      OFFENCE_ELSEWHERE.test(lead) &&
      !CREATES_OFFENCE.test(block) &&
      (HARM.test(lead) || out.length > 0 || found(AGGRAVATING_TARGETS, lead).length > 0);
    // Each penalty clause is a sentence or a limb ("; or").
    for (const clause of block.split(/(?<=[.;])\s+/)) {
      const terms = [...clause.matchAll(TERM)];
      const fines = [...clause.matchAll(FINE)];
      const life = LIFE.test(clause);
      if (!terms.length && !fines.length && !life) continue;
      const months = terms
        .map((m) => {
          const n = parseAmount(m[1]!);
          return n === null ? null : /month/i.test(m[2]!) ? n : n * 12;
        })
        .filter((n): n is number => n !== null);
      const imprisonmentMonths = life ? "life" : months.length ? Math.max(...months) : null;
      // "… seven years; or … ten years if the act is done with intent to cause injury": a heavier
      // limb on a condition.
      const basicSoFar = maxOf(out.filter((p) => p.form === "basic").map((p) => p.imprisonmentMonths));
      const heavierOnCondition = /\b(?:if|where)\b/i.test(clause) && exceeds(imprisonmentMonths, basicSoFar);
      const fine = fines[0];
      out.push({
        form: aggravatesAnother || heavierOnCondition || REPEAT_OR_GRAVE.test(clause) ? "aggravated" : "basic",
        imprisonmentMonths,
        fine: fine
          ? {
              amount: parseAmount(fine[1]!.replace(LEADING_CURRENCY, "")),
              unit: (fine[2] ?? fine[1]!.match(CURRENCY_FIRST)?.[0] ?? "unspecified").trim(),
              words: fine[0],
            }
          : null,
        words: clause.slice(0, 300),
      });
    }
  }
  return out;
}

/** Whether a term is longer than another that is stated (life is longer than any number of months). */
const exceeds = (a: number | "life" | null, b: number | "life" | null) =>
  a !== null && b !== null && b !== "life" && (a === "life" || a > b);

const maxOf = (values: (number | "life" | null)[]): number | "life" | null => {
  if (values.includes("life")) return "life";
  const nums = values.filter((v): v is number => typeof v === "number");
  return nums.length ? Math.max(...nums) : null;
};

export function extractElements(text: string): LegalElements {
  const blocks = subsections(text);
  const penalties = penaltiesIn(blocks);
  const own = offenceWords(blocks);
  return {
    mentalElement: found(MENTAL, own),
    withoutRight: found(WITHOUT_RIGHT, own),
    result: found(RESULT, text),
    aggravations: found(AGGRAVATION, text),
    attempt: /\battempts?\b/i.test(text),
    penalties,
    maxImprisonmentMonths: {
      basic: maxOf(penalties.filter((p) => p.form === "basic").map((p) => p.imprisonmentMonths)),
      aggravated: maxOf(penalties.filter((p) => p.form === "aggravated").map((p) => p.imprisonmentMonths)),
    },
  };
}
