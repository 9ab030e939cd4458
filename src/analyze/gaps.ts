// Gap reports, the jurisdiction × category matrix and the two-country comparison, read from the
// tagged store. Plain functions over the database; nothing here knows about HTTP.
import { InputError } from "../errors.js";
import type { LegalElements } from "../tag/elements.js";
import type { Candidate, TagEvidence } from "../tag/tagger.js";
import type { Db } from "../store/db.js";
import { basisOf, type BasisInstrument, coverageCells } from "../store/coverage.js";
import { readEvidence } from "../store/tags.js";
import { accuracyOf, type GroupAccuracy } from "../eval/measured.js";
import { type CategoryCoverage, coverage, type CoverageStatus, elementFlags } from "./coverage.js";
import { type Profile, PROFILES, type ProfileId } from "./profiles.js";

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
  /** How the tagger did on this category's group in laws it was not written from (npm run eval). */
  taggerAccuracy: GroupAccuracy | null;
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

/** A stored jurisdiction by its code; `field` names the parameter that carried the code, for the error. */
export function jurisdictionName(db: Db, code: string, field = "code"): { code: string; name: string } {
  const row = db.$client.prepare("SELECT code, name FROM jurisdictions WHERE code = ?").get(code.toUpperCase()) as
    | { code: string; name: string }
    | undefined;
  if (!row) throw new InputError(`no jurisdiction "${code}" in the store`, { field }, "not_found");
  return row;
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
  // Own keys only: "toString" is a property of every object, not a profile.
  const profile = Object.hasOwn(PROFILES, id) ? PROFILES[id as ProfileId] : undefined;
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
    taggerAccuracy: accuracyOf(pc.category),
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

/** Every jurisdiction × the profile's categories (optionally one taxonomy group), from the store's coverage cells. */
export function matrix(db: Db, profileId: string = "budapest", group?: string): Matrix {
  const profile = profileOf(profileId);
  const categories = profile.categories.filter((c) => !group || c.group === group);
  if (group && !categories.length) throw new InputError(`no category of group "${group}" in profile ${profile.id}`, { field: "group" });
  const ids = categories.map((c) => c.category);
  return {
    profile: { id: profile.id, title: profile.title },
    categories: categories.map(({ category, title, group: g, section }) => ({ category, title, group: g, section })),
    rows: coverageCells(db, ids).map(({ code, name, cells }) => {
      const status = new Map(cells.map((c) => [c.category, c]));
      return {
        code,
        name,
        cells: Object.fromEntries(ids.map((id) => [id, status.get(id)?.status ?? "missing"])) as Record<string, CoverageStatus>,
        covered: cells.filter((c) => c.status !== "missing").length,
        missingWithCandidates: ids.filter((id) => status.get(id)?.candidates),
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
  jurisdictionName(db, codeA, "a");
  jurisdictionName(db, codeB, "b");
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

/**
 * One sentence under a report's table: how far its "missing" verdicts can be trusted, from the
 * tagger's held-out recall per law for each group with a missing category (null when none misses).
 */
export function missingCaveat(r: GapReport): string | null {
  const groups = new Map<string, NonNullable<GapCategory["taggerAccuracy"]>>();
  for (const c of r.categories) if (c.status === "missing" && c.taggerAccuracy && c.taggerAccuracy.recall < 1) groups.set(c.taggerAccuracy.group, c.taggerAccuracy);
  if (!groups.size) return null;
  const figures = [...groups.values()].map((a) => `${a.group} ${Math.round(a.recall * 100)}% of ${a.support}`).join(", ");
  return `A "missing" rests on the tagger: in the laws held out from its rules it found ${figures} categories those laws have (npm run eval), so read the law before relying on one.`;
}

/** The gap report as a markdown document (for download and print). */
export function gapReportMarkdown(r: GapReport): string {
  const caveat = missingCaveat(r);
  const lines = [
    `# ${r.jurisdiction.name} (${r.jurisdiction.code}): gap report against the ${r.profile.title}`,
    "",
    `Reads: ${r.basis.map((b) => `${b.title}, as at ${b.asAt} (${b.status})`).join("; ")}.`,
    ...(r.note ? ["", `Note: ${r.note}`] : []),
    "",
    `${r.summary.covered} covered, ${r.summary.partial} partial, ${r.summary.missing} missing of ${r.summary.total} categories.`,
    "",
    "| category | status | provisions | lacks | sections to read before trusting “missing” |",
    "| --- | --- | --- | --- | --- |",
    ...r.categories.map((c) => {
      const cites = c.covering.map((p) => (p.suspended ? `~~${p.citation}~~ (suspended)` : p.citation)).join(", ");
      return `| ${c.title} (\`${c.category}\`) | ${c.status} | ${cites} | ${c.missingElements.join(", ")} | ${c.candidates.map((k) => k.citation).join(", ")} |`;
    }),
    ...(caveat ? ["", caveat] : []),
  ];
  return lines.join("\n") + "\n";
}

/** The gap report as CSV: one row per category. */
export function gapReportCsv(r: GapReport): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = [
    ["jurisdiction", "profile", "category", "title", "status", "provisions", "lacks", "to_read"],
    ...r.categories.map((c) => [
      r.jurisdiction.code,
      r.profile.id,
      c.category,
      c.title,
      c.status,
      c.covering.map((p) => p.citation + (p.suspended ? " (suspended)" : "")).join("; "),
      c.missingElements.join("; "),
      c.candidates.map((k) => k.citation).join("; "),
    ]),
  ];
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
