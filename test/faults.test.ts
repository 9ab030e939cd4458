// Faults: random input, a killed ingest, a read-only and a full disk. The store must end in a state
// a user can trust: every instrument either wholly old or wholly new, and a clear error.
import Database from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDraft } from "../src/analyze/draft.js";
import { InputError } from "../src/errors.js";
import { readInstrument } from "../src/store/ingest.js";
import { tagInstrument } from "../src/store/tags.js";
import { decodeLawText } from "../src/read.js";
import { lawFile } from "./fixtures.js";
import { CORPUS, expectCoverageCellsAgreeWithTags, fileState, ROOT, runCli, tempDir } from "./helpers.js";

describe("random input", () => {
  const onlyInputErrors = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  };
  const lawish = fc
    .array(
      fc.oneof(
        fc.constantFrom("### 1. Title", "## Part I", "(1)", "(a)", "(i)", "—", "“access” means", "---", "- ", "1. ", "\n", "\n\n", "commits an offence", "**bold**", "<b>", "§ 2."),
        fc.string({ maxLength: 40 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(" "));

  it("the draft check either answers or names the problem (300 generated drafts)", () => {
    fc.assert(fc.property(lawish, (text) => onlyInputErrors(() => analyzeDraft(text))), { numRuns: 300, seed: 20261123 });
  });

  it("reading and tagging a file to ingest either succeeds or names the problem (300 generated files and byte strings)", () => {
    fc.assert(
      fc.property(fc.oneof(lawish.map((body) => Buffer.from(lawFile({}, body))), fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b))), (bytes) =>
        onlyInputErrors(() => {
          const item = readInstrument("generated.md", decodeLawText(bytes, "generated.md"));
          tagInstrument(item.provisions, item.meta.id);
        }),
      ),
      { numRuns: 300, seed: 20261123 },
    );
  });
});

/** A folder of many instruments: the corpus files under new ids, enough for an ingest that takes a while. */
function largeCorpus(copies: number): { dir: string; provisionsPerVersion: Map<string, number> } {
  const dir = tempDir("large-");
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".md") && f !== "README.md");
  for (let k = 0; k < copies; k++) {
    for (const f of files) {
      const text = readFileSync(join(CORPUS, f), "utf8").replace(/^id: (.+)$/m, `id: $1-copy${k}`);
      writeFileSync(join(dir, `${k}-${f}`), text);
    }
  }
  const provisionsPerVersion = new Map<string, number>();
  const reference = join(tempDir(), "ref.db");
  expect(runCli(["--db", reference, "ingest", CORPUS]).status).toBe(0);
  const client = new Database(reference, { readonly: true });
  for (const row of client.prepare("SELECT v.instrument AS id, count(*) AS n FROM provisions p JOIN instrument_versions v ON v.id = p.version GROUP BY 1").all() as { id: string; n: number }[]) {
    for (let k = 0; k < copies; k++) provisionsPerVersion.set(`${row.id}-copy${k}`, row.n);
  }
  client.close();
  return { dir, provisionsPerVersion };
}

describe("a killed ingest", () => {
  it("leaves an intact database holding whole instruments only (SIGKILL mid-way)", async () => {
    const { dir, provisionsPerVersion } = largeCorpus(4);
    const db = join(tempDir(), "killed.db");
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "--db", db, "ingest", dir], { cwd: ROOT, stdio: "ignore" });
    // Kill it once some instruments are in, while others are still being written.
    await new Promise<void>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        try {
          const client = new Database(db, { readonly: true, fileMustExist: true });
          const n = client.prepare("SELECT count(*) FROM instrument_versions").pluck().get() as number;
          client.close();
          if (n >= 3) {
            clearInterval(poll);
            child.kill("SIGKILL");
            resolve();
          }
        } catch {
          /* not created yet */
        }
        if (Date.now() - started > 60_000) {
          clearInterval(poll);
          reject(new Error("the ingest never got going"));
        }
      }, 20);
    });
    await new Promise((r) => child.once("exit", r));
    const client = new Database(db);
    expect(client.pragma("integrity_check", { simple: true })).toBe("ok");
    // The coverage cells were written in the transactions that wrote the tags: they agree with them.
    expect(expectCoverageCellsAgreeWithTags(db).length).toBeGreaterThan(0);
    const stored = client.prepare("SELECT v.instrument AS id, count(p.id) AS n FROM instrument_versions v LEFT JOIN provisions p ON p.version = v.id GROUP BY 1").all() as { id: string; n: number }[];
    client.close();
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.length).toBeLessThan(provisionsPerVersion.size);
    for (const { id, n } of stored) expect(n, id).toBe(provisionsPerVersion.get(id));
    // And the interrupted ingest can simply be run again.
    const again = runCli(["--db", db, "ingest", dir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`${stored.length} unchanged`));
  });
});

/** Mounts a small tmpfs (root only, as on the project's machines and CI); returns its path. */
function mountTmpfs(options: string): string {
  const at = tempDir("mnt-");
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", at], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`this test mounts a tmpfs and needs root: ${r.stderr}`);
  return at;
}
const unmount = (at: string) => spawnSync("umount", [at]);

describe("disk faults", () => {
  it("a read-only file system gives a clear error and changes nothing", () => {
    const at = mountTmpfs("size=4m");
    try {
      const db = join(at, "laws.db");
      const law = join(tempDir(), "law.md");
      writeFileSync(law, lawFile());
      expect(runCli(["--db", db, "ingest", law]).status).toBe(0);
      expect(spawnSync("mount", ["-o", "remount,ro", at]).status).toBe(0);
      const before = fileState(db);
      writeFileSync(law, lawFile({ as_at: "2025-01-01" }));
      const r = runCli(["--db", db, "ingest", law]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/laws\.db: the database file cannot be opened for writing .*read-only file system/);
      expect(fileState(db)).toBe(before);
    } finally {
      unmount(at);
    }
  });

  it("a full disk gives a clear error, and what was stored stays whole", () => {
    const at = mountTmpfs("size=600k");
    try {
      const db = join(at, "laws.db");
      const r = runCli(["--db", db, "ingest", CORPUS]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/laws\.db: the disk is full \(SQLITE_FULL\)/);
      // Inspect a copy (file and WAL) so the check itself needs no space on the full disk.
      const copy = join(tempDir(), "after-full.db");
      copyFileSync(db, copy);
      if (existsSync(`${db}-wal`)) copyFileSync(`${db}-wal`, `${copy}-wal`);
      const client = new Database(copy);
      expect(client.pragma("integrity_check", { simple: true })).toBe("ok");
      client.close();
    } finally {
      unmount(at);
    }
  });
});

