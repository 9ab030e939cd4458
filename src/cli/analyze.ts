import { analyzeDraft, type DraftAnalysis } from "../analyze/draft.js";
import { readLawFile } from "../read.js";
import { checkFormat } from "./report.js";

export function analyzeCommand(file: string, opts: { format: string }): void {
  checkFormat(opts, ["text", "json"]);
  const analysis = analyzeDraft(readLawFile(file), file);
  console.log(opts.format === "json" ? JSON.stringify(analysis, null, 2) : renderText(analysis));
}

function renderText(a: DraftAnalysis): string {
  const lines: string[] = a.warnings.map((w) => `warning: ${w}`);
  for (const p of a.provisions.filter((x) => x.tags.some((t) => t.level === "direct"))) {
    const direct = p.tags.filter((t) => t.level === "direct").map((t) => `${t.category} ${t.score.toFixed(2)}`);
    lines.push(`${p.citation.padEnd(18)} ${p.role.padEnd(12)} ${direct.join(", ")}`);
  }
  const count = (s: string) => a.coverage.filter((c) => c.status === s).length;
  lines.push("", `coverage: ${count("covered")} covered, ${count("partial")} partial, ${count("missing")} missing of ${a.coverage.length} categories`);
  for (const c of a.coverage.filter((x) => x.status === "partial")) lines.push(`  partial  ${c.category.padEnd(28)} lacks ${c.missingElements.join(", ")}`);
  // A missing category whose cues some section carries may be a miss of the tagger: say where to look.
  const citationOf = new Map(a.provisions.map((p) => [p.id, p.citation]));
  for (const c of a.coverage.filter((x) => x.candidates.length)) {
    lines.push(`  missing  ${c.category.padEnd(28)} but read ${c.candidates.map((id) => citationOf.get(id)).join(", ")}`);
  }
  return lines.join("\n");
}
