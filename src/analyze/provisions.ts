// Read models over the store: the jurisdictions and their instruments, one provision with its tags
// and tree, provisions worded alike elsewhere, wording examples for a category, and full-text search.
import { InputError } from "../errors.js";
import type { LegalElements } from "../tag/elements.js";
import { ExemplarIndex, type SimilarExemplar } from "../tag/exemplars.js";
import type { Candidate, TagEvidence } from "../tag/tagger.js";
import type { Db } from "../store/db.js";
import { readEvidence } from "../store/tags.js";
import { CATEGORY_IDS, type Role } from "../taxonomy/taxonomy.js";
import { jurisdictionName } from "./gaps.js";

export interface InstrumentSummary {
  version: string;
  instrument: string;
  title: string;
  shortTitle: string;
  kind: string;
  asAt: string;
  status: string;
  sourceUrl: string;
  current: boolean;
  suspended: { provision: string; scope: string; by: string; note?: string }[];
}

export interface JurisdictionSummary {
  code: string;
  name: string;
  kind: string;
  instruments: InstrumentSummary[];
}

export function listJurisdictions(db: Db): JurisdictionSummary[] {
  const rows = db.$client
    .prepare(
      `SELECT j.code, j.name, j.kind AS jkind, v.id AS version, v.instrument, v.title, v.short_title AS shortTitle, i.kind,
              v.as_at AS asAt, v.status, v.source_url AS sourceUrl, v.suspended,
              v.as_at = (SELECT max(as_at) FROM instrument_versions w WHERE w.instrument = v.instrument) AS current
       FROM jurisdictions j JOIN instruments i ON i.jurisdiction = j.code JOIN instrument_versions v ON v.instrument = i.id
       ORDER BY j.code, v.instrument, v.as_at`,
    )
    .all() as (Omit<InstrumentSummary, "current" | "suspended"> & { code: string; name: string; jkind: string; current: number; suspended: string })[];
  const out = new Map<string, JurisdictionSummary>();
  for (const r of rows) {
    const j = out.get(r.code) ?? { code: r.code, name: r.name, kind: r.jkind, instruments: [] };
    j.instruments.push({
      version: r.version, instrument: r.instrument, title: r.title, shortTitle: r.shortTitle, kind: r.kind, asAt: r.asAt,
      status: r.status, sourceUrl: r.sourceUrl, current: r.current === 1, suspended: JSON.parse(r.suspended),
    });
    out.set(r.code, j);
  }
  return [...out.values()];
}

export interface ProvisionRef {
  id: string;
  citation: string;
  heading: string | null;
  kind: string;
}

export interface ProvisionTag {
  category: string;
  score: number;
  level: "direct" | "rollup";
  evidence: TagEvidence;
  taggerVersion: string;
}

export interface ProvisionDetail extends ProvisionRef {
  eId: string;
  num: string | null;
  section: string | null;
  term: string | null;
  text: string;
  fullText: string;
  suspended: boolean;
  jurisdiction: string;
  instrument: { version: string; id: string; title: string; asAt: string; status: string; sourceUrl: string };
  role: Role | null;
  elements: LegalElements | null;
  tags: ProvisionTag[];
  /** Sections: categories whose words it carries but that the tagger did not give it. */
  candidates: Candidate[];
  parent: ProvisionRef | null;
  children: ProvisionRef[];
}

interface ProvisionRow {
  id: number;
  key: string;
  e_id: string;
  kind: string;
  num: string | null;
  heading: string | null;
  citation: string;
  section: string | null;
  term: string | null;
  text: string;
  full_text: string;
  suspended: number;
  parent_id: number | null;
  version: string;
  instrument: string;
  title: string;
  as_at: string;
  status: string;
  source_url: string;
  jurisdiction: string;
  role: Role | null;
  elements: string | null;
}

const refOf = (r: { key: string; citation: string; heading: string | null; kind: string }): ProvisionRef => ({
  id: r.key,
  citation: r.citation,
  heading: r.heading,
  kind: r.kind,
});

export function provisionDetail(db: Db, key: string): ProvisionDetail {
  const r = db.$client
    .prepare(
      `SELECT p.*, v.instrument, v.title, v.as_at, v.status, v.source_url, i.jurisdiction, e.role, e.elements
       FROM provisions p JOIN instrument_versions v ON v.id = p.version JOIN instruments i ON i.id = v.instrument
       LEFT JOIN provision_elements e ON e.provision_id = p.id WHERE p.key = ?`,
    )
    .get(key) as ProvisionRow | undefined;
  if (!r) throw new InputError(`no provision with id "${key}"`, { field: "id" }, "not_found");
  const tags = (
    db.$client.prepare("SELECT category, score, level, evidence, tagger_version FROM tags WHERE provision_id = ? ORDER BY score DESC").all(r.id) as {
      category: string;
      score: number;
      level: "direct" | "rollup";
      evidence: string;
      tagger_version: string;
    }[]
  ).map((t) => ({ category: t.category, score: t.score, level: t.level, evidence: readEvidence(t.evidence), taggerVersion: t.tagger_version }));
  const candidates = (
    db.$client.prepare("SELECT category, score, reason, evidence FROM candidates WHERE provision_id = ? ORDER BY score DESC").all(r.id) as (Omit<Candidate, "evidence"> & {
      evidence: string;
    })[]
  ).map((c) => ({ ...c, evidence: readEvidence(c.evidence) }));
  const parent = r.parent_id === null ? null : (db.$client.prepare("SELECT key, citation, heading, kind FROM provisions WHERE id = ?").get(r.parent_id) as ProvisionRow);
  const children = db.$client.prepare("SELECT key, citation, heading, kind FROM provisions WHERE parent_id = ? ORDER BY ordinal").all(r.id) as ProvisionRow[];
  const elements = r.elements ? (JSON.parse(r.elements) as Partial<LegalElements>) : null;
  return {
    ...refOf(r),
    eId: r.e_id,
    num: r.num,
    section: r.section,
    term: r.term,
    text: r.text,
    fullText: r.full_text,
    suspended: r.suspended === 1,
    jurisdiction: r.jurisdiction,
    instrument: { version: r.version, id: r.instrument, title: r.title, asAt: r.as_at, status: r.status, sourceUrl: r.source_url },
    role: r.role,
    elements: elements?.penalties ? (elements as LegalElements) : null,
    tags,
    candidates,
    parent: parent ? refOf(parent) : null,
    children: children.map(refOf),
  };
}

/** TF-IDF over the current sections of the store, built once per database handle. */
const indexes = new WeakMap<Db, ExemplarIndex>();

function storeIndex(db: Db): ExemplarIndex {
  let index = indexes.get(db);
  if (!index) {
    const rows = db.$client
      .prepare(
        `SELECT p.key, i.jurisdiction, v.instrument, p.citation, p.heading, p.full_text,
                (SELECT json_group_array(category) FROM tags t WHERE t.provision_id = p.id) AS categories
         FROM provisions p JOIN instrument_versions v ON v.id = p.version JOIN instruments i ON i.id = v.instrument
         WHERE p.kind IN ('section', 'article') AND p.suspended = 0
           AND v.as_at = (SELECT max(as_at) FROM instrument_versions w WHERE w.instrument = v.instrument)`,
      )
      .all() as { key: string; jurisdiction: string; instrument: string; citation: string; heading: string | null; full_text: string; categories: string }[];
    index = new ExemplarIndex(
      rows.map((r) => ({
        key: r.key,
        jurisdiction: r.jurisdiction,
        instrument: r.instrument,
        citation: r.citation,
        heading: r.heading,
        categories: JSON.parse(r.categories) as string[],
        text: `${r.heading ?? ""}\n${r.full_text}`,
      })),
    );
    indexes.set(db, index);
  }
  return index;
}

/** "How other countries worded it": sections of other jurisdictions most similar to a provision. */
export function similarProvisions(db: Db, key: string, limit = 5): SimilarExemplar[] {
  const p = provisionDetail(db, key);
  return storeIndex(db).similar(`${p.heading ?? ""}\n${p.fullText}`, { exclude: (e) => e.jurisdiction === p.jurisdiction, limit });
}

export interface CategoryExample {
  id: string;
  jurisdiction: string;
  instrument: string;
  citation: string;
  heading: string | null;
  excerpt: string;
  score: number;
}

/** The best-scored sections carrying a category, one per jurisdiction, other than `except`. */
export function examplesFor(db: Db, category: string, options: { except?: string; limit?: number } = {}): CategoryExample[] {
  const rows = db.$client
    .prepare(
      `SELECT p.key AS id, i.jurisdiction, v.instrument, p.citation, p.heading, substr(p.full_text, 1, 400) AS excerpt, t.score
       FROM tags t JOIN provisions p ON p.id = t.provision_id JOIN instrument_versions v ON v.id = p.version JOIN instruments i ON i.id = v.instrument
       WHERE t.category = ? AND p.kind IN ('section', 'article') AND p.suspended = 0 AND i.jurisdiction != ?
       ORDER BY t.score DESC, p.key`,
    )
    .all(category, options.except ?? "") as CategoryExample[];
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.jurisdiction) && seen.add(r.jurisdiction)).slice(0, options.limit ?? 3);
}

export interface SearchHit {
  id: string;
  jurisdiction: string;
  instrument: string;
  citation: string;
  heading: string | null;
  snippet: string;
}

export interface SearchResult {
  query: string;
  total: number;
  page: number;
  perPage: number;
  hits: SearchHit[];
}

/** Full-text search (FTS5, stemmed) with optional jurisdiction and category filters; every word must occur. */
export function searchProvisions(
  db: Db,
  params: { q: string; jurisdiction?: string; category?: string; page?: number; perPage?: number },
): SearchResult {
  const words = params.q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) throw new InputError("the query has no words to search for", { field: "q" });
  if (params.jurisdiction) jurisdictionName(db, params.jurisdiction, "jurisdiction");
  if (params.category && !CATEGORY_IDS.has(params.category)) {
    throw new InputError(`unknown category "${params.category}"`, { field: "category" });
  }
  // Each word quoted: user input never reaches FTS5 as query syntax.
  const match = words.map((w) => `"${w}"`).join(" ");
  const page = params.page ?? 1;
  const perPage = params.perPage ?? 20;
  // The newest version of each instrument, as similar provisions and examples read: an older
  // version's provisions would come back as indistinguishable duplicates.
  const where = `provision_fts MATCH @match
    AND v.as_at = (SELECT max(as_at) FROM instrument_versions w WHERE w.instrument = v.instrument)
    AND (@jurisdiction IS NULL OR i.jurisdiction = @jurisdiction)
    AND (@category IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.provision_id = p.id AND t.category = @category))`;
  const from = `FROM provision_fts JOIN provisions p ON p.id = provision_fts.rowid
    JOIN instrument_versions v ON v.id = p.version JOIN instruments i ON i.id = v.instrument`;
  const args = { match, jurisdiction: params.jurisdiction?.toUpperCase() ?? null, category: params.category ?? null };
  const total = db.$client.prepare(`SELECT count(*) ${from} WHERE ${where}`).pluck().get(args) as number;
  const hits = db.$client
    .prepare(
      `SELECT p.key AS id, i.jurisdiction, v.instrument, p.citation, p.heading,
              snippet(provision_fts, -1, '«', '»', '…', 16) AS snippet
       ${from} WHERE ${where} ORDER BY bm25(provision_fts), p.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...args, limit: perPage, offset: (page - 1) * perPage }) as SearchHit[];
  return { query: params.q, total, page, perPage, hits };
}
