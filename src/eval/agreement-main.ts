// `npm run -s eval:agreement`: how far a second labeller agrees with the repo's gold, and how the
// tagger scores against each of them on the same sections. `--second <dir>` reads another folder of
// second labels (default test/gold-second); `--json` prints the whole result.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { InputError } from "../errors.js";
import { REPO_ROOT } from "../paths.js";
import { readGold } from "../tag/exemplars.js";
import { agreement, type SetAgreement } from "./agreement.js";
import { pct, scoreLine as line, span } from "./print.js";

const program = new Command("eval:agreement")
  .option("--json", "print the whole result as JSON")
  .option("--second <dir>", "folder of the second labeller's gold YAML files", join(REPO_ROOT, "test/gold-second"))
  .parse();
const options = program.opts<{ json?: boolean; second: string }>();
if (!existsSync(options.second) || !readdirSync(options.second).some((f) => f.endsWith(".yaml"))) {
  program.error(`eval:agreement: --second ${options.second}: no gold YAML files there`);
}

const result = (() => {
  try {
    return agreement(readGold(), readGold(options.second));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return program.error(`eval:agreement: ${e.toString()}`);
  }
})();

if (options.json) {
  console.log(JSON.stringify(result, null, 1));
} else {
  console.log(`${result.instruments} instruments, ${result.sections} sections labelled twice (the gold is the reference: P is the share of the second labels the gold has too)`);
  const { development, heldOut } = result.sets;
  const blocks: [string, SetAgreement][] = development && heldOut
    ? [["all", result], ["development instruments", development], ["held out from rule writing", heldOut]]
    : [["all", result]];
  for (const [title, set] of blocks) {
    console.log(blocks.length > 1 ? `\n${title}: ${set.instruments} instruments, ${set.sections} sections` : "");
    console.log(line("second labeller vs gold", set.labellers));
    console.log(line("tagger vs gold", set.taggerVsGold));
    console.log(line("tagger vs second labeller", set.taggerVsSecond));
    console.log(`95% interval of the labellers' agreement, whole instruments drawn with replacement: micro F1 ${span(set.interval.micro)}   macro F1 ${span(set.interval.macro)}`);
  }
  console.log("\nper instrument: labellers, tagger vs gold, tagger vs second (micro F1)");
  for (const i of result.perInstrument) {
    console.log(`  ${`${i.instrument} (${i.sections})`.padEnd(32)} ${pct(i.labellers.micro.f1)}  ${pct(i.taggerVsGold.micro.f1)}  ${pct(i.taggerVsSecond.micro.f1)}`);
  }
  console.log("\nper category where the labellers differ                  both  gold only  second only");
  for (const c of result.labellers.categories.filter((c) => c.fp + c.fn > 0)) {
    console.log(`  ${c.category.padEnd(52)} ${String(c.tp).padStart(4)}  ${String(c.fn).padStart(9)}  ${String(c.fp).padStart(11)}`);
  }
  console.log(`\nlabels the two differ on (${result.labellers.errors.length})`);
  for (const e of result.labellers.errors) console.log(`  ${e.kind === "miss" ? "GOLD ONLY  " : "SECOND ONLY"} ${e.category.padEnd(28)} ${e.id}`);
}
