// Each jurisdiction's coverage of every category, kept in the store beside the tags it is read from.
// The matrix reads these 72 cells per jurisdiction instead of every tag of every law (at 200
// jurisdictions, 25,000 tags), so that its first answer is as fast as a cached one. The cells are
// rewritten in the same transaction as the jurisdiction's tags, so they are never older than them.
import { coverage, COVERAGE_RULES, type CoverageStatus } from "../analyze/coverage.js";
import { CATEGORIES } from "../taxonomy/taxonomy.js";
import type { Db } from "./db.js";

export interface BasisInstrument {
  version: string;
  instrument: string;
  title: string;
  status: string;
  asAt: string;
}

export interface CoverageCell {
  jurisdiction: string;
  category: string;
  status: CoverageStatus;
  /** A missing category whose words some section carries (a candidate): the gap report says which. */
  candidates: boolean;
}

const IN_FORCE = /^(in force|partly suspended)/i;

/** Newest version of each instrument of a jurisdiction; those in force, or all when none is. */
export function basisOf(db: Db, code: string): { basis: BasisInstrument[]; note: string | null } {
  const newest = db.$client
    .prepare(
      `SELECT v.id AS version, v.instrument, v.title, v.status, v.as_at AS asAt
       FROM instrument_versions v JOIN instruments i ON i.id = v.instrument
       WHERE i.jurisdiction = ? AND v.as_at = (SELECT max(as_at) FROM instrument_versions w WHERE w.instrument = v.instrument)
       ORDER BY v.instrument`,
    )
    .all(code) as BasisInstrument[];
  const inForce = newest.filter((v) => IN_FORCE.test(v.status));
  if (inForce.length) return { basis: inForce, note: null };
  return {
    basis: newest,
    note: newest.length
      ? `no instrument of ${code} in the store is marked in force; the report reads ${newest.map((v) => `${v.title} (${v.status})`).join("; ")}`
      : null,
  };
}

/** Computes one jurisdiction's coverage of all 72 categories from its stored tags (the gap report's rules). */
export function jurisdictionCoverage(db: Db, code: string): CoverageCell[] {
  const versions = JSON.stringify(basisOf(db, code).basis.map((b) => b.version));
  const rows = db.$client
    .prepare(
      // Elements are read in SQL: no JSON parsing per row (null where the provision is no offence).
      `SELECT p.key, t.category, t.score,
              json_array_length(e.elements, '$.mentalElement') AS mental, json_array_length(e.elements, '$.withoutRight') AS withoutRight
       FROM provisions p JOIN tags t ON t.provision_id = p.id LEFT JOIN provision_elements e ON e.provision_id = p.id
       WHERE p.version IN (SELECT value FROM json_each(?)) AND p.kind IN ('section', 'article') AND p.suspended = 0`,
    )
    .all(versions) as { key: string; category: string; score: number; mental: number | null; withoutRight: number | null }[];
  const leads = new Set(
    db.$client
      .prepare(
        `SELECT DISTINCT c.category FROM provisions p JOIN candidates c ON c.provision_id = p.id
         WHERE p.version IN (SELECT value FROM json_each(?)) AND p.suspended = 0`,
      )
      .pluck()
      .all(versions) as string[],
  );
  const covering = rows.map((r) => ({
    id: r.key,
    category: r.category,
    score: r.score,
    elements: r.mental === null ? null : { mentalElement: r.mental > 0, withoutRight: (r.withoutRight ?? 0) > 0 },
  }));
  return coverage(covering, CATEGORIES.map((c) => c.id)).map((c) => ({
    jurisdiction: code,
    category: c.category,
    status: c.status,
    candidates: c.status === "missing" && leads.has(c.category),
  }));
}

/** Rewrites one jurisdiction's cells; the caller holds the transaction that wrote its tags. */
export function refreshCoverage(db: Db, code: string): void {
  db.$client.prepare("DELETE FROM jurisdiction_coverage WHERE jurisdiction = ?").run(code);
  const insert = db.$client.prepare("INSERT INTO jurisdiction_coverage (jurisdiction, category, status, candidates) VALUES (?, ?, ?, ?)");
  for (const c of jurisdictionCoverage(db, code)) insert.run(c.jurisdiction, c.category, c.status, c.candidates ? 1 : 0);
}

/** Whether the stored cells were written by the coverage rules of this code (a store of older rules is rebuilt). */
function storedCellsCurrent(db: Db): boolean {
  const table = db.$client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'jurisdiction_coverage'").get();
  return table !== undefined && db.$client.prepare("SELECT value FROM meta WHERE key = 'coverage_rules'").pluck().get() === COVERAGE_RULES;
}

/** Rebuilds every jurisdiction's cells when the store's were written by other rules (or never); one transaction. */
export function ensureCoverage(db: Db): void {
  if (storedCellsCurrent(db)) return;
  db.$client.transaction(() => {
    for (const code of db.$client.prepare("SELECT code FROM jurisdictions").pluck().all() as string[]) refreshCoverage(db, code);
    db.$client.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('coverage_rules', ?)").run(COVERAGE_RULES);
  })();
}

/**
 * Every jurisdiction's cells for the given categories, ordered by jurisdiction code: from the store,
 * or computed from the tags where the store is read-only and its cells are missing or of other rules.
 */
export function coverageCells(db: Db, categories: string[]): { code: string; name: string; cells: CoverageCell[] }[] {
  const jurisdictions = db.$client.prepare("SELECT code, name FROM jurisdictions ORDER BY code").all() as { code: string; name: string }[];
  if (!storedCellsCurrent(db)) {
    const wanted = new Set(categories);
    return jurisdictions.map((j) => ({ ...j, cells: jurisdictionCoverage(db, j.code).filter((c) => wanted.has(c.category)) }));
  }
  const rows = db.$client
    .prepare(
      `SELECT jurisdiction, category, status, candidates FROM jurisdiction_coverage
       WHERE category IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(categories)) as (Omit<CoverageCell, "candidates"> & { candidates: number })[];
  const byJurisdiction = new Map<string, CoverageCell[]>(jurisdictions.map((j) => [j.code, []]));
  for (const r of rows) byJurisdiction.get(r.jurisdiction)?.push({ ...r, candidates: r.candidates === 1 });
  return jurisdictions.map((j) => ({ ...j, cells: byJurisdiction.get(j.code)! }));
}
