// Two labellers' agreement (npm run -s eval:agreement): the pairing and scoring on a hand-made case,
// then the second labels kept in test/gold-second against the repo's gold.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreement, pairLabels } from "../src/eval/agreement.js";
import { evaluate, HELD_OUT } from "../src/eval/evaluate.js";
import { type GoldFile, readGold } from "../src/tag/exemplars.js";
import { ROOT, tempDir } from "./helpers.js";

const SECOND = join(ROOT, "test/gold-second");
const law = (instrument: string, labels: Record<string, string[]>): GoldFile => ({
  instrument,
  sections: Object.entries(labels).map(([section, categories]) => ({ section, categories })),
});

describe("pairing a second labeller's labels with the gold", () => {
  it("scores the second labels as a tagger's output, the gold the reference", () => {
    const gold = [law("x", { "1": [], "2": ["cia.illegal_access"], "3": ["comp.fraud", "comp.forgery"] })];
    const second = [law("x", { "1": [], "2": ["cia.illegal_access", "cia.data_espionage"], "3": ["comp.fraud"] })];
    const pairs = pairLabels(gold, second);
    expect(pairs.map((p) => [p.section, p.gold, p.predicted])).toEqual([
      ["1", [], []],
      ["2", ["cia.illegal_access"], ["cia.illegal_access", "cia.data_espionage"]],
      ["3", ["comp.fraud", "comp.forgery"], ["comp.fraud"]],
    ]);
  });

  it("names an instrument the gold lacks, and the sections either side lacks", () => {
    const gold = [law("x", { "1": [], "2": [] })];
    expect(() => pairLabels(gold, [law("y", { "1": [] })])).toThrow("the second labels name an instrument the gold does not have: y");
    expect(() => pairLabels(gold, [law("x", { "1": [], "2A": [] })])).toThrow("the second labels of x label section(s) the gold lacks: 2A; and lack section(s) the gold labels: 2");
  });
});

describe("the second labels of test/gold-second", () => {
  const gold = readGold();
  const second = readGold(SECOND);

  it("label every section of each instrument they take, and the tagger scores as npm run eval has it", () => {
    const result = agreement(gold, second);
    const evaluation = evaluate();
    expect(result.perInstrument.map((i) => i.instrument)).toEqual(second.map((s) => s.instrument));
    // The development and held-out figures split the same sections.
    const heldOut = second.filter((s) => HELD_OUT.includes(s.instrument));
    expect(result.sets.heldOut?.instruments ?? 0).toBe(heldOut.length);
    expect((result.sets.development?.sections ?? 0) + (result.sets.heldOut?.sections ?? 0)).toBe(result.sections);
    for (const i of result.perInstrument) {
      expect(i.sections, i.instrument).toBe(gold.find((g) => g.instrument === i.instrument)!.sections.length);
      // Paired by section, the tagger's figures against the gold are the eval's own for that instrument.
      expect(i.taggerVsGold.micro, i.instrument).toEqual(evaluation.perInstrument.find((e) => e.instrument === i.instrument)!.scores.micro);
    }
    // The labellers' counts are the labels both files give the same section, and those only one gives.
    const labels = (files: GoldFile[]) => new Set(files.flatMap((f) => f.sections.flatMap((s) => s.categories.map((c) => `${f.instrument} ${s.section} ${c}`))));
    const first = labels(gold.filter((g) => second.some((s) => s.instrument === g.instrument)));
    const other = labels(second);
    const counts = result.labellers.categories.reduce((n, c) => ({ tp: n.tp + c.tp, fp: n.fp + c.fp, fn: n.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    expect(counts).toEqual({ tp: [...other].filter((l) => first.has(l)).length, fp: [...other].filter((l) => !first.has(l)).length, fn: [...first].filter((l) => !other.has(l)).length });
  }, 120_000);

  it("prints the agreement from the command line, and names a folder with no gold files", () => {
    const run = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/eval/agreement-main.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
    const dir = tempDir();
    // A development instrument relabelled (s. 3 of Malaysia's Act, unauthorised access, as fraud) and
    // a held-out one labelled as the gold has it: the held-out block agrees fully, the development one not.
    const my = gold.find((g) => g.instrument === "my-cca-1997")!;
    const relabelled = { ...my, sections: my.sections.map((s) => (s.section === "3" ? { ...s, categories: ["comp.fraud"] } : s)) };
    writeFileSync(join(dir, "my.yaml"), JSON.stringify(relabelled)); // JSON is YAML
    writeFileSync(join(dir, "protocol.yaml"), JSON.stringify(gold.find((g) => g.instrument === "coe-budapest-protocol1-2003")));
    const ok = run(["--second", dir]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("2 instruments, 28 sections labelled twice");
    const block = (title: string) => ok.stdout.split(`\n${title}: `)[1]!.split("\n").slice(0, 2).join("\n");
    expect(block("development instruments")).toMatch(/^1 instruments, 12 sections\nsecond labeller vs gold +micro P +\d+\.\d  R +\d+\.\d  F1  9\d\.\d/);
    expect(block("held out from rule writing")).toMatch(/^1 instruments, 16 sections\nsecond labeller vs gold +micro P 100\.0  R 100\.0  F1 100\.0/);
    expect(ok.stdout).toMatch(/SECOND ONLY comp\.fraud\s+my-cca-1997 3 /);
    expect(ok.stdout).toMatch(/GOLD ONLY\s+cia\.illegal_access\s+my-cca-1997 3 /);
    const missing = run(["--second", join(dir, "nowhere")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`--second ${join(dir, "nowhere")}: no gold YAML files there`);
  }, 120_000);
});
