// The zod contracts of the API's responses, shared by the route definitions (and so by
// /openapi.json). Handlers parse what they return against these, so a response never drifts
// from its documentation.
import { z } from "@hono/zod-openapi";
import { PROFILE_IDS } from "../src/analyze/profiles.js";

export const ProfileParam = z.enum(PROFILE_IDS).default("budapest").openapi({
  description: "benchmark the categories are drawn from: budapest (arts 2-35), un2024, itu (the whole guide taxonomy)",
});
/** A jurisdiction code parameter (ISO 3166-1 alpha-2 or an organisation code), case-insensitive. */
export const codeParam = (name: string, where: "path" | "query") =>
  z
    .string()
    .regex(/^[A-Za-z]{2,7}$/, "expected a jurisdiction code such as KE or COE")
    .openapi({ param: { name, in: where }, example: name === "b" ? "TZ" : "KE" });

const Confidence = z.enum(["seen", "seen-part", "memory", "inferred", "unknown"]);
const Status = z.enum(["covered", "partial", "missing"]);
const Months = z.union([z.number(), z.literal("life")]).nullable();

const ElementsSchema = z
  .object({
    mentalElement: z.array(z.string()),
    withoutRight: z.array(z.string()),
    result: z.array(z.string()),
    aggravations: z.array(z.string()),
    attempt: z.boolean(),
    penalties: z.array(
      z.object({
        form: z.enum(["basic", "aggravated"]),
        imprisonmentMonths: Months,
        fine: z.object({ amount: z.number().nullable(), unit: z.string(), words: z.string() }).nullable(),
        words: z.string(),
      }),
    ),
    maxImprisonmentMonths: z.object({ basic: Months, aggravated: Months }),
  })
  .openapi("LegalElements");

const Exemplar = z.object({
  key: z.string().optional(),
  jurisdiction: z.string().optional(),
  instrument: z.string(),
  citation: z.string(),
  heading: z.string().nullable(),
  categories: z.array(z.string()),
  similarity: z.number(),
});

const EvidenceSchema = z
  .object({
    heading: z.string().nullable(),
    headingCue: z.string().nullable(),
    matched: z.array(z.object({ cue: z.string(), words: z.string(), citation: z.string() })),
    exemplar: Exemplar.nullable(),
    role: z.string(),
    part: z.string().nullable().openapi({ description: "The Part or Chapter heading whose role let the category in, where the section's own words did not" }),
  })
  .openapi("TagEvidence");

const TagSchema = z
  .object({ category: z.string(), score: z.number(), level: z.enum(["direct", "rollup"]), evidence: EvidenceSchema })
  .openapi("Tag");

const CandidateReason = z.enum(["weak", "role"]).openapi({
  description: "weak: the score fell short of the threshold; role: the provision's role does not fit the category (a power's words in an offence section)",
});

const CandidateSchema = z
  .object({ category: z.string(), score: z.number().openapi({ description: "The score before the role gate" }), reason: CandidateReason, evidence: EvidenceSchema })
  .openapi("Candidate", { description: "A category whose cues a section carries but that the tagger did not give it: to read before acting on \"missing\"" });

export const TaxonomySchema = z
  .object({
    version: z.string(),
    sources: z.record(z.string(), z.string()),
    groups: z.array(z.object({ id: z.string(), title: z.string(), guide: z.string().nullable() })),
    categories: z.array(
      z.object({
        id: z.string(),
        group: z.string(),
        title: z.string(),
        refs: z.record(z.string(), z.object({ reference: z.string().nullable(), note: z.string().optional(), confidence: Confidence, verified: z.boolean() })),
      }),
    ),
  })
  .openapi("Taxonomy");

const Instrument = z.object({
  version: z.string(),
  instrument: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  kind: z.string(),
  asAt: z.string(),
  status: z.string(),
  sourceUrl: z.string(),
  current: z.boolean(),
  suspended: z.array(z.object({ provision: z.string(), scope: z.string(), by: z.string(), note: z.string().optional() })),
});

export const JurisdictionsSchema = z
  .object({
    items: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string(), instruments: z.array(Instrument) })),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
  })
  .openapi("Jurisdictions");

const Covering = z.object({
  id: z.string(),
  instrument: z.string(),
  citation: z.string(),
  heading: z.string().nullable(),
  excerpt: z.string(),
  score: z.number(),
  suspended: z.boolean(),
  evidence: EvidenceSchema,
  elements: ElementsSchema.nullable(),
});

const TaggerAccuracy = z
  .object({ group: z.string(), precision: z.number(), recall: z.number(), support: z.number().int() })
  .nullable()
  .openapi("TaggerAccuracy", {
    description:
      "The tagger's measured precision and recall on this category's taxonomy group, pooled over the instruments held out from rule writing (npm run eval), and the number of held-out labels they rest on; null where no held-out label measures the group. A low recall means a \"missing\" verdict is often a miss of the tagger.",
  });

export const GapReportSchema = z
  .object({
    jurisdiction: z.object({ code: z.string(), name: z.string() }),
    profile: z.object({ id: z.enum(PROFILE_IDS), title: z.string() }),
    basis: z.array(z.object({ version: z.string(), instrument: z.string(), title: z.string(), status: z.string(), asAt: z.string() })),
    note: z.string().nullable(),
    summary: z.object({ covered: z.number(), partial: z.number(), missing: z.number(), total: z.number() }),
    categories: z.array(
      z.object({
        category: z.string(),
        title: z.string(),
        section: z.string(),
        reference: z.string().nullable(),
        confidence: z.string().nullable(),
        status: Status,
        provisions: z.array(z.string()),
        missingElements: z.array(z.string()),
        covering: z.array(Covering),
        candidates: z
          .array(
            z.object({
              id: z.string(),
              instrument: z.string(),
              citation: z.string(),
              heading: z.string().nullable(),
              score: z.number(),
              reason: CandidateReason,
              evidence: EvidenceSchema,
            }),
          )
          .openapi({ description: "For a missing category: sections that carry some of its cues but were not tagged with it, to read before trusting \"missing\"" }),
        taggerAccuracy: TaggerAccuracy,
      }),
    ),
  })
  .openapi("GapReport");

export const MatrixSchema = z
  .object({
    profile: z.object({ id: z.enum(PROFILE_IDS), title: z.string() }),
    categories: z.array(z.object({ category: z.string(), title: z.string(), group: z.string(), section: z.string() })),
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        cells: z.record(z.string(), Status),
        covered: z.number(),
        missingWithCandidates: z
          .array(z.string())
          .openapi({ description: "Missing categories whose words some section carries: the gap report names the section to read before trusting the cell" }),
      }),
    ),
  })
  .openapi("Matrix");

const ElementSide = z.object({
  citations: z.array(z.string()),
  mentalElement: z.array(z.string()),
  withoutRight: z.array(z.string()),
  maxImprisonmentMonths: Months,
});

export const ComparisonSchema = z
  .object({
    a: z.object({ code: z.string(), name: z.string() }),
    b: z.object({ code: z.string(), name: z.string() }),
    profile: z.object({ id: z.enum(PROFILE_IDS), title: z.string() }),
    alignment: z.number().openapi({ description: "Jaccard index over covered categories: |A ∩ B| / |A ∪ B|" }),
    counts: z.object({ both: z.number(), only_a: z.number(), only_b: z.number(), neither: z.number() }),
    categories: z.array(
      z.object({
        category: z.string(),
        title: z.string(),
        side: z.enum(["both", "only_a", "only_b", "neither"]),
        a: Status,
        b: Status,
        elements: z.object({ a: ElementSide, b: ElementSide }).nullable(),
        candidates: z
          .object({ a: z.array(z.string()), b: z.array(z.string()) })
          .openapi({ description: "Where a side is missing: citations of sections that carry some of the category's words, to read before trusting the divergence" }),
      }),
    ),
  })
  .openapi("Comparison");

const ProvisionRef = z.object({ id: z.string(), citation: z.string(), heading: z.string().nullable(), kind: z.string() });

export const ProvisionSchema = ProvisionRef.extend({
  eId: z.string(),
  num: z.string().nullable(),
  section: z.string().nullable(),
  term: z.string().nullable(),
  text: z.string(),
  fullText: z.string(),
  suspended: z.boolean(),
  jurisdiction: z.string(),
  instrument: z.object({ version: z.string(), id: z.string(), title: z.string(), asAt: z.string(), status: z.string(), sourceUrl: z.string() }),
  role: z.string().nullable(),
  elements: ElementsSchema.nullable(),
  tags: z.array(TagSchema.extend({ taggerVersion: z.string() })),
  candidates: z.array(CandidateSchema),
  parent: ProvisionRef.nullable(),
  children: z.array(ProvisionRef),
}).openapi("Provision");

export const SimilarSchema = z.object({ provision: z.string(), items: z.array(Exemplar) }).openapi("SimilarProvisions");

export const SearchSchema = z
  .object({
    query: z.string(),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
    hits: z.array(z.object({ id: z.string(), jurisdiction: z.string(), instrument: z.string(), citation: z.string(), heading: z.string().nullable(), snippet: z.string() })),
  })
  .openapi("SearchResult");

const Example = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  instrument: z.string(),
  citation: z.string(),
  heading: z.string().nullable(),
  excerpt: z.string(),
  score: z.number(),
});

export const AnalysisSchema = z
  .object({
    title: z.string().nullable(),
    provisions: z.array(
      z.object({
        id: z.string(),
        section: z.string().nullable(),
        citation: z.string(),
        kind: z.string(),
        heading: z.string().nullable(),
        text: z.string(),
        role: z.string(),
        tags: z.array(TagSchema),
        candidates: z.array(CandidateSchema).openapi({ description: "Sections only; empty for the units inside them" }),
        elements: ElementsSchema.nullable(),
      }),
    ),
    coverage: z.array(
      z.object({
        category: z.string(),
        status: Status,
        provisions: z.array(z.string()),
        missingElements: z.array(z.string()),
        candidates: z.array(z.string()).openapi({ description: "For a missing category: ids of the sections that carry some of its cues" }),
      }),
    ),
    warnings: z.array(z.string()),
    profile: z.object({ id: z.enum(PROFILE_IDS), title: z.string() }),
    gaps: z.array(
      z.object({
        category: z.string(),
        title: z.string(),
        status: Status,
        missingElements: z.array(z.string()),
        candidates: z.array(z.object({ id: z.string(), citation: z.string(), heading: z.string().nullable(), score: z.number(), reason: CandidateReason })),
        taggerAccuracy: TaggerAccuracy,
        examples: z.array(Example),
      }),
    ),
  })
  .openapi("DraftAnalysis");
