// `npm run eval`: the tagger's measured accuracy on the gold set (section level,
// leave-one-instrument-out). `--json` prints the whole evaluation as JSON instead of tables;
// `--gold <dir>` scores against another set of gold files (an earlier revision, your own labels);
// `--write-measured` writes the held-out figures per group that reports show (src/eval/measured.json).
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { InputError } from "../errors.js";
import { GOLD_DIR, loadExemplars, readGold } from "../tag/exemplars.js";
import { TAGGER_VERSION } from "../tag/tagger.js";
import { evaluate, type GroupScore, HELD_OUT } from "./evaluate.js";
import { MEASURED_PATH, measuredOf } from "./measured.js";
import { pct, scoreLine as line, span } from "./print.js";

const program = new Command("eval")
  .option("--json", "print the whole evaluation as JSON")
  .option("--gold <dir>", "folder of gold YAML files", GOLD_DIR)
  .option("--write-measured", "also write the held-out figures per group to src/eval/measured.json (the gold of the repo only)")
  .option("--corpus <dir>", "score laws from outside the corpus (markdown with front matter, labelled in --gold): the tagger as shipped, every law held out")
  .parse();
const options = program.opts<{ json?: boolean; gold: string; writeMeasured?: boolean; corpus?: string }>();
if (options.writeMeasured && (options.gold !== GOLD_DIR || options.corpus)) program.error("eval: --write-measured measures against the repo's gold only; drop --gold and --corpus");
if (options.corpus && options.gold === GOLD_DIR) program.error("eval: --corpus needs --gold, the labels of those laws");
if (options.corpus && (!existsSync(options.corpus) || !readdirSync(options.corpus).some((f) => f.endsWith(".md")))) {
  program.error(`eval: --corpus ${options.corpus}: no markdown files there`);
}
if (!existsSync(options.gold) || !readdirSync(options.gold).some((f) => f.endsWith(".yaml"))) {
  program.error(`eval: --gold ${options.gold}: no gold YAML files there`);
}

// Laws from outside the corpus are all unseen, and are compared with the repo's labelled sections.
// A law that does not parse, or gold that names sections the parse lacks or a category the taxonomy
// lacks, is named, not a stack trace.
const result = (() => {
  try {
    const gold = readGold(options.gold);
    return options.corpus ? evaluate(gold, options.corpus, [], loadExemplars(), gold.map((g) => g.instrument)) : evaluate(gold);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return program.error(`eval: ${e.toString()}`);
  }
})();
if (options.writeMeasured) writeFileSync(MEASURED_PATH, `${JSON.stringify(measuredOf(result, TAGGER_VERSION, HELD_OUT), null, 2)}\n`);

if (options.json) {
  console.log(JSON.stringify({ taggerVersion: TAGGER_VERSION, ...result }, null, 1));
} else {
  const how = options.corpus ? "laws outside the corpus, compared with the repo's labelled sections" : "leave-one-instrument-out";
  console.log(`tagger ${TAGGER_VERSION}: ${result.items.length} gold sections, ${result.perInstrument.length} instruments, section level, ${how}\n`);
  // Laws from outside the corpus are one group (all of them "held out" of the exemplars): one line.
  const rows: (readonly [string, "overall" | "heldOut" | "development"])[] = options.corpus
    ? [["laws outside the corpus", "overall"]]
    : [["all instruments", "overall"], ["held out from rule writing", "heldOut"], ["development instruments", "development"]];
  for (const [label, key] of rows) console.log(line(label, result[key]));
  console.log(options.corpus ? "" : `(held out: ${HELD_OUT.join(", ")})\n`);
  console.log("95% intervals, whole instruments drawn with replacement (2000 draws)");
  for (const [label, key] of rows) {
    const { micro, macro } = result.intervals[key];
    console.log(`${label.padEnd(34)} micro F1 ${span(micro)}   macro F1 ${span(macro)}`);
  }
  console.log("");
  console.log("per instrument");
  for (const i of result.perInstrument) console.log(line(`  ${i.instrument} (${i.sections})`, i.scores));
  console.log("\nper category                        P      R     F1  support  tp  fp  fn");
  for (const c of result.overall.categories) {
    console.log(`  ${c.category.padEnd(30)} ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${String(c.support).padStart(5)}  ${[c.tp, c.fp, c.fn].map((n) => String(n).padStart(3)).join(" ")}`);
  }
  // Laws from outside the corpus are all held out: a development column would print zeros.
  const sides = options.corpus ? (["heldOut"] as const) : (["heldOut", "development"] as const);
  const sideTitle = { heldOut: options.corpus ? "laws outside the corpus" : "held out", development: "development" };
  const cells = (x: GroupScore) => `${pct(x.precision)}  ${pct(x.recall)}  ${pct(x.f1)}  ${String(x.support).padStart(7)}`;
  const groupTable = (title: string, pick: (g: (typeof result.perGroup)[number]) => Record<(typeof sides)[number], GroupScore>) => {
    console.log(`\n${title}`);
    console.log(`  ${"".padEnd(36)} ${sides.map((side) => sideTitle[side].padEnd(29)).join("      ")}`.trimEnd());
    console.log(`  ${"".padEnd(36)} ${sides.map(() => "    P      R     F1  support").join("      ")}`);
    for (const g of result.perGroup) console.log(`  ${`${g.group} (${g.title})`.slice(0, 36).padEnd(36)} ${sides.map((side) => cells(pick(g)[side])).join("      ")}`);
  };
  groupTable("per category group", (g) => g);
  groupTable("per category group, per law (a category in some section, as a gap report counts it)", (g) => g.law);
  console.log("\ncategories a gap report calls missing although the law has them (per instrument, summed)");
  for (const side of sides) {
    const m = result.missing[side];
    console.log(`  ${sideTitle[side].padEnd(12)} ${String(m.wronglyMissing).padStart(3)} wrongly missing, ${String(m.pointedAt).padStart(3)} of them pointed at by a candidate; ${m.falseLeads} candidates lead to a category the law lacks`);
  }
  const { elements } = result;
  // Laws from outside the corpus have no element labels: nothing to score.
  if (elements.overall.sections > 0) {
    console.log(`\nlegal elements: ${elements.overall.sections} hand-labelled offence sections (test/gold-elements), share read right`);
    console.log(`  ${"".padEnd(28)} all   held out   development`);
    elements.overall.fields.forEach((f, i) => {
      const cells = [f, elements.heldOut.fields[i]!, elements.development.fields[i]!].map((x) => pct(x.accuracy));
      console.log(`  ${f.field.padEnd(28)} ${cells[0]}   ${cells[1]}      ${cells[2]}`);
    });
  }
  console.log(`\nwrong tags (${result.overall.errors.length})`);
  for (const e of result.overall.errors) console.log(`  ${e.kind === "miss" ? "MISS" : "FP  "} ${e.category.padEnd(28)} ${e.id}`);
  console.log(`\nwrong elements (${elements.overall.errors.length})`);
  for (const e of elements.overall.errors) console.log(`  ${e.field.padEnd(26)} gold ${String(e.gold).padEnd(6)} read ${String(e.found).padEnd(6)} ${e.id}`);
}
