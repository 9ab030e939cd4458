// The tagger against the gold set, leave-one-instrument-out: each instrument is tagged with an
// exemplar index built from the other instruments only, so the figure predicts how the tagger
// does on a law it has never seen.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseLaw } from "../parse/parse.js";
import { InputError } from "../errors.js";
import { CORPUS_DIR, type Exemplar, ExemplarIndex, type GoldFile, loadExemplars, readGold } from "../tag/exemplars.js";
import { extractElements } from "../tag/elements.js";
import { tagLaw } from "../tag/tagger.js";
import { GROUP_OF, GROUPS } from "../taxonomy/taxonomy.js";
import { type ElementGoldFile, type ElementItem, type ElementScores, readElementGold, scoreElements } from "./elements.js";
import { instrumentBootstrap, type Interval, type LabelledItem, missingReport, perLaw, pooled, score, type Scores } from "./metrics.js";

/**
 * Instruments held out from rule writing: the cue lists and the element patterns were refined while
 * reading errors on the other instruments only, so these figures also show how the hand-written
 * rules generalise.
 */
export const HELD_OUT = ["tz-cybercrimes-act-2015", "zm-csca-2021", "gh-cybersecurity-act-2020", "pk-peca-2016", "coe-budapest-protocol1-2003"];

export interface Evaluation {
  items: LabelledItem[];
  overall: Scores;
  heldOut: Scores;
  development: Scores;
  perInstrument: { instrument: string; sections: number; scores: Scores }[];
  /**
   * Each taxonomy group's categories scored as one, held out and development apart: which kinds of
   * tag carry to unseen laws; per section, and per law (`law`: a category found in some section of
   * the instrument, as a gap report counts it).
   */
  perGroup: { group: string; title: string; heldOut: GroupScore; development: GroupScore; law: { heldOut: GroupScore; development: GroupScore } }[];
  /** 95% intervals of micro and macro F1 over whole instruments drawn with replacement. */
  intervals: Record<"overall" | "heldOut" | "development", { micro: Interval; macro: Interval }>;
  /** Categories a gap report would call missing although the law has them, and whether the candidates point at them. */
  missing: Record<"heldOut" | "development", ReturnType<typeof missingReport>>;
  /** The legal-element extractor on the hand-labelled offence sections (test/gold-elements). */
  elements: { items: ElementItem[]; overall: ElementScores; heldOut: ElementScores; development: ElementScores };
}

export type GroupScore = ReturnType<typeof pooled>;

/**
 * `exemplars` defaults to the gold's own sections (each instrument then compared with the others
 * only); laws from outside the corpus are compared with the repo's, as the shipped tagger does.
 * `heldOutIds` names the instruments scored as unseen.
 */
export function evaluate(
  gold: GoldFile[] = readGold(),
  corpusDir = CORPUS_DIR,
  elementGold: ElementGoldFile[] = readElementGold(),
  exemplars: Exemplar[] = loadExemplars(gold, corpusDir),
  heldOutIds: string[] = HELD_OUT,
): Evaluation {
  const items: LabelledItem[] = [];
  const elementItems: ElementItem[] = [];
  const labels = new Map(gold.map((g) => [g.instrument, g]));
  const elementLabels = new Map(elementGold.map((g) => [g.instrument, g]));
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
    const law = parseLaw(readFileSync(join(corpusDir, file), "utf8"), { file, requireFrontMatter: true });
    const instrument = law.meta!.id;
    const g = labels.get(instrument);
    if (!g) continue;
    const index = new ExemplarIndex(exemplars.filter((e) => e.instrument !== instrument));
    const tagged = tagLaw(law.provisions, { exemplars: index, instrument });
    const bySection = new Map(tagged.filter((t) => t.provision.eId === t.sectionEId).map((t) => [t.provision.num!, t]));
    const where = (citation: string, heading?: string) => `${instrument} ${citation}${heading ? ` (${heading})` : ""}`;
    // A section the parse lacks would score as tagged with nothing: a parser failure is not a tagger's miss.
    const unparsed = g.sections.map((s) => s.section).filter((n) => !bySection.has(n));
    if (unparsed.length) {
      const named = unparsed.slice(0, 5).join(", ") + (unparsed.length > 5 ? ` and ${unparsed.length - 5} more` : "");
      throw new InputError(`the gold of ${instrument} labels ${unparsed.length} section(s) the parser did not find: ${named}`, { file, field: "section" });
    }
    for (const s of g.sections) {
      const t = bySection.get(s.section)!;
      items.push({
        id: where(t.provision.citation, s.heading),
        instrument,
        gold: s.categories,
        predicted: t.tags.map((x) => x.category),
        candidates: t.candidates.map((x) => x.category),
      });
    }
    for (const s of elementLabels.get(instrument)?.sections ?? []) {
      const t = bySection.get(s.section);
      if (!t) throw new Error(`test/gold-elements: ${instrument} has no section "${s.section}"`);
      elementItems.push({
        id: where(t.provision.citation, s.heading),
        instrument,
        gold: s,
        extracted: extractElements(t.provision.fullText),
        offenceRole: tagged.some((u) => u.sectionEId === t.sectionEId && u.role === "offence"),
      });
    }
  }
  const instruments = [...new Set(items.map((i) => i.instrument))];
  const isHeldOut = (i: { instrument: string }) => heldOutIds.includes(i.instrument);
  const heldOutItems = items.filter(isHeldOut);
  const developmentItems = items.filter((i) => !isHeldOut(i));
  const heldOut = score(heldOutItems);
  const development = score(developmentItems);
  const heldOutLaws = score(perLaw(heldOutItems));
  const developmentLaws = score(perLaw(developmentItems));
  const inGroup = (scores: Scores, group: string) => pooled(scores.categories.filter((c) => GROUP_OF.get(c.category) === group));
  return {
    items,
    overall: score(items),
    heldOut,
    development,
    perGroup: GROUPS.map((g) => ({
      group: g.id,
      title: g.title,
      heldOut: inGroup(heldOut, g.id),
      development: inGroup(development, g.id),
      law: { heldOut: inGroup(heldOutLaws, g.id), development: inGroup(developmentLaws, g.id) },
    })),
    missing: { heldOut: missingReport(heldOutItems), development: missingReport(developmentItems) },
    intervals: {
      overall: instrumentBootstrap(items),
      heldOut: instrumentBootstrap(heldOutItems),
      development: instrumentBootstrap(developmentItems),
    },
    elements: {
      items: elementItems,
      overall: scoreElements(elementItems),
      heldOut: scoreElements(elementItems.filter(isHeldOut)),
      development: scoreElements(elementItems.filter((i) => !isHeldOut(i))),
    },
    perInstrument: instruments.map((instrument) => {
      const mine = items.filter((i) => i.instrument === instrument);
      return { instrument, sections: mine.length, scores: score(mine) };
    }),
  };
}
