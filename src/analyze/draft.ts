// The draft check: a text that is not in the store (a bill being drafted, a law from elsewhere)
// parsed, tagged and measured against the taxonomy; nothing is stored. This object is what
// `cli analyze --format json` prints and what POST /v1/analyze returns.
import { parseLaw } from "../parse/parse.js";
import { extractElements, type LegalElements } from "../tag/elements.js";
import { defaultExemplarIndex } from "../tag/exemplars.js";
import { type Tag, tagLaw } from "../tag/tagger.js";
import type { Role } from "../taxonomy/taxonomy.js";
import { type CategoryCoverage, coverage } from "./coverage.js";

export interface DraftProvision {
  id: string;
  section: string | null;
  citation: string;
  kind: string;
  heading: string | null;
  text: string;
  role: Role;
  tags: Tag[];
  elements: LegalElements | null;
}

export interface DraftAnalysis {
  title: string | null;
  provisions: DraftProvision[];
  coverage: CategoryCoverage[];
  warnings: string[];
}

export function analyzeDraft(markdown: string, file?: string): DraftAnalysis {
  const law = parseLaw(markdown, { file, requireFrontMatter: false });
  const tagged = tagLaw(law.provisions, { exemplars: defaultExemplarIndex(), instrument: law.meta?.id });
  const provisions = tagged.map(({ provision: p, role, tags }) => ({
    id: p.eId,
    section: p.section,
    citation: p.citation,
    kind: p.kind,
    heading: p.heading,
    text: p.text,
    role,
    tags,
    elements: role === "offence" && tags.length ? extractElements(p.fullText) : null,
  }));
  const sections = provisions.filter((p) => p.kind === "section" || p.kind === "article");
  const covering = sections.flatMap((s) => s.tags.map((t) => ({ id: s.id, category: t.category, score: t.score, elements: s.elements })));
  return { title: law.title, provisions, coverage: coverage(covering), warnings: law.warnings };
}

