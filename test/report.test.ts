// `cli report` on the corpus database: the same answers as the API, as tables, JSON and CSV.
import { describe, expect, inject, it } from "vitest";
import { runCli } from "./helpers.js";

const db = inject("corpusDb");
const report = (...args: string[]) => runCli(["--db", db, "report", ...args]);

describe("cli report", () => {
  it("prints Kenya's gap report as a table, marking suspended provisions", () => {
    const r = report("gaps", "KE");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Kenya \(KE\) against Budapest Convention/);
    expect(r.stdout).toMatch(/■ covered\s+cia\.illegal_access\s+s\. 14/);
    expect(r.stdout).toMatch(/s\. 53 \(suspended\)/);
  });

  it("says which section to read for a missing category the tagger may have missed", () => {
    expect(report("gaps", "UG").stdout).toMatch(/missing\s+proc\.realtime_traffic\s+but read s\. 31\n/);
  });

  it("prints JSON with --format json", () => {
    const r = report("gaps", "KE", "--format", "json", "--profile", "un2024");
    const body = JSON.parse(r.stdout);
    expect(body.profile.id).toBe("un2024");
    expect(body.jurisdiction.code).toBe("KE");
  });

  it("prints the matrix as CSV with a row per jurisdiction", () => {
    const lines = report("matrix", "--format", "csv", "--group", "cia").stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^code,name,cia\.illegal_access,/);
    expect(lines).toHaveLength(14);
  });

  it("prints the comparison with the alignment score", () => {
    const r = report("compare", "KE", "TZ");
    expect(r.stdout).toMatch(/alignment \(Jaccard over covered categories\): 0\.\d{3}/);
  });

  it("names a bad code or format", () => {
    expect(report("gaps", "XX").stderr).toMatch(/field `code`: no jurisdiction "XX"/);
    expect(report("gaps", "KE", "--format", "xml").stderr).toMatch(/field `--format`: expected one of text, json/);
  });
});
