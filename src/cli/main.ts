#!/usr/bin/env node
// The command line: ingest laws into the store (the API server is api/server.ts, since src/ must
// not depend on api/). `--db` or DATABASE_PATH chooses the database file for every command.
import { Command } from "commander";
import { defaultDatabasePath, describeUserError, openDatabase } from "../store/db.js";
import { retagAll } from "../store/tags.js";
import { analyzeCommand } from "./analyze.js";
import { ingestCommand } from "./ingest.js";
import { reportCompare, reportGaps, reportMatrix } from "./report.js";

const program = new Command()
  .name("cli")
  .description("Cybercrime legislation harmonization analyzer")
  .option("--db <file>", "SQLite database file (default: $DATABASE_PATH or ./data/laws.db)")
  .showHelpAfterError();

program
  .command("ingest")
  .description("parse law files (markdown with front matter) and store them; default: the bundled corpus")
  .argument("[paths...]", "files or folders", [])
  .action(async (paths: string[]) => ingestCommand(paths, program.opts()));

program
  .command("analyze")
  .description("check a draft or a law not in the store: provisions, tags, coverage of the taxonomy (nothing is stored)")
  .argument("<file>", "markdown or text file; front matter optional")
  .option("--format <format>", "text or json", "text")
  .action((file: string, opts: { format: string }) => analyzeCommand(file, opts));

const report = program.command("report").description("gap report, matrix and comparison from the store");
const reportOptions = (cmd: Command) =>
  cmd
    .option("--format <format>", "text, json (and csv for the matrix)", "text")
    .option("--profile <profile>", "budapest, un2024 or itu", "budapest");
const opts = (cmd: Command) => ({ ...program.opts<{ db?: string }>(), ...cmd.opts<{ format: string; profile: string; group?: string }>() });
reportOptions(report.command("gaps").argument("<code>", "jurisdiction code, e.g. KE")).action(function (this: Command, code: string) {
  console.log(reportGaps(code, opts(this)));
});
reportOptions(report.command("matrix").option("--group <group>", "one taxonomy group, e.g. cia")).action(function (this: Command) {
  console.log(reportMatrix(opts(this)));
});
reportOptions(report.command("compare").argument("<a>").argument("<b>")).action(function (this: Command, a: string, b: string) {
  console.log(reportCompare(a, b, opts(this)));
});

program
  .command("retag")
  .description("re-run the tagger over every provision in the store (after a tagger or taxonomy change)")
  .action(() => {
    const db = openDatabase(program.opts<{ db?: string }>().db ?? defaultDatabasePath(), { mustExist: true });
    const started = performance.now();
    const { versions, tags } = retagAll(db);
    db.$client.close();
    console.log(`retagged ${versions} instrument versions: ${tags} tags in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  });

try {
  await program.parseAsync();
} catch (e) {
  const problem = describeUserError(e, program.opts<{ db?: string }>().db ?? defaultDatabasePath());
  if (problem === null) throw e;
  console.error(`error: ${problem}`);
  process.exit(1);
}
