// Step 4 of the pipeline: a parsed law into the store. Every file is read and parsed before the
// database is touched, so bad input writes nothing; each instrument is then one transaction.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { and, eq } from "drizzle-orm";
import * as schema from "../../schema/schema.js";
import { InputError } from "../errors.js";
import { lookupJurisdiction } from "../jurisdictions.js";
import type { InstrumentMeta } from "../parse/front-matter.js";
import { definedTermsIn } from "../parse/definitions.js";
import { flatten, parseLaw, type Provision } from "../parse/parse.js";
import { readLawFile } from "../read.js";
import { refreshCoverage } from "./coverage.js";
import type { Db } from "./db.js";
import { retagVersion, seedTaxonomy, storeTags, taggedByAnotherTagger, tagInstrument } from "./tags.js";

export interface ReadInstrument {
  file: string;
  meta: InstrumentMeta;
  provisions: Provision[];
  contentHash: string;
  /** eIds of provisions a court suspended or struck down, with their descendants. */
  suspended: Set<string>;
}

export type IngestOutcome = "added" | "new version" | "replaced" | "retagged" | "unchanged";

export interface IngestResult {
  file: string;
  version: string;
  outcome: IngestOutcome;
  provisions: number;
}

const LAW_FILE = /\.(md|markdown|txt)$/i;

/** Expands files and folders into the law files they hold (folders: *.md, *.txt, README.md excluded). */
export function lawFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new InputError("no such file or folder", { file: path }, "not_found");
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    const inside = readdirSync(path)
      .filter((f) => LAW_FILE.test(f) && f.toLowerCase() !== "readme.md")
      .sort()
      .map((f) => join(path, f));
    files.push(...inside);
  }
  return files;
}

/** Reads, parses and checks one file (front matter, sections, suspended citations); no tagging yet. */
export function readInstrument(file: string, source = readLawFile(file)): ReadInstrument {
  const name = relative(process.cwd(), file) || file;
  const parsed = parseLaw(source, { file: name, requireFrontMatter: true });
  const meta = parsed.meta!;
  const all = flatten(parsed.provisions);
  const suspended = new Set<string>();
  meta.suspended.forEach((s, k) => {
    const target = all.find((p) => sameCitation(p.citation, s.provision, meta.citation_prefix));
    if (!target) {
      throw new InputError(`no provision with citation "${s.provision}" in this file`, {
        file: name,
        field: `suspended[${k}].provision`,
      });
    }
    flatten([target]).forEach((p) => suspended.add(p.eId));
  });
  const contentHash = createHash("sha256").update(source).digest("hex");
  return { file: name, meta, provisions: parsed.provisions, contentHash, suspended };
}

function sameCitation(citation: string, wanted: string, prefix: string | undefined): boolean {
  const norm = (c: string) => c.replace(/\s+/g, "").toLowerCase();
  return norm(citation) === norm(wanted) || (prefix !== undefined && norm(citation) === norm(`${prefix} ${wanted}`));
}

/**
 * Source characters of checked files whose parse is kept for the store step: the bundled corpus
 * (0.75 M characters) is parsed once. A kept parse takes about 12 bytes of heap per character, so
 * past this a file is parsed again when it is stored, and a large folder is never held in memory whole.
 */
const KEEP_PARSED_CHARS = 1024 * 1024;

/**
 * Reads and checks every file before anything is written, and throws the first error; returns the
 * parses it keeps (within KEEP_PARSED_CHARS), by file, for `ingestFiles`.
 */
export function checkAll(files: string[]): Map<string, ReadInstrument> {
  const seen = new Map<string, string>();
  const kept = new Map<string, ReadInstrument>();
  let chars = 0;
  for (const file of files) {
    const source = readLawFile(file);
    const item = readInstrument(file, source);
    const key = versionId(item.meta);
    const other = seen.get(key);
    if (other && other !== item.contentHash) {
      throw new InputError(`instrument ${item.meta.id} as at ${item.meta.as_at} is given twice with different text`, { file: item.file, field: "id" });
    }
    seen.set(key, item.contentHash);
    chars += source.length;
    if (chars <= KEEP_PARSED_CHARS) kept.set(file, item);
  }
  return kept;
}

/**
 * Tags and stores files one at a time, one transaction each; run `checkAll` on them first and pass
 * what it kept, so those files are not parsed again.
 */
export function ingestFiles(
  db: Db,
  files: string[],
  options: { checked?: Map<string, ReadInstrument>; onEach?: (result: IngestResult) => void } = {},
): IngestResult[] {
  return files.map((file) => {
    const result = storeInstrument(db, options.checked?.get(file) ?? readInstrument(file));
    options.checked?.delete(file); // stored: its tree may go
    options.onEach?.(result);
    return result;
  });
}

function versionId(meta: Pick<InstrumentMeta, "id" | "as_at">): string {
  return `${meta.id}@${meta.as_at}`;
}

/**
 * Writes one instrument version in one transaction; an identical text already stored is left alone,
 * and is not even tagged, so that restarting on an unchanged corpus costs no tagging.
 */
function storeInstrument(db: Db, item: ReadInstrument): IngestResult {
  const { meta } = item;
  seedTaxonomy(db);
  const version = versionId(meta);
  const count = flatten(item.provisions).length;
  return db.transaction((tx) => {
    const existing = tx
      .select({ hash: schema.instrumentVersions.contentHash })
      .from(schema.instrumentVersions)
      .where(and(eq(schema.instrumentVersions.instrument, meta.id), eq(schema.instrumentVersions.asAt, meta.as_at)))
      .get();
    if (existing?.hash === item.contentHash) {
      // The same text tagged by another tagger version is re-tagged, so that `npm start` never serves
      // stale tags: from the stored tree, whose rows the tags must point at, not from this parse.
      if (!taggedByAnotherTagger(db, version)) return { file: item.file, version, outcome: "unchanged", provisions: count };
      retagVersion(db, version, meta.id);
      return { file: item.file, version, outcome: "retagged", provisions: count };
    }
    const hadInstrument = tx.select().from(schema.instruments).where(eq(schema.instruments.id, meta.id)).get();
    const j = lookupJurisdiction(meta.jurisdiction)!;
    tx.insert(schema.jurisdictions).values(j).onConflictDoNothing().run();
    tx.insert(schema.instruments)
      .values({ id: meta.id, jurisdiction: j.code, kind: meta.kind })
      .onConflictDoUpdate({ target: schema.instruments.id, set: { jurisdiction: j.code, kind: meta.kind } })
      .run();
    if (existing) tx.delete(schema.instrumentVersions).where(eq(schema.instrumentVersions.id, version)).run();
    tx.insert(schema.instrumentVersions)
      .values({
        id: version,
        instrument: meta.id,
        asAt: meta.as_at,
        title: meta.title,
        shortTitle: meta.short_title,
        status: meta.status,
        sourceUrl: meta.source_url,
        sourceNote: meta.source_note,
        language: meta.language,
        citationPrefix: meta.citation_prefix ?? null,
        suspended: meta.suspended,
        contentHash: item.contentHash,
        sourcePath: item.file,
        ingestedAt: new Date().toISOString(),
      })
      .run();
    const idOf = insertTree(db, version, item); // same connection, so inside this transaction
    storeTags(db, tagInstrument(item.provisions, meta.id), idOf);
    refreshCoverage(db, j.code);
    const outcome: IngestOutcome = existing ? "replaced" : hadInstrument ? "new version" : "added";
    return { file: item.file, version, outcome, provisions: count };
  });
}

function insertTree(db: Db, version: string, item: ReadInstrument): Map<string, number> {
  const idOf = new Map<string, number>();
  const insertProvision = db.$client.prepare(
    `INSERT INTO provisions (key, version, parent_id, ordinal, depth, kind, e_id, num, heading, citation, section, term, text, full_text, suspended, line)
     VALUES (@key, @version, @parentId, @ordinal, @depth, @kind, @eId, @num, @heading, @citation, @section, @term, @text, @fullText, @suspended, @line)`,
  );
  const insertTerm = db.$client.prepare(`INSERT OR IGNORE INTO defined_terms (provision_id, term) VALUES (?, ?)`);
  let ordinal = 0;
  const walk = (p: Provision, parentId: number | null, depth: number) => {
    const { lastInsertRowid } = insertProvision.run({
      key: `${version}~${p.eId}`,
      version,
      parentId,
      ordinal: ordinal++,
      depth,
      kind: p.kind,
      eId: p.eId,
      num: p.num,
      heading: p.heading,
      citation: p.citation,
      section: p.section,
      term: p.term,
      text: p.text,
      fullText: p.fullText,
      suspended: item.suspended.has(p.eId) ? 1 : 0,
      line: p.line,
    });
    const id = Number(lastInsertRowid);
    idOf.set(p.eId, id);
    for (const term of definedTermsIn(p)) insertTerm.run(id, term);
    p.children.forEach((c) => walk(c, id, depth + 1));
  };
  item.provisions.forEach((p) => walk(p, null, 0));
  // One statement for the version's rows (migration 0005): the corpus's provisions took 207 ms to insert with a trigger per row, 73 ms so.
  db.$client.prepare("INSERT INTO provision_fts (rowid, heading, text) SELECT id, heading, text FROM provisions WHERE version = ?").run(version);
  return idOf;
}
