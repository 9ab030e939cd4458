// The store: jurisdictions, instruments and their versions, the provision tree, and the taxonomy with
// the tags the tagger puts on provisions. Changed only through drizzle-kit migrations (schema/migrations).
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const jurisdictions = sqliteTable("jurisdictions", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind", { enum: ["country", "organisation"] }).notNull(),
});

/** An instrument (an Act, a treaty) across its versions; `id` is the corpus slug. */
export const instruments = sqliteTable(
  "instruments",
  {
    id: text("id").primaryKey(),
    jurisdiction: text("jurisdiction")
      .notNull()
      .references(() => jurisdictions.code),
    kind: text("kind").notNull(),
  },
  (t) => [index("instruments_jurisdiction").on(t.jurisdiction)],
);

/** One text of an instrument as at a date. A new `as_at` adds a version; the old one is kept. */
export const instrumentVersions = sqliteTable(
  "instrument_versions",
  {
    id: text("id").primaryKey(), // `${instrument}@${as_at}`
    instrument: text("instrument")
      .notNull()
      .references(() => instruments.id),
    asAt: text("as_at").notNull(),
    title: text("title").notNull(),
    shortTitle: text("short_title").notNull(),
    status: text("status").notNull(),
    sourceUrl: text("source_url").notNull(),
    sourceNote: text("source_note").notNull(),
    language: text("language").notNull(),
    citationPrefix: text("citation_prefix"),
    /** JSON list of { provision, scope, by, note } as in the front matter. */
    suspended: text("suspended", { mode: "json" }).$type<{ provision: string; scope: string; by: string; note?: string }[]>().notNull(),
    contentHash: text("content_hash").notNull(),
    sourcePath: text("source_path").notNull(),
    ingestedAt: text("ingested_at").notNull(),
  },
  (t) => [uniqueIndex("instrument_versions_as_at").on(t.instrument, t.asAt)],
);

export const provisions = sqliteTable(
  "provisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Public, stable id: `${version id}~${eId}`. */
    key: text("key").notNull(),
    version: text("version")
      .notNull()
      .references(() => instrumentVersions.id, { onDelete: "cascade" }),
    parentId: integer("parent_id"),
    ordinal: integer("ordinal").notNull(),
    depth: integer("depth").notNull(),
    kind: text("kind").notNull(),
    eId: text("e_id").notNull(),
    num: text("num"),
    heading: text("heading"),
    citation: text("citation").notNull(),
    section: text("section"),
    term: text("term"),
    text: text("text").notNull(),
    fullText: text("full_text").notNull(),
    suspended: integer("suspended", { mode: "boolean" }).notNull().default(false),
    line: integer("line").notNull(),
  },
  (t) => [
    uniqueIndex("provisions_key").on(t.key),
    index("provisions_version_ordinal").on(t.version, t.ordinal),
    index("provisions_parent").on(t.parentId),
    index("provisions_section").on(t.version, t.section),
    // Covers the matrix's walk over every section-level provision without touching the wide rows.
    index("provisions_kind").on(t.kind, t.suspended, t.version, t.key),
  ],
);

/** Every term a definitions provision defines ("access", "computer system"). */
export const definedTerms = sqliteTable(
  "defined_terms",
  {
    provisionId: integer("provision_id")
      .notNull()
      .references(() => provisions.id, { onDelete: "cascade" }),
    term: text("term").notNull(),
  },
  (t) => [primaryKey({ columns: [t.provisionId, t.term] }), index("defined_terms_term").on(t.term)],
);

export const categories = sqliteTable("categories", {
  id: text("id").primaryKey(),
  group: text("group").notNull(),
  title: text("title").notNull(),
  ordinal: integer("ordinal").notNull(),
});

/** A category's number in a guide or instrument, with how sure the number is. */
export const crosswalkRefs = sqliteTable(
  "crosswalk_refs",
  {
    category: text("category")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    source: text("source").notNull(), // guide2012, guide_ch6, budapest, un2024, malabo, hipcar, commonwealth
    reference: text("reference").notNull(),
    confidence: text("confidence").notNull(), // seen, seen-part, memory, inferred, unknown
  },
  (t) => [primaryKey({ columns: [t.category, t.source] })],
);

/** What the tagger writes of a provision and a category, tag or candidate alike (fresh builders per table). */
const taggerVerdict = () => ({
  provisionId: integer("provision_id")
    .notNull()
    .references(() => provisions.id, { onDelete: "cascade" }),
  category: text("category")
    .notNull()
    .references(() => categories.id),
  score: real("score").notNull(),
  evidence: text("evidence", { mode: "json" }).notNull(),
  taggerVersion: text("tagger_version").notNull(),
});

export const tags = sqliteTable(
  "tags",
  {
    ...taggerVerdict(),
    /** "direct" when the provision's own words carry the tag, "rollup" when a descendant's do. */
    level: text("level", { enum: ["direct", "rollup"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.provisionId, t.category] }), index("tags_category").on(t.category)],
);

/**
 * Categories whose cues a section carries but that the tagger did not give it (score short of the
 * threshold, or a role that does not fit): where a reader should look before trusting "missing".
 * The score is the one before the role gate.
 */
export const candidates = sqliteTable(
  "candidates",
  {
    ...taggerVerdict(),
    reason: text("reason", { enum: ["weak", "role"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.provisionId, t.category] })],
);

/** Legal elements of an offence provision (mental element, without right, penalties …) as JSON. */
export const provisionElements = sqliteTable("provision_elements", {
  provisionId: integer("provision_id")
    .primaryKey()
    .references(() => provisions.id, { onDelete: "cascade" }),
  role: text("role").notNull(),
  elements: text("elements", { mode: "json" }).notNull(),
});

/**
 * Each jurisdiction's coverage of every category as its gap report reads it, rewritten with its tags:
 * what the matrix reads. "candidates" marks a missing category whose words some section carries.
 */
export const jurisdictionCoverage = sqliteTable(
  "jurisdiction_coverage",
  {
    jurisdiction: text("jurisdiction")
      .notNull()
      .references(() => jurisdictions.code),
    category: text("category")
      .notNull()
      .references(() => categories.id),
    status: text("status", { enum: ["covered", "partial", "missing"] }).notNull(),
    candidates: integer("candidates", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.category] })],
);

export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
