// Shared test fixtures: temp folders, the CLI as a real subprocess, and file hashes for
// "the database is unchanged" checks.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { jurisdictionCoverage } from "../src/store/coverage.js";
import { openDatabase } from "../src/store/db.js";

export const ROOT = resolve(import.meta.dirname, "..");
export const CORPUS = join(ROOT, "corpus");

export function tempDir(prefix = "cyberlaw-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Hash of the database file and of its WAL (an empty or absent WAL holds nothing), or "absent". */
export function fileState(path: string): string {
  const hash = (p: string) => (existsSync(p) ? createHash("sha256").update(readFileSync(p)).digest("hex") : "absent");
  const wal = existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0);
  return `${hash(path)}/${wal.length ? hash(`${path}-wal`) : "empty"}`;
}

/** Checks that every jurisdiction's coverage cells, as stored, are what its stored tags give now; returns the codes. */
export function expectCoverageCellsAgreeWithTags(path: string): string[] {
  const store = openDatabase(path, { readonly: true });
  try {
    const codes = store.$client.prepare("SELECT code FROM jurisdictions ORDER BY code").pluck().all() as string[];
    for (const code of codes) {
      const stored = store.$client.prepare("SELECT jurisdiction, category, status, candidates FROM jurisdiction_coverage WHERE jurisdiction = ? ORDER BY rowid").all(code);
      expect(stored, code).toEqual(jurisdictionCoverage(store, code).map((c) => ({ ...c, candidates: c.candidates ? 1 : 0 })));
    }
    return codes;
  } finally {
    store.$client.close();
  }
}
