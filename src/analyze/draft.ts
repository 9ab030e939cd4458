// The draft check: a text that is not in the store (a bill being drafted, a law from elsewhere)
// parsed, tagged and measured against the taxonomy; nothing is stored. This object is what
// `cli analyze --format json` prints and what POST /v1/analyze returns.
import { parseLaw } from "../parse/parse.js";
import { extractElements, type LegalElements } from "../tag/elements.js";
import { defaultExemplarIndex } from "../tag/exemplars.js";
import { type Candidate, type Tag, tagLaw } from "../tag/tagger.js";
import type { Role } from "../taxonomy/taxonomy.js";
import type { Db } from "../store/db.js";
import { type CategoryCoverage, type CoverageStatus, coverage, elementFlags } from "./coverage.js";
import { accuracyOf, type GroupAccuracy } from "../eval/measured.js";
import { profileOf } from "./gaps.js";
import type { ProfileId } from "./profiles.js";
import { type CategoryExample, examplesFor } from "./provisions.js";

export interface DraftProvision {
  id: string;
  section: string | null;
  citation: string;
  kind: string;
  heading: string | null;
  text: string;
  role: Role;
  tags: Tag[];
  /** Sections only: categories whose cues the words carry but that the tagger did not give. */
  candidates: Candidate[];
  elements: LegalElements | null;
}

export interface DraftCoverage extends CategoryCoverage {
  /** For a missing category: the sections that carry some of its cues, to read before acting on "missing". */
  candidates: string[];
}

export interface DraftAnalysis {
  title: string | null;
  provisions: DraftProvision[];
  coverage: DraftCoverage[];
  warnings: string[];
}

export function analyzeDraft(markdown: string, file?: string): DraftAnalysis {
  const law = parseLaw(markdown, { file, requireFrontMatter: false });
  const tagged = tagLaw(law.provisions, { exemplars: defaultExemplarIndex(), instrument: law.meta?.id });
  const provisions = tagged.map(({ provision: p, role, tags, candidates }) => ({
    id: p.eId,
    section: p.section,
    citation: p.citation,
    kind: p.kind,
    heading: p.heading,
    text: p.text,
    role,
    tags,
    candidates,
    elements: role === "offence" && tags.length ? extractElements(p.fullText) : null,
  }));
  const sections = provisions.filter((p) => p.kind === "section" || p.kind === "article");
  const covering = sections.flatMap((s) => s.tags.map((t) => ({ id: s.id, category: t.category, score: t.score, elements: elementFlags(s.elements) })));
  const withCandidates = coverage(covering).map((c) => ({
    ...c,
    candidates: c.status === "missing" ? sections.filter((s) => s.candidates.some((k) => k.category === c.category)).map((s) => s.id) : [],
  }));
  return { title: law.title, provisions, coverage: withCandidates, warnings: law.warnings };
}


export interface DraftCheck extends DraftAnalysis {
  profile: { id: ProfileId; title: string };
  /** Each profile category the draft does not fully cover, with wording from other jurisdictions. */
  gaps: {
    category: string;
    title: string;
    status: CoverageStatus;
    missingElements: string[];
    /** Sections of the draft to read before acting on "missing" (see DraftCoverage). */
    candidates: { id: string; citation: string; heading: string | null; score: number; reason: Candidate["reason"] }[];
    /** How the tagger did on this category's group in laws it was not written from (npm run eval). */
    taggerAccuracy: GroupAccuracy | null;
    examples: CategoryExample[];
  }[];
}

/** The draft check against a benchmark profile, with two or three examples per gap from the store. */
export function checkDraft(db: Db, markdown: string, profileId: string = "budapest"): DraftCheck {
  const profile = profileOf(profileId);
  const analysis = analyzeDraft(markdown);
  const status = new Map(analysis.coverage.map((c) => [c.category, c]));
  const byId = new Map(analysis.provisions.map((p) => [p.id, p]));
  const gaps = profile.categories
    .filter((pc) => status.get(pc.category)!.status !== "covered")
    .map((pc) => {
      const c = status.get(pc.category)!;
      const candidates = c.candidates.map((id) => {
        const p = byId.get(id)!;
        const { score, reason } = p.candidates.find((k) => k.category === pc.category)!;
        return { id, citation: p.citation, heading: p.heading, score, reason };
      });
      return {
        category: pc.category,
        title: pc.title,
        status: c.status,
        missingElements: c.missingElements,
        candidates,
        taggerAccuracy: accuracyOf(pc.category),
        examples: examplesFor(db, pc.category),
      };
    });
  return { ...analysis, profile: { id: profile.id, title: profile.title }, gaps };
}
