// The tagger against the gold set, leave-one-instrument-out: each instrument is tagged with an
// exemplar index built from the other instruments only, so the figure predicts how the tagger
// does on a law it has never seen.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseLaw } from "../parse/parse.js";
import { CORPUS_DIR, ExemplarIndex, type GoldFile, loadExemplars, readGold } from "../tag/exemplars.js";
import { tagLaw } from "../tag/tagger.js";
import { instrumentBootstrap, type Interval, type LabelledItem, score, type Scores } from "./metrics.js";

/**
 * Instruments held out from rule writing: the cue lists were refined while reading errors on the
 * other instruments only, so these figures also show how the hand-written rules generalise.
 */
export const HELD_OUT = ["tz-cybercrimes-act-2015", "zm-csca-2021", "gh-cybersecurity-act-2020", "pk-peca-2016", "coe-budapest-protocol1-2003"];

export interface Evaluation {
  items: LabelledItem[];
  overall: Scores;
  heldOut: Scores;
  development: Scores;
  perInstrument: { instrument: string; sections: number; scores: Scores }[];
  /** 95% intervals of micro and macro F1 over whole instruments drawn with replacement. */
  intervals: Record<"overall" | "heldOut" | "development", { micro: Interval; macro: Interval }>;
}

export function evaluate(gold: GoldFile[] = readGold(), corpusDir = CORPUS_DIR): Evaluation {
  const exemplars = loadExemplars(gold, corpusDir);
  const items: LabelledItem[] = [];
  const labels = new Map(gold.map((g) => [g.instrument, g]));
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
    const law = parseLaw(readFileSync(join(corpusDir, file), "utf8"), { file, requireFrontMatter: true });
    const instrument = law.meta!.id;
    const g = labels.get(instrument);
    if (!g) continue;
    const index = new ExemplarIndex(exemplars.filter((e) => e.instrument !== instrument));
    const tagged = tagLaw(law.provisions, { exemplars: index, instrument });
    const bySection = new Map(tagged.filter((t) => t.provision.eId === t.sectionEId).map((t) => [t.provision.num!, t]));
    for (const s of g.sections) {
      const t = bySection.get(s.section);
      items.push({
        id: `${instrument} ${t?.provision.citation ?? s.section}${s.heading ? ` (${s.heading})` : ""}`,
        instrument,
        gold: s.categories,
        predicted: t ? t.tags.map((x) => x.category) : [],
      });
    }
  }
  const instruments = [...new Set(items.map((i) => i.instrument))];
  const heldOut = items.filter((i) => HELD_OUT.includes(i.instrument));
  const development = items.filter((i) => !HELD_OUT.includes(i.instrument));
  return {
    items,
    overall: score(items),
    heldOut: score(heldOut),
    development: score(development),
    intervals: { overall: instrumentBootstrap(items), heldOut: instrumentBootstrap(heldOut), development: instrumentBootstrap(development) },
    perInstrument: instruments.map((instrument) => {
      const mine = items.filter((i) => i.instrument === instrument);
      return { instrument, sections: mine.length, scores: score(mine) };
    }),
  };
}
