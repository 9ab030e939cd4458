// Opening the store: a SQLite file in WAL mode with foreign keys on, brought up to date by the
// drizzle-kit migrations committed in schema/migrations.
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "../../schema/schema.js";
import { InputError } from "../errors.js";
import { ensureCoverage } from "./coverage.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "../../schema/migrations");

export function defaultDatabasePath(): string {
  return resolve(process.env.DATABASE_PATH || "./data/laws.db");
}

/**
 * `mustExist`: the command reads a store that `ingest` built (serve, retag), so a missing file is a
 * mistyped path, not a new store to create. A read-only open always needs the file.
 */
export function openDatabase(path: string, options: { readonly?: boolean; mustExist?: boolean } = {}): Db {
  if ((options.readonly || options.mustExist) && !existsSync(path)) {
    throw new InputError(`no database here: build it with \`npm run -s cli -- ingest --db ${path}\``, { file: path }, "not_found");
  }
  if (!options.readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  if (!options.readonly) {
    client.pragma("journal_mode = WAL");
    client.pragma("synchronous = NORMAL");
  }
  const db = drizzle(client, { schema });
  if (options.readonly) checkMigrated(client, path);
  else {
    migrate(db, { migrationsFolder: MIGRATIONS });
    ensureCoverage(db);
  }
  return db;
}

/**
 * A store opened read-only cannot be migrated, so one that lacks this version's migrations is named
 * with the way out rather than failing later on a missing table. As drizzle's migrator does, it
 * compares the newest migration applied with the newest committed.
 */
function checkMigrated(client: Database.Database, path: string): void {
  const { entries } = JSON.parse(readFileSync(join(MIGRATIONS, "meta/_journal.json"), "utf8")) as { entries: { when: number }[] };
  const newest = Math.max(...entries.map((e) => e.when));
  const tracked = client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  const applied = tracked ? (client.prepare("SELECT max(created_at) FROM __drizzle_migrations").pluck().get() as number | null) : null;
  if (applied === null || applied < newest) {
    client.close();
    throw new InputError(
      "this store was written by an older version of the tool (or is not one of its stores), and a read-only command cannot update it: run `npm run -s cli -- ingest` with the same --db once, then this command again",
      { file: path },
    );
  }
}

const STORE_ERRORS: Record<string, string> = {
  SQLITE_FULL: "the disk is full",
  SQLITE_READONLY: "the database is read-only",
  SQLITE_CANTOPEN: "the database file cannot be opened for writing (missing folder, no permission, or a read-only file system)",
  SQLITE_IOERR: "an I/O error occurred",
  SQLITE_CORRUPT: "the database file is corrupt",
  SQLITE_NOTADB: "the file is not a SQLite database",
  SQLITE_BUSY: "the database is locked by another process",
};

/** What to tell whoever ran a command: their input, or the database file at `path`, that failed; null for a bug. */
export function describeUserError(e: unknown, path: string): string | null {
  return describeStoreError(e, path) ?? (e instanceof InputError ? e.toString() : null);
}

/** A clear sentence for a failure of the database file itself, or null for other errors. */
function describeStoreError(e: unknown, path: string): string | null {
  const code = (e as { code?: unknown })?.code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_")) {
    const errno = (e as NodeJS.ErrnoException)?.code;
    if (errno === "EROFS" || errno === "EACCES") return `${path}: the database folder is read-only (${errno})`;
    if (errno === "ENOSPC") return `${path}: the disk is full (ENOSPC)`;
    return null;
  }
  const base = Object.keys(STORE_ERRORS).find((k) => code === k || code.startsWith(`${k}_`));
  return `${path}: ${base ? STORE_ERRORS[base] : (e as Error).message} (${code}); nothing was written by the failed step`;
}
