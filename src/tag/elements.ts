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

const MENTAL = [
  "intentionally", "intentional", "wilfully", "willfully", "knowingly", "knowing", "recklessly", "reckless",
  "fraudulently", "dishonestly", "maliciously", "corruptly", "with intent to", "with the intent", "with intent that",
  "with dishonest intention", "with fraudulent or dishonest intent", "purposely", "deliberately", "negligently",
];
const WITHOUT_RIGHT = [
  "without right", "without authority", "without authorisation", "without authorization", "unauthorised",
  "unauthorized", "without lawful excuse", "without lawful authority", "without permission", "in excess of authority",
  "exceeds authorized access", "exceeding authorized access", "unlawfully", "without consent", "not entitled",
  "without legal authority", "without justification", "illegally",
];
const RESULT = [
  "serious hindering", "serious harm", "damage", "loss", "hindering", "impairs", "impair", "resulting in",
  "endanger", "death", "bodily injury",
];
const AGGRAVATION = [
  "protected computer", "critical information infrastructure", "critical infrastructure", "critical national",
  "further offence", "second or subsequent", "subsequent conviction", "aggravat", "results in death",
  "serious bodily injury", "national security", "government", "terrorist", "organised criminal", "minor", "child",
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, a: 1, an: 1,
};

/** "five million", "twenty-five", "50,000", "1.5 million" → a number. */
export function parseAmount(words: string): number | null {
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

const NUM = String.raw`(?:\d[\d,]*(?:\.\d+)?|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|and|[- ])+)`;
const TERM = new RegExp(
  String.raw`(?:imprisonment|penal servitude|imprisoned|prison|prisión mayor|prision mayor)[^.;]{0,80}?(?:not (?:exceeding|more than)|which may extend to|up to|of|for|maximum of)\s+(${NUM})\s*\(?\d*\)?\s*(years?|months?)`,
  "gi",
);
const LIFE = /imprisonment for life|life imprisonment/i;
const FINE = new RegExp(
  String.raw`fine[^.;]{0,40}?(?:not (?:exceeding|more than|less than)|which may extend to|up to|of)\s+((?:[A-Z]{1,3}\$?|\$|K|Rs\.?|₱|£|€|Sh\.?)?\s*${NUM})\s*(penalty units|currency points|fine units|shillings|rupees|pesos|ringgit|dollars|kwacha|cedis|units)?`,
  "gi",
);

function found(list: string[], text: string): string[] {
  const lower = text.toLowerCase();
  return list.filter((w) => new RegExp(String.raw`\b${w.replace(/ /g, "\\s+")}`, "i").test(lower));
}

function penaltiesIn(text: string): Penalty[] {
  const out: Penalty[] = [];
  // Each penalty clause is a sentence or a limb ("; or"); the first is the basic form.
  const clauses = text.split(/(?<=[.;])\s+/);
  for (const clause of clauses) {
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
    const fine = fines[0];
    const aggravated = out.length > 0 || /second or subsequent|subsequent conviction|aggravat|where the offence|if the offence|results? in/i.test(clause);
    out.push({
      form: aggravated ? "aggravated" : "basic",
      imprisonmentMonths: life ? "life" : months.length ? Math.max(...months) : null,
      fine: fine
        ? {
            amount: parseAmount(fine[1]!.replace(/^[^\d\w]*(?:[A-Z]{1,3}\$?|\$|K|Rs\.?|₱|£|€|Sh\.?)\s*/, "")),
            unit: (fine[2] ?? fine[1]!.match(/^(?:[A-Z]{1,3}\$?|\$|K|Rs\.?|₱|£|€|Sh\.?)/)?.[0] ?? "unspecified").trim(),
            words: fine[0],
          }
        : null,
      words: clause.slice(0, 300),
    });
  }
  return out;
}

const maxOf = (values: (number | "life" | null)[]): number | "life" | null => {
  if (values.includes("life")) return "life";
  const nums = values.filter((v): v is number => typeof v === "number");
  return nums.length ? Math.max(...nums) : null;
};

export function extractElements(text: string): LegalElements {
  const penalties = penaltiesIn(text);
  return {
    mentalElement: found(MENTAL, text),
    withoutRight: found(WITHOUT_RIGHT, text),
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
