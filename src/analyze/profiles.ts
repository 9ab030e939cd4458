// Benchmark profiles: which categories a jurisdiction is measured against. Derived from the
// crosswalk data, never listed by hand: `budapest` takes the categories with an article of their
// own in the Budapest Convention (arts 2-22 as substantive, procedural and jurisdiction; arts 23-35
// as the cooperation group), `un2024` those with an article in the 2024 UN Convention, and `itu` the
// whole guide taxonomy.
import { CATEGORIES, type Category, type Confidence } from "../taxonomy/taxonomy.js";

export const PROFILE_IDS = ["budapest", "un2024", "itu"] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export interface ProfileCategory {
  category: string;
  title: string;
  /** Taxonomy group (cia, proc …). */
  group: string;
  /** The profile's own grouping, e.g. Budapest's substantive / procedural / jurisdiction / cooperation. */
  section: string;
  /** The benchmark article, with how sure that number is; null for the ITU profile. */
  reference: string | null;
  confidence: Confidence | null;
}

export interface Profile {
  id: ProfileId;
  title: string;
  categories: ProfileCategory[];
}

/** The first article number of a crosswalk reference, unless the whole reference is parenthesised (a partial equivalent). */
function article(ref: string | null | undefined): number | null {
  if (!ref || ref.trim().startsWith("(")) return null;
  const m = /^\s*(\d+)(?![\w])/.exec(ref); // "2nd Prot. 6" is not article 2
  return m ? Number(m[1]) : null;
}

function budapestSection(n: number): string {
  if (n <= 13) return "substantive";
  if (n <= 21) return "procedural";
  if (n === 22) return "jurisdiction";
  return "cooperation";
}

function entry(c: Category, source: string | null, section: string): ProfileCategory {
  const ref = source ? c.refs[source] : undefined;
  return {
    category: c.id,
    title: c.title,
    group: c.group,
    section,
    reference: ref?.reference ?? null,
    confidence: ref ? ref.confidence : null,
  };
}

function build(id: ProfileId): Profile {
  switch (id) {
    case "budapest":
      return {
        id,
        title: "Budapest Convention (ETS 185), articles 2-35",
        categories: CATEGORIES.flatMap((c) => {
          const n = article(c.refs.budapest?.reference);
          return n !== null && n >= 2 && n <= 35 ? [entry(c, "budapest", budapestSection(n))] : [];
        }),
      };
    case "un2024":
      return {
        id,
        title: "UN Convention against Cybercrime (2024)",
        categories: CATEGORIES.flatMap((c) => {
          const n = article(c.refs.un2024?.reference);
          if (n === null || n < 7) return [];
          const section = n <= 21 ? "criminalization" : n === 22 ? "jurisdiction" : n <= 34 ? "procedural" : "cooperation";
          return [entry(c, "un2024", section)];
        }),
      };
    case "itu":
      return { id, title: "ITU Understanding Cybercrime guide (full taxonomy)", categories: CATEGORIES.map((c) => entry(c, null, c.group)) };
  }
}

export const PROFILES: Record<ProfileId, Profile> = Object.fromEntries(PROFILE_IDS.map((id) => [id, build(id)])) as Record<ProfileId, Profile>;
