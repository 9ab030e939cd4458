// `cli ingest` as a user runs it: a real subprocess writing a real SQLite file built by the
// committed migrations. Bad input must fail with the file (and line or field) named, and leave the
// database byte for byte as it was.
import Database from "better-sqlite3";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { matrix } from "../src/analyze/gaps.js";
import { openDatabase } from "../src/store/db.js";
import { checkAll, ingestFiles } from "../src/store/ingest.js";
import { GOOD_BODY, lawFile } from "./fixtures.js";
import { expectCoverageCellsAgreeWithTags, fileState, runCli, tempDir } from "./helpers.js";

const dir = tempDir();
const db = join(dir, "laws.db");
const good = join(dir, "good.md");

function rows(sql: string): unknown[] {
  const client = new Database(db, { readonly: true });
  try {
    return client.prepare(sql).all();
  } finally {
    client.close();
  }
}

beforeAll(() => {
  writeFileSync(good, lawFile());
  const r = runCli(["--db", db, "ingest", good]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

describe("ingest: happy path", () => {
  it("stores the instrument, its version and its provision tree", () => {
    expect(rows("SELECT id, jurisdiction FROM instruments")).toEqual([{ id: "zz-test-act", jurisdiction: "KE" }]);
    expect(rows("SELECT citation FROM provisions ORDER BY ordinal").map((r) => (r as { citation: string }).citation)).toEqual([
      "Part I",
      "s. 1",
      "s. 2",
      "s. 2(1)",
      "s. 2(2)",
    ]);
    // Porter stemming: "accessing" finds the heading "Unauthorised access" and the words "accesses".
    const hits = rows("SELECT p.citation FROM provision_fts JOIN provisions p ON p.id = provision_fts.rowid WHERE provision_fts MATCH 'accessing' ORDER BY p.ordinal");
    expect(hits).toEqual([{ citation: "s. 2" }, { citation: "s. 2(1)" }]);
  });

  it("leaves the database untouched when an unchanged file is ingested again", () => {
    const before = fileState(db);
    const r = runCli(["--db", db, "ingest", good]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 unchanged/);
    expect(fileState(db)).toBe(before);
  });

  it("re-tags an unchanged file whose tags an older tagger wrote, so the store never serves stale tags", () => {
    const staleDb = join(tempDir(), "stale.db");
    // The test act with an order whose words carry real-time collection, which the tagger lists as a candidate.
    const law = join(tempDir(), "orders.md");
    writeFileSync(
      law,
      lawFile(
        {},
        `${GOOD_BODY}\n### 3. Orders of a magistrate\n\nA magistrate may, on the application of a police officer, order a person in control of a computer system to collect traffic data in real time for a period not exceeding seven days.\n`,
      ),
    );
    expect(runCli(["--db", staleDb, "ingest", law]).status).toBe(0);
    const tagsOf = (sql = "SELECT provision_id, category, score, level, evidence, tagger_version FROM tags ORDER BY provision_id, category") => {
      const client = new Database(staleDb);
      try {
        return client.prepare(sql).all();
      } finally {
        client.close();
      }
    };
    const candidatesSql = "SELECT provision_id, category, score, reason, evidence FROM candidates ORDER BY provision_id, category";
    const cellsSql = "SELECT jurisdiction, category, status, candidates FROM jurisdiction_coverage ORDER BY category";
    const current = tagsOf();
    const currentCandidates = tagsOf(candidatesSql);
    const currentCells = tagsOf(cellsSql);
    expect(current.length).toBeGreaterThan(0);
    expect(currentCandidates.length).toBeGreaterThan(0);
    // A store written by an older tagger: another version on every tag, a tag it never wrote, and
    // no candidates (1.4.0 wrote none).
    tagsOf("UPDATE tags SET tagger_version = '0.9.0' RETURNING rowid");
    tagsOf("DELETE FROM tags WHERE rowid = (SELECT min(rowid) FROM tags) RETURNING rowid");
    tagsOf("DELETE FROM candidates RETURNING rowid");
    tagsOf("UPDATE jurisdiction_coverage SET status = 'missing', candidates = 0 RETURNING rowid");
    const r = runCli(["--db", staleDb, "ingest", law]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 retagged/);
    expect(tagsOf()).toEqual(current);
    expect(tagsOf(candidatesSql)).toEqual(currentCandidates);
    expect(tagsOf(cellsSql)).toEqual(currentCells);
    expect(currentCells).toContainEqual({ jurisdiction: "KE", category: "proc.realtime_traffic", status: "missing", candidates: 1 });
    expect(runCli(["--db", staleDb, "ingest", law]).stdout).toMatch(/1 unchanged/);
  });

  it("adds a version when the text has a new as_at, keeping the old one", () => {
    const dir2 = tempDir();
    const db2 = join(dir2, "v.db");
    writeFileSync(join(dir2, "v1.md"), lawFile());
    writeFileSync(join(dir2, "v2.md"), lawFile({ as_at: "2025-06-30" }).replace("three years", "five years"));
    expect(runCli(["--db", db2, "ingest", join(dir2, "v1.md")]).status).toBe(0);
    const r = runCli(["--db", db2, "ingest", join(dir2, "v2.md")]);
    expect(r.stdout).toMatch(/1 new version/);
    const client = new Database(db2, { readonly: true });
    const versions = client.prepare("SELECT id FROM instrument_versions ORDER BY as_at").pluck().all();
    const texts = client.prepare("SELECT version, text FROM provisions WHERE citation = 's. 2(2)' ORDER BY version").all();
    client.close();
    expect(versions).toEqual(["zz-test-act@2024-01-01", "zz-test-act@2025-06-30"]);
    expect(texts).toEqual([
      { version: "zz-test-act@2024-01-01", text: expect.stringContaining("three years") },
      { version: "zz-test-act@2025-06-30", text: expect.stringContaining("five years") },
    ]);
  });

  it("keeps the full-text index in step with the provisions when a version's text is replaced", () => {
    const dir5 = tempDir();
    const db5 = join(dir5, "fts.db");
    writeFileSync(join(dir5, "v1.md"), lawFile());
    writeFileSync(join(dir5, "v1-corrected.md"), lawFile().replace("three years", "five years"));
    const search = (word: string) => {
      const client = new Database(db5);
      try {
        // FTS5 checks its index against the provisions table (rank 1: the external content too); it throws on a mismatch.
        client.prepare("INSERT INTO provision_fts (provision_fts, rank) VALUES ('integrity-check', 1)").run();
        return client.prepare("SELECT p.citation FROM provision_fts JOIN provisions p ON p.id = provision_fts.rowid WHERE provision_fts MATCH ?").pluck().all(word);
      } finally {
        client.close();
      }
    };
    expect(runCli(["--db", db5, "ingest", join(dir5, "v1.md")]).status).toBe(0);
    expect(search("three")).toEqual(["s. 2(2)"]);
    expect(runCli(["--db", db5, "ingest", join(dir5, "v1-corrected.md")]).stdout).toMatch(/1 replaced/);
    expect(search("three")).toEqual([]);
    expect(search("five")).toEqual(["s. 2(2)"]);
  });

  it("rewrites the jurisdiction's coverage cells with its tags, so the matrix reads the newest version", () => {
    const dir3 = tempDir();
    const db3 = join(dir3, "cells.db");
    // The second version drops the access offence and gains an order whose words carry real-time collection.
    const orders = `${GOOD_BODY.slice(0, GOOD_BODY.indexOf("### 2."))}### 2. Orders of a magistrate\n\nA magistrate may, on the application of a police officer, order a person in control of a computer system to collect traffic data in real time for a period not exceeding seven days.\n`;
    writeFileSync(join(dir3, "v1.md"), lawFile());
    writeFileSync(join(dir3, "v2.md"), lawFile({ as_at: "2025-06-30" }, orders));
    const kenya = () => {
      expect(expectCoverageCellsAgreeWithTags(db3)).toEqual(["KE"]);
      const store = openDatabase(db3, { readonly: true });
      try {
        return matrix(store, "itu").rows.find((r) => r.code === "KE")!;
      } finally {
        store.$client.close();
      }
    };
    expect(runCli(["--db", db3, "ingest", join(dir3, "v1.md")]).status).toBe(0);
    expect(kenya().cells["cia.illegal_access"]).toBe("covered");
    expect(kenya().missingWithCandidates).toEqual([]);
    expect(runCli(["--db", db3, "ingest", join(dir3, "v2.md")]).stdout).toMatch(/1 new version/);
    expect(kenya().cells["cia.illegal_access"]).toBe("missing");
    expect(kenya().missingWithCandidates).toEqual(["proc.realtime_traffic"]);
  });

  it("stores what was checked, even when a file changes on disk between the check and the write", () => {
    const dir4 = tempDir();
    const law = join(dir4, "law.md");
    writeFileSync(law, lawFile());
    const checked = checkAll([law]);
    writeFileSync(law, "not a law: no front matter\n");
    const store = openDatabase(join(dir4, "checked.db"));
    try {
      expect(ingestFiles(store, [law], { checked }).map((r) => r.outcome)).toEqual(["added"]);
      expect(store.$client.prepare("SELECT citation FROM provisions ORDER BY ordinal").pluck().all()).toContain("s. 2(1)");
      // Without the checked parse, the file is read again, and the change is caught.
      expect(() => ingestFiles(store, [law])).toThrow(/missing front matter/);
    } finally {
      store.$client.close();
    }
  });

  it("honours DATABASE_PATH when --db is not given", () => {
    const other = join(tempDir(), "env.db");
    const r = runCli(["ingest", good], { DATABASE_PATH: other });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(other);
  });
});

interface BadCase {
  name: string;
  content: string | Buffer | null;
  /** What the error message must say (it always names the file too). */
  says: RegExp;
}

const bigBody = "x".repeat(21 * 1024 * 1024);
const badCases: BadCase[] = [
  { name: "missing front matter", content: "### 1. Short title\n\nText.\n", says: /:1: missing front matter/ },
  { name: "front matter not YAML", content: "---\nid: [unclosed\n---\n\n### 1. A\n\nText.\n", says: /:2: front matter is not valid YAML/ },
  { name: "missing field", content: lawFile({ title: undefined }), says: /field `title`: required field is missing/ },
  { name: "bad date", content: lawFile({ as_at: "23 Nov 2020" }), says: /:7: field `as_at`: expected a date as YYYY-MM-DD/ },
  { name: "unknown jurisdiction", content: lawFile({ jurisdiction: "XQ" }), says: /:3: field `jurisdiction`: unknown jurisdiction code "XQ"/ },
  { name: "bad kind", content: lawFile({ kind: "novel" }), says: /field `kind`/ },
  { name: "no sections", content: lawFile({}, "Nothing here is numbered.\n\nStill nothing.\n"), says: /no recognisable sections/ },
  { name: "duplicate sections", content: lawFile({}, "### 4. A\n\nText.\n\n### 4. B\n\nMore.\n"), says: /:18: duplicate section number 4 \(first at line 14\)/ },
  { name: "binary junk", content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), says: /binary content/ },
  { name: "invalid UTF-8", content: Buffer.concat([Buffer.from(lawFile()), Buffer.from([0xff, 0xfe, 0x41])]), says: new RegExp(`:${lawFile().split("\n").length}: invalid UTF-8`) },
  { name: "empty file", content: "", says: /the file is empty/ },
  { name: "over the size limit", content: lawFile({}, bigBody), says: /the file is 21\.0 MB; the limit is 20\.0 MB/ },
  { name: "suspended provision not in the text", content: lawFile({}).replace("language: \"en\"", 'language: "en"\nsuspended:\n  - provision: "s. 9"\n    scope: whole\n    by: "a court"'), says: /field `suspended\[0\]\.provision`: no provision with citation "s\. 9"/ },
];

describe("ingest: bad input fails, names the file, and changes nothing", () => {
  for (const c of badCases) {
    it(c.name, () => {
      const file = join(dir, `${c.name.replace(/\W+/g, "-")}.md`);
      writeFileSync(file, c.content ?? "");
      const before = fileState(db);
      const r = runCli(["--db", db, "ingest", file]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(file.split("/").pop());
      expect(r.stderr).toMatch(c.says);
      expect(fileState(db)).toBe(before);
    });
  }

  it("a path that does not exist", () => {
    const before = fileState(db);
    const r = runCli(["--db", db, "ingest", join(dir, "nowhere.md")]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nowhere\.md: no such file or folder/);
    expect(fileState(db)).toBe(before);
  });

  it("a folder with one bad file among good ones writes none of them", () => {
    const folder = join(dir, "mixed");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-good.md"), lawFile({ id: "zz-other-act" }));
    writeFileSync(join(folder, "b-bad.md"), lawFile({ jurisdiction: "ZZZ" }));
    const before = fileState(db);
    const r = runCli(["--db", db, "ingest", folder]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/b-bad\.md:3: field `jurisdiction`/);
    expect(fileState(db)).toBe(before);
    expect(rows("SELECT id FROM instruments WHERE id = 'zz-other-act'")).toEqual([]);
  });

  it("a bad file does not create a database that did not exist", () => {
    const fresh = join(tempDir(), "never.db");
    writeFileSync(join(dir, "nofm.md"), "no front matter\n");
    const r = runCli(["--db", fresh, "ingest", join(dir, "nofm.md")]);
    expect(r.status).not.toBe(0);
    expect(fileState(fresh)).toBe("absent/empty");
  });
});
