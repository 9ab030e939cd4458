// Coverage of the taxonomy by a body of law: for each category, covered / partial / missing, with
// the sections that cover it and what a covering provision still lacks. Shared by the draft check
// and the gap report, so that both say the same thing about the same text.
import type { LegalElements } from "../tag/elements.js";

/** What coverage needs to know of an offence provision's elements (null: not an offence provision). */
export interface ElementFlags {
  mentalElement: boolean;
  withoutRight: boolean;
}

export function elementFlags(e: LegalElements | null): ElementFlags | null {
  return e ? { mentalElement: e.mentalElement.length > 0, withoutRight: e.withoutRight.length > 0 } : null;
}
import { CATEGORIES } from "../taxonomy/taxonomy.js";

/** Names these rules in the store's coverage cells (src/store/coverage.ts): change it when the rules below change. */
export const COVERAGE_RULES = "1";

export type CoverageStatus = "covered" | "partial" | "missing";

export interface CoveringSection {
  /** Provision id (eId for a draft, store key for a stored law). */
  id: string;
  category: string;
  score: number;
  elements: ElementFlags | null;
}

export interface CategoryCoverage {
  category: string;
  status: CoverageStatus;
  provisions: string[];
  /** What the benchmark requires that no covering provision has. */
  missingElements: string[];
}

/** Offence groups whose benchmark articles (Budapest arts 2-10) require intent and "without right". */
const NEEDS_WITHOUT_RIGHT = new Set(["cia", "comp"]);
const NEEDS_INTENT = new Set(["cia", "comp", "content", "ip", "ext", "comb"]);

export function coverage(sections: CoveringSection[], categoryIds: string[] = CATEGORIES.map((c) => c.id)): CategoryCoverage[] {
  const byCategory = new Map<string, CoveringSection[]>();
  for (const s of sections) {
    const list = byCategory.get(s.category);
    if (list) list.push(s);
    else byCategory.set(s.category, [s]);
  }
  const hasSafeguards = byCategory.has("proc.scope_safeguards");
  return categoryIds.map((category) => {
    const covering = byCategory.get(category) ?? [];
    if (!covering.length) return { category, status: "missing", provisions: [], missingElements: [] };
    const group = category.split(".")[0]!;
    const missingElements: string[] = [];
    const elements = covering.map((c) => c.elements).filter((e): e is ElementFlags => e !== null);
    if (NEEDS_INTENT.has(group) && elements.length && !elements.some((e) => e.mentalElement)) missingElements.push("mental element");
    if (NEEDS_WITHOUT_RIGHT.has(group) && elements.length && !elements.some((e) => e.withoutRight)) missingElements.push("without right");
    if (group === "proc" && category !== "proc.scope_safeguards" && !hasSafeguards) missingElements.push("conditions and safeguards");
    return {
      category,
      status: missingElements.length ? "partial" : "covered",
      provisions: covering.map((c) => c.id),
      missingElements,
    };
  });
}
