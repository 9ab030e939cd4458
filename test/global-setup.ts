// Builds one real database from the bundled corpus with the CLI, once per test run, for the tests
// that read the tagged store (analysis, API, pages). Tests that write make their own copies.
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { runCli, tempDir } from "./helpers.js";

declare module "vitest" {
  export interface ProvidedContext {
    corpusDb: string;
  }
}

export default function setup(project: TestProject): void {
  const db = join(tempDir("corpus-db-"), "laws.db");
  const r = runCli(["--db", db, "ingest"]);
  if (r.status !== 0) throw new Error(`building the corpus database failed:\n${r.stderr}`);
  project.provide("corpusDb", db);
}
