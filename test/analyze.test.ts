// `cli analyze` on drafts that are not in the corpus, as a drafter would run it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DraftAnalysis } from "../src/analyze/draft.js";
import { runCli, tempDir } from "./helpers.js";

const DRAFT = `CYBERCRIME BILL, 2026

PART I – PRELIMINARY

1. Short title
This Act may be cited as the Cybercrime Act, 2026.

2. Interpretation
In this Act— “computer system” means any device or group of interconnected devices; “computer data” means any representation of facts suitable for processing in a computer system.

PART II – OFFENCES

3. Illegal access
(1) A person who intentionally and without right accesses the whole or any part of a computer system commits an offence and is liable on conviction to imprisonment for a term not exceeding three years or to a fine not exceeding one million shillings, or to both.
(2) Where the offence under subsection (1) is committed against a protected computer, the person is liable to imprisonment for a term not exceeding ten years.

4. Data interference
A person who intentionally damages, deletes, alters or suppresses computer data without authority commits an offence and is liable on conviction to imprisonment for a term not exceeding five years.
`;

describe("cli analyze", () => {
  const dir = tempDir();
  const file = join(dir, "draft.txt");
  writeFileSync(file, DRAFT);
  const run = runCli(["analyze", file, "--format", "json"]);

  it("prints the draft-check object for a file outside the corpus", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const a = JSON.parse(run.stdout) as DraftAnalysis;
    const s31 = a.provisions.find((p) => p.citation === "s. 3(1)")!;
    expect(s31).toMatchObject({ id: "sec_3__subsec_1", section: "3", role: "offence" });
    expect(s31.tags.map((t) => t.category)).toContain("cia.illegal_access");
    const s3 = a.provisions.find((p) => p.id === "sec_3")!;
    expect(s3.elements?.mentalElement).toContain("intentionally");
    expect(s3.elements?.withoutRight).toContain("without right");
    expect(s3.elements?.maxImprisonmentMonths).toEqual({ basic: 36, aggravated: 120 });
  });

  it("lists every taxonomy category in coverage, with what the draft misses", () => {
    const a = JSON.parse(run.stdout) as DraftAnalysis;
    const status = new Map(a.coverage.map((c) => [c.category, c]));
    expect(a.coverage.length).toBe(72);
    expect(status.get("cia.illegal_access")).toMatchObject({ status: "covered", provisions: ["sec_3"] });
    expect(status.get("cia.data_interference")?.status).toBe("covered");
    expect(status.get("def.terms")?.status).toBe("covered");
    expect(status.get("cia.illegal_interception")?.status).toBe("missing");
    expect(status.get("proc.preservation")?.status).toBe("missing");
  });

  it("points at the sections to read before trusting a \"missing\", and not at a definition", () => {
    // The order in s. 7 is a power, but no word of the section says so: the tagger does not give it
    // the category, and says where it saw the category's words.
    const candidates = join(dir, "orders.md");
    writeFileSync(
      candidates,
      `### 2. Interpretation

In this Act— “traffic data” means any computer data relating to a communication that indicates its origin, destination, route, time, date, size or duration; “real-time collection” means the collection of traffic data in real time.

### 7. Orders of a magistrate

A magistrate may, on the application of a police officer, order a person in control of a computer system to collect traffic data in real time for a period not exceeding seven days.
`,
    );
    const json = runCli(["analyze", candidates, "--format", "json"]);
    const a = JSON.parse(json.stdout) as DraftAnalysis;
    expect(a.coverage.find((c) => c.category === "proc.realtime_traffic")).toMatchObject({ status: "missing", candidates: ["sec_7"] });
    const [candidate] = a.provisions.find((p) => p.id === "sec_7")!.candidates;
    expect(candidate).toMatchObject({ category: "proc.realtime_traffic", reason: "role" });
    expect(candidate!.evidence.matched.map((m) => m.words)).toContain("traffic data in real time");
    // The definition holds the same words and defines them; it creates nothing a law could lack.
    expect(a.provisions.find((p) => p.id === "sec_2")!.candidates).toEqual([]);
    expect(a.coverage.filter((c) => c.status !== "missing").every((c) => c.candidates.length === 0)).toBe(true);
    expect(runCli(["analyze", candidates]).stdout).toMatch(/missing\s+proc\.realtime_traffic\s+but read s\. 7/);
  });

  it("refuses a format it does not print, as report does", () => {
    const r = runCli(["analyze", file, "--format", "csv"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/field `--format`: expected one of text, json/);
    expect(r.stdout).toBe("");
  });

  it("names the file when it cannot read it", () => {
    const r = runCli(["analyze", join(dir, "missing.md")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/missing\.md: no such file/);
  });
});
