// Tags in the store: the taxonomy (categories, crosswalk) seeded from its data file, and each
// provision's role and tags written with their evidence. `retag` re-runs the tagger over stored text.
import type { Provision, ProvisionKind } from "../parse/parse.js";
import { extractElements } from "../tag/elements.js";
import { defaultExemplarIndex } from "../tag/exemplars.js";
import { TAGGER_VERSION, type TagEvidence, type TaggedProvision, tagLaw } from "../tag/tagger.js";
import { CATEGORIES, TAXONOMY_VERSION } from "../taxonomy/taxonomy.js";
import { refreshCoverage } from "./coverage.js";
import type { Db } from "./db.js";

/** Loads the taxonomy into the store when the stored copy is missing or older (no write otherwise). */
export function seedTaxonomy(db: Db): void {
  const client = db.$client;
  const stored = client.prepare("SELECT value FROM meta WHERE key = 'taxonomy_version'").pluck().get();
  if (stored === TAXONOMY_VERSION) return;
  client.transaction(() => {
    const upsertCategory = client.prepare(
      `INSERT INTO categories (id, "group", title, ordinal) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET "group" = excluded."group", title = excluded.title, ordinal = excluded.ordinal`,
    );
    const upsertRef = client.prepare(
      `INSERT INTO crosswalk_refs (category, source, reference, confidence) VALUES (?, ?, ?, ?)
       ON CONFLICT(category, source) DO UPDATE SET reference = excluded.reference, confidence = excluded.confidence`,
    );
    CATEGORIES.forEach((c, k) => {
      upsertCategory.run(c.id, c.group, c.title, k);
      for (const [source, ref] of Object.entries(c.refs)) upsertRef.run(c.id, source, ref.reference ?? "—", ref.confidence);
    });
    client.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy_version', ?)").run(TAXONOMY_VERSION);
  })();
}

/** Writes roles, tags and candidates for the provisions of one version (ids by eId); the caller holds the transaction. */
export function storeTags(db: Db, tagged: TaggedProvision[], idOf: Map<string, number>): void {
  const insertTag = db.$client.prepare(
    "INSERT INTO tags (provision_id, category, score, level, evidence, tagger_version) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertCandidate = db.$client.prepare(
    "INSERT INTO candidates (provision_id, category, score, reason, evidence, tagger_version) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insertRole = db.$client.prepare("INSERT INTO provision_elements (provision_id, role, elements) VALUES (?, ?, ?)");
  for (const t of tagged) {
    const id = idOf.get(t.provision.eId)!;
    insertRole.run(id, t.role, JSON.stringify(t.role === "offence" ? extractElements(t.provision.fullText) : {}));
    for (const tag of t.tags) insertTag.run(id, tag.category, tag.score, tag.level, JSON.stringify(tag.evidence), TAGGER_VERSION);
    for (const c of t.candidates) insertCandidate.run(id, c.category, c.score, c.reason, JSON.stringify(c.evidence), TAGGER_VERSION);
  }
}

/** A stored tag's evidence: tags written before the tagger recorded the Part (1.4.0) read as having none. */
export function readEvidence(json: string): TagEvidence {
  return { part: null, ...(JSON.parse(json) as Omit<TagEvidence, "part"> & { part?: string | null }) };
}

export function tagInstrument(provisions: Provision[], instrument: string): TaggedProvision[] {
  return tagLaw(provisions, { exemplars: defaultExemplarIndex(), instrument });
}

interface ProvisionRow {
  id: number;
  parent_id: number | null;
  kind: ProvisionKind;
  e_id: string;
  num: string | null;
  heading: string | null;
  text: string;
  full_text: string;
  citation: string;
  section: string | null;
  term: string | null;
  line: number;
}

/** Rebuilds a version's provision tree from the store. */
function loadTree(db: Db, version: string): { roots: Provision[]; idOf: Map<string, number> } {
  const rows = db.$client.prepare("SELECT * FROM provisions WHERE version = ? ORDER BY ordinal").all(version) as ProvisionRow[];
  const byId = new Map<number, Provision>();
  const roots: Provision[] = [];
  const idOf = new Map<string, number>();
  for (const r of rows) {
    const p: Provision = {
      eId: r.e_id, kind: r.kind, num: r.num, heading: r.heading, text: r.text, fullText: r.full_text,
      citation: r.citation, section: r.section, term: r.term, line: r.line, children: [],
    };
    byId.set(r.id, p);
    idOf.set(r.e_id, r.id);
    const parent = r.parent_id === null ? null : byId.get(r.parent_id);
    (parent ? parent.children : roots).push(p);
  }
  return { roots, idOf };
}

/** Re-runs the tagger over every stored version; one transaction per version. */
export function retagAll(db: Db): { versions: number; tags: number } {
  seedTaxonomy(db);
  const versions = db.$client.prepare("SELECT id, instrument FROM instrument_versions ORDER BY id").all() as { id: string; instrument: string }[];
  let tags = 0;
  for (const v of versions) db.$client.transaction(() => (tags += retagVersion(db, v.id, v.instrument)))();
  return { versions: versions.length, tags };
}

/**
 * Replaces one stored version's roles, elements, tags and candidates from its stored text, and its
 * jurisdiction's coverage cells; the caller holds the transaction.
 */
export function retagVersion(db: Db, version: string, instrument: string): number {
  for (const table of ["tags", "candidates", "provision_elements"]) {
    db.$client.prepare(`DELETE FROM ${table} WHERE provision_id IN (SELECT id FROM provisions WHERE version = ?)`).run(version);
  }
  const { roots, idOf } = loadTree(db, version);
  const tagged = tagInstrument(roots, instrument);
  storeTags(db, tagged, idOf);
  refreshCoverage(db, db.$client.prepare("SELECT jurisdiction FROM instruments WHERE id = ?").pluck().get(instrument) as string);
  return tagged.reduce((n, t) => n + t.tags.length, 0);
}

/** Whether another tagger version wrote a stored version's tags (a version with no tags counts as current). */
export function taggedByAnotherTagger(db: Db, version: string): boolean {
  const stale = db.$client
    .prepare("SELECT 1 FROM tags t JOIN provisions p ON p.id = t.provision_id WHERE p.version = ? AND t.tagger_version <> ? LIMIT 1")
    .get(version, TAGGER_VERSION);
  return stale !== undefined;
}
