// Scoring the legal-element extractor against hand labels (test/gold-elements): for each labelled
// offence section, whether it found a mental element and "without right" wording when the law
// states one, and whether it read the maximum imprisonment and fine the section sets. Plain
// functions over plain data; `evaluate` supplies the items.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../paths.js";
import type { LegalElements } from "../tag/elements.js";

type Months = number | "life" | null;

export interface ElementGoldSection {
  section: string;
  heading?: string;
  mental: boolean;
  without_right: boolean;
  imprisonment: { basic: Months; aggravated: Months };
  fine: { basic: number | null; unit: string | null };
  note?: string;
}

export interface ElementGoldFile {
  instrument: string;
  sections: ElementGoldSection[];
}

const ELEMENTS_GOLD_DIR = join(REPO_ROOT, "test/gold-elements");

export function readElementGold(dir = ELEMENTS_GOLD_DIR): ElementGoldFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => parseYaml(readFileSync(join(dir, f), "utf8")) as ElementGoldFile);
}

export interface ElementItem {
  /** "ke-cmca-2018 s. 14 (Unauthorised access)". */
  id: string;
  instrument: string;
  gold: ElementGoldSection;
  extracted: LegalElements;
  /** Whether the tagger gave the section, or a unit of it, the offence role (elements are kept only there). */
  offenceRole: boolean;
}

/** One thing compared: the value the gold label gives and the value the extraction gives. */
interface Comparison {
  field: string;
  gold: (g: ElementGoldSection) => unknown;
  found: (i: ElementItem) => unknown;
}

const ELEMENT_FIELDS: Comparison[] = [
  { field: "offence role", gold: () => true, found: (i) => i.offenceRole },
  { field: "mental element", gold: (g) => g.mental, found: (i) => i.extracted.mentalElement.length > 0 },
  { field: "without right", gold: (g) => g.without_right, found: (i) => i.extracted.withoutRight.length > 0 },
  { field: "imprisonment, basic", gold: (g) => g.imprisonment.basic, found: (i) => i.extracted.maxImprisonmentMonths.basic },
  { field: "imprisonment, aggravated", gold: (g) => g.imprisonment.aggravated, found: (i) => i.extracted.maxImprisonmentMonths.aggravated },
  {
    field: "fine, basic",
    gold: (g) => g.fine.basic,
    found: (i) => {
      const amounts = i.extracted.penalties.flatMap((p) => (p.form === "basic" && p.fine?.amount != null ? [p.fine.amount] : []));
      return amounts.length ? Math.max(...amounts) : null;
    },
  },
];

export interface ElementScores {
  sections: number;
  fields: { field: string; right: number; accuracy: number }[];
  errors: { id: string; field: string; gold: unknown; found: unknown }[];
}

export function scoreElements(items: ElementItem[]): ElementScores {
  const errors: ElementScores["errors"] = [];
  const fields = ELEMENT_FIELDS.map(({ field, gold, found }) => {
    let right = 0;
    for (const item of items) {
      const [g, f] = [gold(item.gold), found(item)];
      if (g === f) right++;
      else errors.push({ id: item.id, field, gold: g, found: f });
    }
    return { field, right, accuracy: items.length ? right / items.length : 0 };
  });
  return { sections: items.length, fields, errors };
}
