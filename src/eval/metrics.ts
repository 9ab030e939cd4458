// Scoring a multi-label tagger against gold labels: per-category precision, recall, F1 and
// support, micro and macro averages, and the list of wrong tags. Plain functions over plain data.

export interface LabelledItem {
  /** Where the item is, for the error list: "ke-cmca-2018 s. 14". */
  id: string;
  instrument: string;
  gold: string[];
  predicted: string[];
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
  const tp = categories.reduce((n, c) => n + c.tp, 0);
  const fp = categories.reduce((n, c) => n + c.fp, 0);
  const fn = categories.reduce((n, c) => n + c.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const supported = categories.filter((c) => c.support > 0);
  const macroF1 = ratio(supported.reduce((s, c) => s + c.f1, 0), supported.length);
  return { categories, micro: { precision, recall, f1: f1Of(precision, recall) }, macroF1, errors };
}
