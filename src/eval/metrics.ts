// Scoring a multi-label tagger against gold labels: per-category precision, recall, F1 and
// support, micro and macro averages, and the list of wrong tags. Plain functions over plain data.

export interface LabelledItem {
  /** Where the item is, for the error list: "ke-cmca-2018 s. 14". */
  id: string;
  instrument: string;
  gold: string[];
  predicted: string[];
  /** Categories whose cues the item carries but that were not predicted (the tagger's candidates). */
  candidates?: string[];
}

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Items whose gold labels include the category. */
  support: number;
}

export interface Scores {
  categories: CategoryScore[];
  micro: { precision: number; recall: number; f1: number };
  /** Mean F1 over the categories that occur in the gold labels. */
  macroF1: number;
  errors: { id: string; category: string; kind: "false positive" | "miss" }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function score(items: LabelledItem[]): Scores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const errors: Scores["errors"] = [];
  const at = (c: string) => counts.get(c) ?? (counts.set(c, { tp: 0, fp: 0, fn: 0 }), counts.get(c)!);
  for (const item of items) {
    const gold = new Set(item.gold);
    const predicted = new Set(item.predicted);
    for (const c of predicted) {
      if (gold.has(c)) at(c).tp++;
      else {
        at(c).fp++;
        errors.push({ id: item.id, category: c, kind: "false positive" });
      }
    }
    for (const c of gold) {
      if (!predicted.has(c)) {
        at(c).fn++;
        errors.push({ id: item.id, category: c, kind: "miss" });
      }
    }
  }
  const categories = [...counts]
    .map(([category, { tp, fp, fn }]) => {
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      return { category, tp, fp, fn, precision, recall, f1: f1Of(precision, recall), support: tp + fn };
    })
    .sort((a, b) => a.category.localeCompare(b.category));
  const { precision, recall, f1 } = pooled(categories);
  const supported = categories.filter((c) => c.support > 0);
  const macroF1 = ratio(supported.reduce((s, c) => s + c.f1, 0), supported.length);
  return { categories, micro: { precision, recall, f1 }, macroF1, errors };
}

/** Several categories' counts added up and scored as one (the micro average over them). */
export function pooled(categories: Pick<CategoryScore, "tp" | "fp" | "fn">[]): { precision: number; recall: number; f1: number; support: number } {
  const tp = categories.reduce((n, c) => n + c.tp, 0);
  const fp = categories.reduce((n, c) => n + c.fp, 0);
  const fn = categories.reduce((n, c) => n + c.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: f1Of(precision, recall), support: tp + fn };
}

export interface Interval {
  low: number;
  high: number;
}

/** A small seeded generator (mulberry32), so that the same items always give the same interval. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 95% percentile intervals of micro and macro F1, drawing whole instruments with replacement: the
 * sections of one law share its drafting style, so a law, not a section, is the unit that varies
 * when the tagger meets a new one. With few instruments the interval is wide, as it should be.
 */
export function instrumentBootstrap(items: LabelledItem[], draws = 2000, seed = 1): { micro: Interval; macro: Interval } {
  const byInstrument = new Map<string, LabelledItem[]>();
  for (const item of items) {
    const mine = byInstrument.get(item.instrument);
    if (mine) mine.push(item);
    else byInstrument.set(item.instrument, [item]);
  }
  const groups = [...byInstrument.values()];
  const random = seeded(seed);
  const micro: number[] = [];
  const macro: number[] = [];
  for (let d = 0; d < draws; d++) {
    const sample = groups.flatMap(() => groups[Math.floor(random() * groups.length)]!);
    const s = score(sample);
    micro.push(s.micro.f1);
    macro.push(s.macroF1);
  }
  const interval = (values: number[]): Interval => {
    const sorted = [...values].sort((a, b) => a - b);
    return { low: sorted[Math.floor(0.025 * (draws - 1))]!, high: sorted[Math.ceil(0.975 * (draws - 1))]! };
  };
  return { micro: interval(micro), macro: interval(macro) };
}

/**
 * Each instrument's items pooled into one: what a gap report says of a law (a category in some
 * section, or in none), with the candidates of categories no section was given.
 */
export function perLaw(items: LabelledItem[]): LabelledItem[] {
  return [...new Set(items.map((i) => i.instrument))].map((instrument) => {
    const mine = items.filter((i) => i.instrument === instrument);
    const predicted = [...new Set(mine.flatMap((i) => i.predicted))];
    const candidates = [...new Set(mine.flatMap((i) => i.candidates ?? []))].filter((c) => !predicted.includes(c));
    return { id: instrument, instrument, gold: [...new Set(mine.flatMap((i) => i.gold))], predicted, candidates };
  });
}

/**
 * What a reader of a gap report meets: per instrument, the categories reported missing although
 * the law has them, how many of those the candidates point at, and how many categories the
 * candidates point at that the law does not have (leads to nowhere). Summed over instruments.
 */
export function missingReport(items: LabelledItem[]): { wronglyMissing: number; pointedAt: number; falseLeads: number } {
  const out = { wronglyMissing: 0, pointedAt: 0, falseLeads: 0 };
  for (const law of perLaw(items)) {
    const leads = new Set(law.candidates);
    for (const c of law.gold) {
      if (law.predicted.includes(c)) continue;
      out.wronglyMissing++;
      if (leads.has(c)) out.pointedAt++;
    }
    for (const c of leads) if (!law.gold.includes(c)) out.falseLeads++;
  }
  return out;
}
