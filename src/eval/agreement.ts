// How far two labellers agree: a second labeller's gold files, made from the same law texts and the
// same guide without seeing the first labels, scored against the repo's gold as if they were a
// tagger's output. Their agreement bounds what a measured figure can mean: where two careful people
// differ, neither label is "the" answer, and a tagger's score above their agreement says little.
import { InputError } from "../errors.js";
import { type GoldFile, loadExemplars } from "../tag/exemplars.js";
import { evaluate, HELD_OUT } from "./evaluate.js";
import { instrumentBootstrap, type Interval, type LabelledItem, score, type Scores } from "./metrics.js";

export interface Agreement extends SetAgreement {
  /**
   * The same figures for the development instruments and for those held out from rule writing
   * (`HELD_OUT`), apart: the held-out ones say how far the labels of the laws that measure the goal
   * can be trusted. `null` where no second labels fall in the set.
   */
  sets: Record<"development" | "heldOut", SetAgreement | null>;
  perInstrument: { instrument: string; sections: number; labellers: Scores; taggerVsGold: Scores; taggerVsSecond: Scores }[];
}

export interface SetAgreement {
  instruments: number;
  sections: number;
  /** The repo's gold is the reference: "false positive" is a label only the second labeller gave, "miss" one only the gold has. */
  labellers: Scores;
  interval: { micro: Interval; macro: Interval };
  /** The tagger (leave-one-instrument-out, as `npm run eval`) on the same sections, against each labeller. */
  taggerVsGold: Scores;
  taggerVsSecond: Scores;
}

/** Pairs each second label with the gold of the same section; both must list the same sections of the same instruments. */
export function pairLabels(gold: GoldFile[], second: GoldFile[]): (LabelledItem & { section: string })[] {
  const reference = new Map(gold.map((g) => [g.instrument, g]));
  return second.flatMap((s) => {
    const g = reference.get(s.instrument);
    if (!g) throw new InputError(`the second labels name an instrument the gold does not have: ${s.instrument}`, { field: "instrument" });
    const mine = s.sections.map((x) => x.section);
    const theirs = g.sections.map((x) => x.section);
    const extra = mine.filter((n) => !theirs.includes(n));
    const lacking = theirs.filter((n) => !mine.includes(n));
    if (extra.length || lacking.length) {
      const parts = [extra.length ? `label section(s) the gold lacks: ${extra.join(", ")}` : "", lacking.length ? `lack section(s) the gold labels: ${lacking.join(", ")}` : ""];
      throw new InputError(`the second labels of ${s.instrument} ${parts.filter(Boolean).join("; and ")}`, { field: "sections" });
    }
    const byNumber = new Map(g.sections.map((x) => [x.section, x]));
    return s.sections.map((x) => ({
      id: `${s.instrument} ${x.section}${x.heading ? ` (${x.heading})` : ""}`,
      instrument: s.instrument,
      section: x.section,
      gold: byNumber.get(x.section)!.categories,
      predicted: x.categories,
    }));
  });
}

/** Scores the second labels against the gold, and the tagger against both, on the sections the second labeller labelled. */
export function agreement(gold: GoldFile[], second: GoldFile[]): Agreement {
  const pairs = pairLabels(gold, second);
  if (pairs.length === 0) throw new InputError("the second labels label no section", { field: "sections" });
  const instruments = [...new Set(pairs.map((p) => p.instrument))];
  const labelled = gold.filter((g) => instruments.includes(g.instrument));
  // The tagger as `npm run eval` measures it: exemplars from the repo's whole gold, each instrument
  // compared with the others only. Its items come instrument by instrument in the gold's section order.
  const tagged = evaluate(labelled, undefined, [], loadExemplars(gold), []).items;
  const predicted = new Map<string, string[]>();
  for (const g of labelled) {
    const ofInstrument = tagged.filter((t) => t.instrument === g.instrument);
    g.sections.forEach((s, k) => predicted.set(`${g.instrument}\u0000${s.section}`, ofInstrument[k]!.predicted));
  }
  const taggerOn = (p: (typeof pairs)[number]) => predicted.get(`${p.instrument}\u0000${p.section}`)!;
  const vsGold = pairs.map((p) => ({ ...p, predicted: taggerOn(p) }));
  const vsSecond = pairs.map((p) => ({ ...p, gold: p.predicted, predicted: taggerOn(p) }));
  const mine = (items: LabelledItem[], instrument: string) => items.filter((i) => i.instrument === instrument);
  const figures = (inSet: (instrument: string) => boolean): SetAgreement | null => {
    const of = <T extends LabelledItem>(items: T[]) => items.filter((i) => inSet(i.instrument));
    const paired = of(pairs);
    if (paired.length === 0) return null;
    return {
      instruments: instruments.filter(inSet).length,
      sections: paired.length,
      labellers: score(paired),
      interval: instrumentBootstrap(paired),
      taggerVsGold: score(of(vsGold)),
      taggerVsSecond: score(of(vsSecond)),
    };
  };
  return {
    ...figures(() => true)!, // not null: there are pairs
    sets: { development: figures((i) => !HELD_OUT.includes(i)), heldOut: figures((i) => HELD_OUT.includes(i)) },
    perInstrument: instruments.map((instrument) => ({
      instrument,
      sections: mine(pairs, instrument).length,
      labellers: score(mine(pairs, instrument)),
      taggerVsGold: score(mine(vsGold, instrument)),
      taggerVsSecond: score(mine(vsSecond, instrument)),
    })),
  };
}
