// Read queries over the store that more than one consumer (API, CLI, pages) needs.
import type { Db } from "./db.js";

export function storeCounts(db: Db) {
  const one = (sql: string) => (db.$client.prepare(sql).pluck().get() as number) ?? 0;
  return {
    jurisdictions: one("SELECT count(*) FROM jurisdictions"),
    instruments: one("SELECT count(*) FROM instruments"),
    versions: one("SELECT count(*) FROM instrument_versions"),
    provisions: one("SELECT count(*) FROM provisions"),
  };
}
