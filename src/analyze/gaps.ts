// Gap reports, the jurisdiction × category matrix and the two-country comparison, read from the
// tagged store. Plain functions over the database; nothing here knows about HTTP.
import { InputError } from "../errors.js";
import type { LegalElements } from "../tag/elements.js";
import type { Candidate, TagEvidence } from "../tag/tagger.js";
import type { Db } from "../store/db.js";
import { readEvidence } from "../store/tags.js";
import { type CategoryCoverage, coverage, type CoverageStatus, elementFlags } from "./coverage.js";
import { type Profile, PROFILES, type ProfileId } from "./profiles.js";

export interface BasisInstrument {
  version: string;
  instrument: string;
  title: string;
  status: string;
  asAt: string;
}

export interface CoveringProvision {
  id: string;
  instrument: string;
  citation: string;
  heading: string | null;
  excerpt: string;
  score: number;
  suspended: boolean;
  evidence: TagEvidence;
  elements: LegalElements | null;
}

/** A section that carries some of a missing category's cues but was not tagged with it. */
export interface CandidateProvision {
  id: string;
  instrument: string;
  citation: string;
  heading: string | null;
  score: number;
  reason: Candidate["reason"];
  evidence: TagEvidence;
}

export interface GapCategory extends CategoryCoverage {
  title: string;
  section: string;
  reference: string | null;
  confidence: string | null;
  covering: CoveringProvision[];
  /** For a missing category: the sections to read before trusting "missing". */
  candidates: CandidateProvision[];
}

export interface GapReport {
  jurisdiction: { code: string; name: string };
  profile: { id: ProfileId; title: string };
  basis: BasisInstrument[];
  note: string | null;
  summary: Record<CoverageStatus, number> & { total: number };
  categories: GapCategory[];
}

interface SectionTagRow {
  key: string;
  instrument: string;
  citation: string;
  heading: string | null;
  full_text: string;
  suspended: number;
  category: string;
  score: number;
  evidence: string;
  elements: string | null;
}

const IN_FORCE = /^(in force|partly suspended)/i;

export function jurisdictionName(db: Db, code: string): { code: string; name: string } {
  const row = db.$client.prepare("SELECT code, name FROM jurisdictions WHERE code = ?").get(code.toUpperCase()) as
    | { code: string; name: string }
    | undefined;
  if (!row) throw new InputError(`no jurisdiction "${code}" in the store`, { field: "code" }, "not_found");
  return row;
}

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

function sectionTags(db: Db, versions: string[]): SectionTagRow[] {
  if (!versions.length) return [];
  return db.$client
    .prepare(
      `SELECT p.key, v.instrument, p.citation, p.heading, p.full_text, p.suspended, t.category, t.score, t.evidence, e.elements
       FROM provisions p
       JOIN instrument_versions v ON v.id = p.version
       JOIN tags t ON t.provision_id = p.id
       LEFT JOIN provision_elements e ON e.provision_id = p.id
       WHERE p.version IN (SELECT value FROM json_each(?)) AND p.kind IN ('section', 'article')
       ORDER BY p.ordinal`,
    )
    .all(JSON.stringify(versions)) as SectionTagRow[];
}

function sectionCandidates(db: Db, versions: string[]): (Omit<CandidateProvision, "evidence"> & { category: string; evidence: string })[] {
  if (!versions.length) return [];
  return db.$client
    .prepare(
      `SELECT p.key AS id, v.instrument, p.citation, p.heading, c.category, c.score, c.reason, c.evidence
       FROM candidates c
       JOIN provisions p ON p.id = c.provision_id
       JOIN instrument_versions v ON v.id = p.version
       WHERE p.version IN (SELECT value FROM json_each(?)) AND p.suspended = 0
       ORDER BY c.score DESC, p.ordinal`,
    )
    .all(JSON.stringify(versions)) as (Omit<CandidateProvision, "evidence"> & { category: string; evidence: string })[];
}

function elementsOf(json: string | null): LegalElements | null {
  if (!json) return null;
  const parsed = JSON.parse(json) as Partial<LegalElements>;
  return parsed.penalties ? (parsed as LegalElements) : null;
}

export function profileOf(id: string): Profile {
  const profile = PROFILES[id as ProfileId];
  if (!profile) throw new InputError(`unknown profile "${id}": expected one of ${Object.keys(PROFILES).join(", ")}`, { field: "profile" });
  return profile;
}

export function gapReport(db: Db, code: string, profileId: string = "budapest"): GapReport {
  const profile = profileOf(profileId);
  const jurisdiction = jurisdictionName(db, code);
  const { basis, note } = basisOf(db, jurisdiction.code);
  const rows = sectionTags(db, basis.map((b) => b.version));
  const provisionsOf = (category: string) =>
    rows
      .filter((r) => r.category === category)
      .map((r) => ({
        id: r.key,
        instrument: r.instrument,
        citation: r.citation,
        heading: r.heading,
        excerpt: r.full_text.slice(0, 400),
        score: r.score,
        suspended: r.suspended === 1,
        evidence: readEvidence(r.evidence),
        elements: elementsOf(r.elements),
      }));
  // Suspended or struck-down provisions are shown but do not count as coverage.
  const counting = rows.filter((r) => r.suspended === 0);
  const statuses = coverage(
    counting.map((r) => ({ id: r.key, category: r.category, score: r.score, elements: elementFlags(elementsOf(r.elements)) })),
    profile.categories.map((c) => c.category),
  );
  const leads = sectionCandidates(db, basis.map((b) => b.version));
  const categories = profile.categories.map((pc, k) => ({
    ...statuses[k]!,
    title: pc.title,
    section: pc.section,
    reference: pc.reference,
    confidence: pc.confidence,
    covering: provisionsOf(pc.category),
    candidates:
      statuses[k]!.status === "missing"
        ? leads.filter((c) => c.category === pc.category).map(({ category: _, evidence, ...c }) => ({ ...c, evidence: readEvidence(evidence) }))
        : [],
  }));
  const count = (s: CoverageStatus) => categories.filter((c) => c.status === s).length;
  return {
    jurisdiction,
    profile: { id: profile.id, title: profile.title },
    basis,
    note,
    summary: { covered: count("covered"), partial: count("partial"), missing: count("missing"), total: categories.length },
    categories,
  };
}

export interface MatrixRow {
  code: string;
  name: string;
  cells: Record<string, CoverageStatus>;
  covered: number;
  /** Missing categories whose words some section carries (candidates): the gap report says which section to read. */
  missingWithCandidates: string[];
}

export interface Matrix {
  profile: { id: ProfileId; title: string };
  categories: { category: string; title: string; group: string; section: string }[];
  rows: MatrixRow[];
}

/** Every jurisdiction × the profile's categories (optionally one taxonomy group), in two queries. */
export function matrix(db: Db, profileId: string = "budapest", group?: string): Matrix {
  const profile = profileOf(profileId);
  const categories = profile.categories.filter((c) => !group || c.group === group);
  if (group && !categories.length) throw new InputError(`no category of group "${group}" in profile ${profile.id}`, { field: "group" });
  const newest = db.$client
    .prepare(
      `SELECT j.code, j.name, v.id AS version, v.status FROM jurisdictions j
       LEFT JOIN instruments i ON i.jurisdiction = j.code
       LEFT JOIN instrument_versions v ON v.instrument = i.id AND v.as_at = (SELECT max(as_at) FROM instrument_versions w WHERE w.instrument = i.id)
       ORDER BY j.code`,
    )
    .all() as { code: string; name: string; version: string | null; status: string | null }[];
  // The same basis as the gap report: the versions in force, or all of them where none is.
  const basis = new Map<string, { name: string; versions: string[] }>();
  for (const code of new Set(newest.map((r) => r.code))) {
    const mine = newest.filter((r) => r.code === code && r.version);
    const inForce = mine.filter((r) => IN_FORCE.test(r.status!));
    basis.set(code, { name: newest.find((r) => r.code === code)!.name, versions: (inForce.length ? inForce : mine).map((r) => r.version!) });
  }
  const wanted = new Set(categories.map((c) => c.category));
  const rows = db.$client
    .prepare(
      `SELECT p.version, p.key, t.category, t.score,
              json_array_length(e.elements, '$.mentalElement') AS mental, json_array_length(e.elements, '$.withoutRight') AS withoutRight
       FROM provisions p JOIN tags t ON t.provision_id = p.id LEFT JOIN provision_elements e ON e.provision_id = p.id
       WHERE p.kind IN ('section', 'article') AND p.suspended = 0
         AND +t.category IN (SELECT value FROM json_each(?))`, // "+": find tags by provision, then filter by category
    )
    .all(JSON.stringify([...wanted, "proc.scope_safeguards"])) as { version: string; key: string; category: string; score: number; mental: number | null; withoutRight: number | null }[];
  const byVersion = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byVersion.get(r.version);
    if (list) list.push(r);
    else byVersion.set(r.version, [r]);
  }
  const candidateRows = db.$client
    .prepare(
      // CROSS JOIN: read the few candidates and look up their provisions, never the other way round.
      `SELECT DISTINCT p.version, c.category FROM candidates c CROSS JOIN provisions p ON p.id = c.provision_id
       WHERE p.suspended = 0 AND c.category IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...wanted])) as { version: string; category: string }[];
  const candidatesOf = new Map<string, string[]>();
  for (const r of candidateRows) candidatesOf.set(r.version, [...(candidatesOf.get(r.version) ?? []), r.category]);
  const ids = categories.map((c) => c.category);
  return {
    profile: { id: profile.id, title: profile.title },
    categories: categories.map(({ category, title, group: g, section }) => ({ category, title, group: g, section })),
    rows: [...basis].map(([code, { name, versions }]) => {
      // Elements are read in SQL: no JSON parsing per row (null where the provision is no offence).
      const covering = versions.flatMap((v) => byVersion.get(v) ?? []).map((r) => ({
        id: r.key,
        category: r.category,
        score: r.score,
        elements: r.mental === null ? null : { mentalElement: r.mental > 0, withoutRight: (r.withoutRight ?? 0) > 0 },
      }));
      const statuses = coverage(covering, ids);
      const cells = Object.fromEntries(statuses.map((c) => [c.category, c.status])) as Record<string, CoverageStatus>;
      const leads = new Set(versions.flatMap((v) => candidatesOf.get(v) ?? []));
      return {
        code,
        name,
        cells,
        covered: statuses.filter((c) => c.status !== "missing").length,
        missingWithCandidates: ids.filter((id) => cells[id] === "missing" && leads.has(id)),
      };
    }),
  };
}

export type Side = "both" | "only_a" | "only_b" | "neither";

export interface ElementSide {
  citations: string[];
  mentalElement: string[];
  withoutRight: string[];
  maxImprisonmentMonths: number | "life" | null;
}

export interface Comparison {
  a: { code: string; name: string };
  b: { code: string; name: string };
  profile: { id: ProfileId; title: string };
  /** Jaccard index over the categories each covers (covered or partial): |A ∩ B| / |A ∪ B|. */
  alignment: number;
  counts: Record<Side, number>;
  categories: {
    category: string;
    title: string;
    side: Side;
    a: CoverageStatus;
    b: CoverageStatus;
    elements: { a: ElementSide; b: ElementSide } | null;
    /** Where a side is missing: the citations of its candidates, to read before trusting the divergence. */
    candidates: { a: string[]; b: string[] };
  }[];
}

function elementSide(c: GapCategory): ElementSide {
  const counting = c.covering.filter((p) => !p.suspended);
  const all = counting.map((p) => p.elements).filter((e): e is LegalElements => e !== null);
  const maxima = all.flatMap((e) => [e.maxImprisonmentMonths.basic, e.maxImprisonmentMonths.aggravated]);
  const max = maxima.includes("life") ? "life" : maxima.filter((m): m is number => typeof m === "number").reduce<number | null>((m, x) => (m === null || x > m ? x : m), null);
  return {
    citations: counting.map((p) => p.citation),
    mentalElement: [...new Set(all.flatMap((e) => e.mentalElement))],
    withoutRight: [...new Set(all.flatMap((e) => e.withoutRight))],
    maxImprisonmentMonths: max,
  };
}

export function compare(db: Db, codeA: string, codeB: string, profileId: string = "budapest"): Comparison {
  const ra = gapReport(db, codeA, profileId);
  const rb = gapReport(db, codeB, profileId);
  const counts: Record<Side, number> = { both: 0, only_a: 0, only_b: 0, neither: 0 };
  const categories = ra.categories.map((ca, k) => {
    const cb = rb.categories[k]!;
    const inA = ca.status !== "missing";
    const inB = cb.status !== "missing";
    const side: Side = inA && inB ? "both" : inA ? "only_a" : inB ? "only_b" : "neither";
    counts[side]++;
    return {
      category: ca.category,
      title: ca.title,
      side,
      a: ca.status,
      b: cb.status,
      elements: side === "both" ? { a: elementSide(ca), b: elementSide(cb) } : null,
      candidates: { a: ca.candidates.map((k) => k.citation), b: cb.candidates.map((k) => k.citation) },
    };
  });
  const union = counts.both + counts.only_a + counts.only_b;
  return {
    a: ra.jurisdiction,
    b: rb.jurisdiction,
    profile: ra.profile,
    alignment: union === 0 ? 0 : Math.round((counts.both / union) * 1000) / 1000,
    counts,
    categories,
  };
}

/** The matrix as RFC 4180 CSV: a row per jurisdiction, a column per category, then the count covered. */
export function matrixCsv(m: Matrix): string {
  const cell = (v: string | number) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const header = ["code", "name", ...m.categories.map((c) => c.category), "covered"];
  const rows = m.rows.map((r) => [r.code, r.name, ...m.categories.map((c) => r.cells[c.category] ?? "missing"), r.covered]);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** The gap report as a markdown document (for download and print). */
export function gapReportMarkdown(r: GapReport): string {
  const lines = [
    `# ${r.jurisdiction.name} (${r.jurisdiction.code}): gap report against the ${r.profile.title}`,
    "",
    `Reads: ${r.basis.map((b) => `${b.title}, as at ${b.asAt} (${b.status})`).join("; ")}.`,
    ...(r.note ? ["", `Note: ${r.note}`] : []),
    "",
    `${r.summary.covered} covered, ${r.summary.partial} partial, ${r.summary.missing} missing of ${r.summary.total} categories.`,
    "",
    "| category | status | provisions | lacks |",
    "| --- | --- | --- | --- |",
    ...r.categories.map((c) => {
      const cites =
        c.covering.map((p) => (p.suspended ? `~~${p.citation}~~ (suspended)` : p.citation)).join(", ") ||
        (c.candidates.length ? `none found; read ${c.candidates.map((k) => k.citation).join(", ")}` : "");
      return `| ${c.title} (\`${c.category}\`) | ${c.status} | ${cites} | ${c.missingElements.join(", ")} |`;
    }),
  ];
  return lines.join("\n") + "\n";
}

/** The gap report as CSV: one row per category. */
export function gapReportCsv(r: GapReport): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = [
    ["jurisdiction", "profile", "category", "title", "status", "provisions", "lacks"],
    ...r.categories.map((c) => [r.jurisdiction.code, r.profile.id, c.category, c.title, c.status, c.covering.map((p) => p.citation + (p.suspended ? " (suspended)" : "")).join("; "), c.missingElements.join("; ")]),
  ];
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
