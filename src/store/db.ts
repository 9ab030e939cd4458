// Opening the store: a SQLite file in WAL mode with foreign keys on, brought up to date by the
// drizzle-kit migrations committed in schema/migrations.
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as schema from "../../schema/schema.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "../../schema/migrations");

export function defaultDatabasePath(): string {
  return resolve(process.env.DATABASE_PATH || "./data/laws.db");
}

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  client.pragma("foreign_keys = ON");
  client.pragma("busy_timeout = 5000");
  if (!options.readonly) {
    client.pragma("journal_mode = WAL");
    client.pragma("synchronous = NORMAL");
  }
  const db = drizzle(client, { schema });
  if (!options.readonly) migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}
