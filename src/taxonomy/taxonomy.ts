// The taxonomy (categories, groups, crosswalk) and the tagger's cues, both kept as data in JSON
// beside this file and compiled once here.
import cuesData from "./cues.json" with { type: "json" };
import taxonomyData from "./taxonomy.json" with { type: "json" };
import { compilePhrases, type Phrase } from "../tag/text.js";

export type Confidence = "seen" | "seen-part" | "memory" | "inferred" | "unknown";

export interface CrosswalkRef {
  /** Article or section number; null where the instrument has no equivalent. */
  reference: string | null;
  note?: string;
  confidence: Confidence;
}

export interface Category {
  id: string;
  group: string;
  title: string;
  refs: Record<string, CrosswalkRef>;
}

export interface Group {
  id: string;
  title: string;
  guide: string | null;
}

export const TAXONOMY_VERSION: string = taxonomyData.version;
const CROSSWALK_SOURCES: Record<string, string> = taxonomyData.sources;
export const GROUPS: Group[] = taxonomyData.groups;
export const CATEGORIES: Category[] = taxonomyData.categories as Category[];
export const CATEGORY_IDS = new Set(CATEGORIES.map((c) => c.id));
export const GROUP_OF = new Map(CATEGORIES.map((c) => [c.id, c.group]));

export type Role = "offence" | "power" | "cooperation" | "definition" | "jurisdiction" | "provider" | "general" | "institutional" | "other";
export type CueRole = "offence" | "aggravation" | "noncompliance" | "power" | "cooperation" | "definition" | "localDefinition" | "deeming" | "jurisdiction" | "provider" | "institutional";

export interface CategoryCues {
  id: string;
  /** The role a provision must play for the category to apply ("any": no condition). */
  role: Role | "any";
  heading: Phrase[];
  text: Phrase[];
  not: Phrase[];
  /** More specific categories: when one of them is named by the heading, this one stands down. */
  yieldsTo: string[];
  /** The category is often only a heavier penalty for other offences ("where the offence is committed against a protected computer"). */
  aggravatedForm: boolean;
  /** Powers whose words, in a provision of international cooperation, name this measure requested by a foreign state. */
  requestedPowers: string[];
  /** The category is about computers or networks: read only in a section whose words name one. */
  needsIct: boolean;
  /**
   * A catch-all category's own cues: they count only in an offence section that no category of the
   * listed groups has been given (a website "created, managed or supervised" to call for demonstrations).
   */
  residual: { text: Phrase[]; unlessGroups: string[] } | null;
}

// "outside <state>": one list of the world's states serves every cue that names a country.
const STATES = cuesData.states.join("|");
const compileAll = (sources: string[]) => sources.map((s) => s.replaceAll("<state>", STATES)).flatMap(compilePhrases);

export const ROLE_CUES: Record<CueRole, Phrase[]> = Object.fromEntries(
  Object.entries(cuesData.roles).map(([role, phrases]) => [role, compileAll(phrases)]),
) as Record<CueRole, Phrase[]>;

export const DEFINITION_HEADINGS = compileAll(cuesData.headings.definition);
export const EXCLUDED_HEADINGS = compileAll(cuesData.headings.excluded);
/** Words of a Part or Chapter heading that say what kind of provisions the Part holds. */
export const PART_HEADINGS = Object.entries(cuesData.headings.parts).map(([role, phrases]) => [role as Role, compileAll(phrases)] as const);

/** Words that say a provision is about computers, data or networks. */
export const ICT_WORDS = compileAll(cuesData.ict_words);

/** One category's cues as `cues.json` writes them. */
export interface CategoryCuesData {
  role: string;
  heading: string[];
  text: string[];
  not: string[];
  yields_to?: string[];
  aggravated_form?: boolean;
  requested_powers?: string[];
  needs_ict?: boolean;
  residual?: { unless_groups: string[]; text: string[] };
}

/** Compiles the categories' cues, refusing any that names a category or group the taxonomy lacks. */
export function compileCategoryCues(categories: Record<string, CategoryCuesData>): CategoryCues[] {
  return Object.entries(categories).map(([id, c]) => {
    if (!CATEGORY_IDS.has(id)) throw new Error(`cues.json names unknown category ${id}`);
    const requestedPowers = c.requested_powers ?? [];
    for (const power of requestedPowers) if (!CATEGORY_IDS.has(power)) throw new Error(`cues.json: ${id} names unknown requested power ${power}`);
    const residual = c.residual ? { text: compileAll(c.residual.text), unlessGroups: c.residual.unless_groups } : null;
    for (const g of residual?.unlessGroups ?? []) if (!GROUPS.some((x) => x.id === g)) throw new Error(`cues.json: ${id} names unknown group ${g}`);
    return {
      id,
      role: c.role as Role | "any",
      heading: compileAll(c.heading),
      text: compileAll(c.text),
      not: compileAll(c.not),
      yieldsTo: c.yields_to ?? [],
      aggravatedForm: c.aggravated_form === true,
      requestedPowers,
      needsIct: c.needs_ict === true,
      residual,
    };
  });
}

export const CATEGORY_CUES: CategoryCues[] = compileCategoryCues(cuesData.categories);

/** The taxonomy as users see it: every crosswalk number flagged verified only when seen in a source. */
export function taxonomyForDisplay() {
  return {
    version: TAXONOMY_VERSION,
    sources: CROSSWALK_SOURCES,
    groups: GROUPS,
    categories: CATEGORIES.map((c) => ({
      ...c,
      refs: Object.fromEntries(Object.entries(c.refs).map(([k, r]) => [k, { ...r, verified: r.confidence === "seen" }])),
    })),
  };
}
