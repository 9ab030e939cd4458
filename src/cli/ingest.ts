import { SingleBar } from "cli-progress";
import { join } from "node:path";
import { REPO_ROOT } from "../paths.js";
import { defaultDatabasePath, openDatabase } from "../store/db.js";
import { checkAll, ingestFiles, type IngestResult, lawFiles } from "../store/ingest.js";

const BUNDLED_CORPUS = join(REPO_ROOT, "corpus");

export async function ingestCommand(paths: string[], opts: { db?: string }): Promise<void> {
  const started = performance.now();
  const files = lawFiles(paths.length ? paths : [BUNDLED_CORPUS]);
  // Check everything before opening the database: a bad file must leave it exactly as it was.
  const checked = checkAll(files);
  const dbPath = opts.db ?? defaultDatabasePath();
  const db = openDatabase(dbPath);
  const bar = process.stderr.isTTY ? new SingleBar({ format: "ingest [{bar}] {value}/{total} {file}" }) : null;
  bar?.start(files.length, 0, { file: "" });
  let results: IngestResult[];
  try {
    results = ingestFiles(db, files, { checked, onEach: (r) => bar?.increment({ file: r.file }) });
  } finally {
    bar?.stop();
    db.$client.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const summary = [...counts].map(([k, v]) => `${v} ${k}`).join(", ");
  const provisions = results.reduce((n, r) => n + r.provisions, 0);
  console.log(`ingested ${results.length} files (${summary}); ${provisions} provisions; ${seconds} s -> ${dbPath}`);
}
