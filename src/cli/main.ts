#!/usr/bin/env node
// The command line: ingest laws into the store (the API server is api/server.ts, since src/ must
// not depend on api/). `--db` or DATABASE_PATH chooses the database file for every command.
import { Command } from "commander";
import { InputError } from "../errors.js";
import { ingestCommand } from "./ingest.js";

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

try {
  await program.parseAsync();
} catch (e) {
  if (e instanceof InputError) {
    console.error(`error: ${e.toString()}`);
    process.exit(1);
  }
  throw e;
}
