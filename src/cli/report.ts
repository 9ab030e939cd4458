// `cli report …`: the gap report, the matrix and the comparison for people who don't run a
// server — readable tables on a terminal, JSON with --format json, CSV for the matrix.
import { compare, type Comparison, type GapReport, gapReport, type Matrix, matrix, matrixCsv, missingCaveat } from "../analyze/gaps.js";
import { InputError } from "../errors.js";
import { defaultDatabasePath, openDatabase } from "../store/db.js";

export interface ReportOptions {
  db?: string;
  format: string;
  profile: string;
  group?: string;
}

const MARK = { covered: "■ covered", partial: "◧ partial", missing: "□ missing" } as const;
const SHORT = { covered: "■", partial: "◧", missing: "·" } as const;

function withDb<T>(opts: ReportOptions, read: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(opts.db ?? defaultDatabasePath(), { readonly: true });
  try {
    return read(db);
  } finally {
    db.$client.close();
  }
}

export function checkFormat(opts: { format: string }, allowed: string[]): void {
  if (!allowed.includes(opts.format)) throw new InputError(`expected one of ${allowed.join(", ")}`, { field: "--format" });
}

export function reportGaps(code: string, opts: ReportOptions): string {
  checkFormat(opts, ["text", "json"]);
  const report = withDb(opts, (db) => gapReport(db, code, opts.profile));
  return opts.format === "json" ? JSON.stringify(report, null, 2) : gapsText(report);
}

function gapsText(r: GapReport): string {
  const lines = [
    `${r.jurisdiction.name} (${r.jurisdiction.code}) against ${r.profile.title}`,
    `reads: ${r.basis.map((b) => `${b.title}, as at ${b.asAt} (${b.status})`).join("; ")}`,
    ...(r.note ? [`note: ${r.note}`] : []),
    `${r.summary.covered} covered, ${r.summary.partial} partial, ${r.summary.missing} missing of ${r.summary.total}`,
    "",
  ];
  for (const c of r.categories) {
    const cites = c.covering.map((p) => (p.suspended ? `${p.citation} (suspended)` : p.citation)).join(", ");
    const lacks = c.missingElements.length ? `  lacks: ${c.missingElements.join(", ")}` : "";
    const leads = c.candidates.length ? `  but read ${c.candidates.map((k) => k.citation).join(", ")}` : "";
    lines.push(`${MARK[c.status].padEnd(10)} ${c.category.padEnd(28)} ${cites}${lacks}${leads}`);
  }
  const caveat = missingCaveat(r);
  if (caveat) lines.push("", caveat);
  return lines.join("\n");
}

export function reportMatrix(opts: ReportOptions): string {
  checkFormat(opts, ["text", "json", "csv"]);
  const m = withDb(opts, (db) => matrix(db, opts.profile, opts.group));
  if (opts.format === "json") return JSON.stringify(m, null, 2);
  if (opts.format === "csv") return matrixCsv(m).trimEnd();
  return [`${m.profile.title}: ■ covered  ◧ partial  · missing`, "", matrixText(m)].join("\n");
}

function matrixText(m: Matrix): string {
  const lines = m.categories.map((c, k) => `${String(k + 1).padStart(3)} ${c.category}`);
  const head = `${"".padEnd(8)}${m.categories.map((_, k) => String(k + 1).padStart(3)).join("")}  covered`;
  const rows = m.rows.map((r) => `${r.code.padEnd(8)}${m.categories.map((c) => SHORT[r.cells[c.category]!].padStart(3)).join("")}  ${r.covered}/${m.categories.length}`);
  return [head, ...rows, "", ...lines].join("\n");
}

export function reportCompare(a: string, b: string, opts: ReportOptions): string {
  checkFormat(opts, ["text", "json"]);
  const c = withDb(opts, (db) => compare(db, a, b, opts.profile));
  return opts.format === "json" ? JSON.stringify(c, null, 2) : compareText(c);
}

function months(m: number | "life" | null): string {
  return m === null ? "—" : m === "life" ? "life" : m % 12 === 0 ? `${m / 12} y` : `${m} mo`;
}

function compareText(c: Comparison): string {
  const lines = [
    `${c.a.name} (${c.a.code}) and ${c.b.name} (${c.b.code}) against ${c.profile.title}`,
    `alignment (Jaccard over covered categories): ${c.alignment.toFixed(3)} — both ${c.counts.both}, only ${c.a.code} ${c.counts.only_a}, only ${c.b.code} ${c.counts.only_b}, neither ${c.counts.neither}`,
    "",
    `${"category".padEnd(28)} ${c.a.code.padEnd(10)} ${c.b.code.padEnd(10)} max imprisonment ${c.a.code} / ${c.b.code}`,
  ];
  for (const x of c.categories) {
    const pen = x.elements ? `${months(x.elements.a.maxImprisonmentMonths)} / ${months(x.elements.b.maxImprisonmentMonths)}` : "";
    const read = (["a", "b"] as const).filter((side) => x.candidates[side].length).map((side) => `read ${c[side].code} ${x.candidates[side].join(", ")}`);
    lines.push(`${x.category.padEnd(28)} ${x.a.padEnd(10)} ${x.b.padEnd(10)} ${[pen, ...read].filter(Boolean).join("  ")}`.trimEnd());
  }
  return lines.join("\n");
}
