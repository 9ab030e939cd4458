// `cli report` on the corpus database: the same answers as the API, as tables, JSON and CSV.
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { accuracyOf } from "../src/eval/measured.js";
import { describe, expect, inject, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const db = inject("corpusDb");
const report = (...args: string[]) => runCli(["--db", db, "report", ...args]);

describe("cli report", () => {
  it("prints Kenya's gap report as a table, marking suspended provisions", () => {
    const r = report("gaps", "KE");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Kenya \(KE\) against Budapest Convention/);
    expect(r.stdout).toMatch(/■ covered\s+cia\.illegal_access\s+s\. 14/);
    expect(r.stdout).toMatch(/s\. 53 \(suspended\)  but read s\. \d+/);
  });

  it("says which section to read for a missing category the tagger may have missed", () => {
    expect(report("gaps", "UG").stdout).toMatch(/missing\s+proc\.realtime_traffic\s+but read s\. 31\n/);
  });

  it("ends with how far its missing verdicts can be trusted, from the tagger's held-out recall", () => {
    const proc = accuracyOf("proc.realtime_traffic")!;
    const last = report("gaps", "UG").stdout.trim().split("\n").pop()!;
    expect(last).toMatch(/^A "missing" rests on the tagger: in the laws held out from its rules it found .* categories those laws have/);
    expect(last).toContain(`proc ${Math.round(proc.recall * 100)}% of ${proc.support}`);
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

  it("says, in the comparison, which sections of a missing side to read (Uganda's real-time collection)", () => {
    expect(report("compare", "KE", "UG").stdout).toMatch(/\nproc\.realtime_traffic\s+covered\s+missing\s+read UG s\. 31\n/);
  });

  it("names a bad code or format", () => {
    expect(report("gaps", "XX").stderr).toMatch(/field `code`: no jurisdiction "XX"/);
    expect(report("gaps", "KE", "--format", "xml").stderr).toMatch(/field `--format`: expected one of text, json/);
  });

  it("names a store an older version wrote, and the command that updates it", () => {
    // The corpus store as the version before the coverage cells left it: its last two migrations
    // undone (0005 dropped the full-text insert trigger, 0004 added the cells).
    const old = join(tempDir(), "old.db");
    const client = new Database(db, { readonly: true });
    client.prepare("VACUUM INTO ?").run(old);
    client.close();
    const copy = new Database(old);
    copy.exec(`CREATE TRIGGER provisions_fts_insert AFTER INSERT ON provisions BEGIN
                 INSERT INTO provision_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
               END;
               DROP TABLE jurisdiction_coverage;
               DELETE FROM __drizzle_migrations WHERE created_at IN (SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 2)`);
    copy.close();
    const before = runCli(["--db", old, "report", "gaps", "UG"]);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain(`error: ${old}: this store was written by an older version of the tool`);
    expect(before.stderr).toContain("run `npm run -s cli -- ingest` with the same --db once");
    // The command it names brings the store up to date without re-tagging anything.
    expect(runCli(["--db", old, "ingest"]).stdout).toMatch(/14 unchanged/);
    const migrated = new Database(old, { readonly: true });
    expect(migrated.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all()).toEqual(["provisions_fts_delete", "provisions_fts_update"]);
    migrated.close();
    const after = runCli(["--db", old, "report", "gaps", "UG", "--format", "json"]);
    expect(JSON.parse(after.stdout)).toEqual(JSON.parse(report("gaps", "UG", "--format", "json").stdout));
  });
});

describe("a mistyped database path", () => {
  it("is named by retag and report, which create nothing there", () => {
    const missing = join(tempDir(), "typo", "laws.db");
    for (const args of [["retag"], ["report", "gaps", "KE"]]) {
      const r = runCli(["--db", missing, ...args]);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`error: ${missing}: no database here: build it with \`npm run -s cli -- ingest --db ${missing}\`\n`);
    }
    expect(existsSync(dirname(missing))).toBe(false);
  });
});
