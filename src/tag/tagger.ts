// Step 3 of the pipeline: every provision of a law → its role and its taxonomy categories, each
// with the evidence that produced it. A hybrid of three explainable signals:
//   1. heading cues ("Unauthorised access") read in the section heading or marginal note,
//   2. stemmed phrase cues in the provision's words, vetoed by false friends in the same sentence,
//   3. similarity to labelled exemplar sections of other instruments (TF-IDF cosine),
// gated by the provision's role, so that an interception *power* never counts as the *offence*.
// Categories are decided per section; each is then pinned to the finest units whose own words
// carry it ("direct") and rolled up to the units between ("rollup").
import { flatten, type Provision } from "../parse/parse.js";
import {
  CATEGORY_CUES,
  type CategoryCues,
  type CueRole,
  DEFINITION_HEADINGS,
  EXCLUDED_HEADINGS,
  GROUP_OF,
  ICT_WORDS,
  PART_HEADINGS,
  type Role,
  ROLE_CUES,
} from "../taxonomy/taxonomy.js";
import type { ExemplarIndex, SimilarExemplar } from "./exemplars.js";
import { findPhrase, type Phrase, type PhraseMatch, PhraseIndex, tokenize, type Token } from "./text.js";

/** Version of what the tag step writes (roles, tags, candidates, legal elements): a store tagged by another is re-tagged on ingest. */
export const TAGGER_VERSION = "1.27.0";

/** Weights of the signals and the decision threshold (see README: how the tagger decides). */
const WEIGHTS = {
  heading: 0.7,
  phrase: 0.5,
  exemplarMax: 0.4,
  exemplarMin: 0.3,
  exemplarAgreeMin: 0.35,
  exemplarAgreeMax: 0.75,
  offRole: 0.2,
  threshold: 0.5,
  /** A section is about what its heading says: a category its heading does not name needs more. */
  offHeadingThreshold: 0.7,
};

export interface TagEvidence {
  /** The heading or marginal note whose words matched a heading cue. */
  heading: string | null;
  headingCue: string | null;
  /** Cue phrases found in the provision's words, with the words themselves. */
  matched: { cue: string; words: string; citation: string }[];
  /** The most similar labelled exemplar section that carries the category, if any. */
  exemplar: SimilarExemplar | null;
  role: Role;
  /** The Part or Chapter heading whose role let the category in, where the section's words did not. */
  part: string | null;
}

/** A Part or Chapter heading and the roles it gives the sections it holds. */
interface PartRole {
  heading: string;
  roles: Role[];
}

export interface Tag {
  category: string;
  score: number;
  level: "direct" | "rollup";
  evidence: TagEvidence;
}

export interface TaggedProvision {
  provision: Provision;
  /** eId of the top-level section or article it belongs to (itself for a section). */
  sectionEId: string | null;
  role: Role;
  tags: Tag[];
  /** Sections only: categories whose cues the words carry but that were not tagged, for a reader to check. */
  candidates: Candidate[];
}

/**
 * A category a section has cues of but was not given: its score fell short of the threshold, or
 * the section's role does not fit it (a power's words in an offence section). Tag misses are
 * mostly of this kind or have no cue at all; listing these lets a reader check before acting on
 * "missing".
 */
export interface Candidate {
  category: string;
  /** The score before the role gate, in [0,1]. */
  score: number;
  reason: "weak" | "role";
  evidence: TagEvidence;
}

interface UnitFacts {
  provision: Provision;
  /** The words read: the unit's own text, after its marginal note if it has one. */
  text: string;
  tokens: Token[];
  roleHits: Record<CueRole, number>;
  /** Where each category cue and false friend occurs in the words (read once for all categories). */
  cueMatches: Map<Phrase, PhraseMatch[]>;
  /** The categories some text cue of which occurs in the words: the only ones worth reading further. */
  cued: Set<string>;
}

const ROLE_INDEX = new PhraseIndex(Object.values(ROLE_CUES).flat());
const textCues = (c: CategoryCues) => [...c.text, ...(c.residual?.text ?? [])];
const CUE_INDEX = new PhraseIndex(CATEGORY_CUES.flatMap((c) => [...textCues(c), ...c.not]));
const HEADING_INDEX = new PhraseIndex(CATEGORY_CUES.flatMap((c) => [...c.heading, ...c.not]));
const CATEGORY_OF_TEXT_CUE = new Map(CATEGORY_CUES.flatMap((c) => textCues(c).map((ph) => [ph, c.id] as const)));
// A catch-all category is read last, once every named category has had its say.
const CUES_IN_ORDER = [...CATEGORY_CUES.filter((c) => !c.residual), ...CATEGORY_CUES.filter((c) => c.residual)];

export interface TagOptions {
  exemplars?: ExemplarIndex;
  /** Instrument whose own sections must not serve as exemplars (evaluation, re-tagging). */
  instrument?: string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const combine = (weights: number[]) => 1 - weights.reduce((p, w) => p * (1 - w), 1);

/** Tags every provision of a parsed law; returns them flat, in document order. */
export function tagLaw(roots: Provision[], options: TagOptions = {}): TaggedProvision[] {
  const out: TaggedProvision[] = [];
  const visit = (p: Provision, part: PartRole | null) => {
    if (p.kind === "section" || p.kind === "article") out.push(...tagLawWords(p, options, part));
    else {
      out.push({ provision: p, sectionEId: null, role: "other", tags: [], candidates: [] });
      const own = roleOfPart(p.heading ?? "");
      p.children.forEach((c) => visit(c, own ?? part));
    }
  };
  roots.forEach((p) => visit(p, null));
  return out;
}

/**
 * Editorial notes (history, cross-references, a publisher's commentary) are not the law's words:
 * they lend no cue and carry no tag, and the section is read without them.
 */
function tagLawWords(section: Provision, options: TagOptions, part: PartRole | null): TaggedProvision[] {
  const notes = section.children.filter((c) => c.kind === "note");
  if (!notes.length) return tagAmendingSection(section, options, part);
  const words: Provision = { ...section, children: section.children.filter((c) => c.kind !== "note") };
  const tagged = tagAmendingSection(words, options, part).map((t) => (t.provision === words ? { ...t, provision: section } : t));
  return [...tagged, ...notes.map((note): TaggedProvision => ({ provision: note, sectionEId: section.eId, role: "other", tags: [], candidates: [] }))];
}

/**
 * A section that inserts sections into another law ("Amendment of Cap. 9:23 … the substitution of
 * the following— 163. Hacking …"): its own words are read as a section, each inserted section as a
 * section of its own (its heading, its role), and what an inserted section carries is the amending
 * section's by roll-up, since that is where the law makes the rule.
 */
function tagAmendingSection(section: Provision, options: TagOptions, part: PartRole | null): TaggedProvision[] {
  const inserted = section.children.filter((c) => c.kind === "inserted");
  if (!inserted.length) return tagSection(section, options, part);
  const children = section.children.filter((c) => c.kind !== "inserted");
  const own: Provision = { ...section, children, fullText: [section.text, ...children.map((c) => c.fullText)].filter(Boolean).join("\n") };
  const [top, ...units] = tagSection(own, options, part);
  const entry: TaggedProvision = { ...top!, provision: section };
  const insertedEntries = inserted.flatMap((i) => tagSection(i, options, part).map((t) => ({ ...t, sectionEId: section.eId })));
  for (const t of insertedEntries.filter((t) => t.provision.kind === "inserted")) {
    for (const tag of t.tags) if (!entry.tags.some((x) => x.category === tag.category)) entry.tags.push({ ...tag, level: "rollup" });
    for (const c of t.candidates) if (![...entry.tags, ...entry.candidates].some((x) => x.category === c.category)) entry.candidates.push(c);
  }
  entry.tags.sort((a, b) => b.score - a.score);
  entry.candidates = entry.candidates.filter((c) => !entry.tags.some((x) => x.category === c.category)).sort((a, b) => b.score - a.score);
  const order = new Map(flatten([section]).map((p, k) => [p, k]));
  return [entry, ...units, ...insertedEntries].sort((a, b) => order.get(a.provision)! - order.get(b.provision)!);
}

/**
 * The roles a Part's heading gives the sections it holds ("Part IV — Investigation Procedures",
 * "Part VII — Jurisdiction and International Co-operation"), or none. Offences are not read from a
 * Part: a Part headed "Offences" often also holds duties of administration.
 */
function roleOfPart(heading: string): PartRole | null {
  const tokens = tokenize(heading);
  const roles = PART_HEADINGS.filter(([, phrases]) => phrases.some((ph) => findPhrase(ph, tokens).length)).map(([role]) => role);
  return roles.length ? { heading, roles } : null;
}

function facts(p: Provision): UnitFacts {
  const text = [p.heading && p.kind !== "section" && p.kind !== "article" && p.kind !== "inserted" ? p.heading : null, p.text].filter(Boolean).join("\n");
  const tokens = tokenize(text);
  const roleMatches = ROLE_INDEX.matchAll(tokens);
  // "used to commit an offence", "with intent to commit an offence": an offence named as a purpose,
  // not one the words create.
  const purpose = (m: PhraseMatch) => /^commit/i.test(text.slice(m.start, m.end)) && /\bto\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start));
  const roleHits = {} as Record<CueRole, number>;
  for (const [role, phrases] of Object.entries(ROLE_CUES) as [CueRole, Phrase[]][]) {
    roleHits[role] = phrases.reduce((n, ph) => n + (roleMatches.get(ph)?.filter((m) => !purpose(m)).length ?? 0), 0);
  }
  const cueMatches = CUE_INDEX.matchAll(tokens);
  const cued = new Set([...cueMatches.keys()].flatMap((ph) => CATEGORY_OF_TEXT_CUE.get(ph) ?? []));
  return { provision: p, text, tokens, roleHits, cueMatches, cued };
}

function addHits(counts: Record<CueRole, number>[]): Record<CueRole, number> {
  const total = {} as Record<CueRole, number>;
  for (const c of counts) for (const [k, v] of Object.entries(c) as [CueRole, number][]) total[k] = (total[k] ?? 0) + v;
  return total;
}

/** Role cues of one stretch of law (a unit and what it holds): its offence words do not count when
 * the offence is failing to obey ("fails to …", "obstructs an officer"), which serves the power. */
function stretchHits(units: UnitFacts[]): Record<CueRole, number> {
  const total = addHits(units.map((u) => u.roleHits));
  if (total.noncompliance) total.offence = 0;
  return total;
}

/** The role a stretch of law plays, from the cues in it. */
function decideRole(hits: Record<CueRole, number>, headingTokens: Token[], definitions: number): Role {
  const offence = hits.offence ?? 0;
  // A definitions section defines terms for the whole instrument ("In this Act", "For the purposes of
  // this Protocol") or several at once, and defines more than it criminalises: "Definition of
  // intimate image" in a criminal code, which goes on to create the offence, is not one.
  // Terms defined "for the purposes of this section" serve the offence the section goes on to create.
  const definesForItself = (hits.localDefinition ?? 0) > 0 && offence > 0;
  const definitionHeading = !definesForItself && DEFINITION_HEADINGS.some((h) => findPhrase(h, headingTokens).length);
  const wide = (hits.definition ?? 0) > 0;
  if (definitionHeading && offence <= definitions && (definitions >= 2 || wide)) return "definition";
  // Terms a section defines "as used in this section" serve its own rule (a rule of evidence, a
  // duty), whatever that rule's role; without a definitions heading they make no definitions section.
  if (definitions >= 3 && offence === 0 && !hits.power && !hits.localDefinition) return "definition";
  // "Access … is authorised if …", "A reference to a program includes …": a section that only
  // says how the Act's words are to be read interprets them, as a definitions section does.
  if (hits.deeming && offence === 0 && !hits.power && !hits.cooperation) return "definition";
  const ranked: [Role, number][] = [
    ["cooperation", (hits.cooperation ?? 0) * 1.5],
    ["power", hits.power ?? 0],
    ["provider", hits.provider ?? 0],
    ["offence", offence * 1.2],
    ["jurisdiction", (hits.jurisdiction ?? 0) * 0.7],
    ["institutional", (hits.institutional ?? 0) * 0.8],
  ];
  const [role, score] = ranked.reduce((a, b) => (b[1] > a[1] ? b : a));
  return score > 0 ? role : "other";
}

function roleAllows(cues: CategoryCues, role: Role): boolean {
  if (cues.role === "general") return role !== "definition";
  // A definition of "victim" or "forfeiture" defines the word; it gives no remedy, power or rule of proof.
  if (cues.role === "any") return role !== "definition";
  if (cues.role === "jurisdiction") return true;
  return role === cues.role;
}

/**
 * Matches of a category's text cues in a unit, without those vetoed by a false friend nearby: in the
 * same sentence, or in the words that introduce the list the unit is an item of ("Any person who
 * fraudulently causes loss of property to another person by— … (b) any interference with …").
 */
function textMatches(cues: CategoryCues, unit: UnitFacts, lead: UnitFacts[] = [], phrases = cues.text): PhraseMatch[] {
  const { text } = unit;
  if (!unit.cued.has(cues.id)) return [];
  const found = (ph: Phrase) => unit.cueMatches.get(ph) ?? [];
  const matches = phrases.flatMap(found);
  if (!matches.length || lead.some((l) => cues.not.some((ph) => l.cueMatches.has(ph)))) return [];
  const vetoes = cues.not.flatMap(found);
  return matches.filter((m) => !vetoes.some((v) => sameSentence(text, m, v)));
}

const CUES_BY_ID = new Map(CATEGORY_CUES.map((c) => [c.id, c]));

/** In a provision of international cooperation, a power's words name the measure a foreign state requests. */
function requestedMatches(cues: CategoryCues, unit: UnitFacts, role: Role, lead: UnitFacts[] = []): PhraseMatch[] {
  if (role !== "cooperation") return [];
  return cues.requestedPowers.flatMap((id) => textMatches(CUES_BY_ID.get(id)!, unit, lead));
}

/** The units whose words run on into a unit: each parent whose own text introduces a list (no full stop). */
function leadIns(all: Provision[], units: UnitFacts[]): Map<Provision, UnitFacts[]> {
  const factsOf = new Map(units.map((u) => [u.provision, u]));
  const out = new Map<Provision, UnitFacts[]>();
  const walk = (p: Provision, lead: UnitFacts[]) => {
    out.set(p, lead);
    const introduces = p.text.trim() !== "" && !/[.;]["”’)]*$/.test(p.text.trim());
    for (const c of p.children) walk(c, introduces ? [...lead, factsOf.get(p)!] : []);
  };
  walk(all[0]!, []);
  return out;
}

function sameSentence(text: string, a: PhraseMatch, b: PhraseMatch): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  return !/[.;]\s/.test(text.slice(from, to));
}

function tagSection(section: Provision, options: TagOptions, part: PartRole | null): TaggedProvision[] {
  const all = flatten([section]);
  const units = all.map(facts);
  const headingText = section.heading ?? "";
  // US codes close an offence's heading with its penalty ("Computer fraud; penalty"), Indian and
  // other codes open it so ("Punishment for identity theft"): the section is about the offence, not
  // about sanctions.
  const headingTokens = tokenize(
    headingText.replace(/;\s*(?:penalty|penalties)\s*$/i, "").replace(/^(?:criminal\s+)?(?:penalty|penalties|punishment|punishments|sanctions?)\s+for\s+/i, ""),
  );
  const definitions = all.filter((p) => p.kind === "definition" || (p.term !== null && p !== section)).length;
  // "Short title", "Regulations", "Entry into force": a heading that opens with one of these words.
  // (It yields to words that confer a power: "Powers and functions of a cyber inspector" is one.)
  const excludedHeading = EXCLUDED_HEADINGS.some((h) => findPhrase(h, headingTokens).some((m) => m.start === 0));

  // Roles: the section's as a whole, and each first-level unit's (inherited by what it holds), so a
  // closing "commits an offence" after a list lends its role to every item of the list.
  const factsOf = new Map(units.map((u) => [u.provision, u]));
  const tops = section.children.map((top) => {
    const sub = flatten([top]);
    return { top, sub, hits: stretchHits(sub.map((p) => factsOf.get(p)!)) };
  });
  const sectionHits = addHits([stretchHits([units[0]!]), ...tops.map((t) => t.hits)]);
  const sectionRole = decideRole(sectionHits, headingTokens, definitions);
  const roleOf = new Map<Provision, Role>([[section, sectionRole]]);
  // Units inside a first-level unit that states its role in its own words ("… commits an offence").
  const statesRole = new Set<Provision>();
  // Units of a first-level unit that punishes the section's own offence more heavily ("A person who
  // commits an offence under subsection (1) dishonestly …"): an aggravated form, not a new offence.
  const aggravates = new Set<Provision>();
  for (const { top, sub, hits } of tops) {
    if (hits.aggravation) sub.forEach((p) => aggravates.add(p));
    // A term defined in a definitions section is defined, not made an offence ("“offence” includes
    // an attempt … to commit an offence").
    const defined = sectionRole === "definition" && (top.kind === "definition" || top.term !== null);
    const role = defined ? "definition" : decideRole(hits, tokenize(top.heading ?? ""), 0);
    for (const p of sub) roleOf.set(p, role === "other" ? sectionRole : role);
    if (role !== "other") sub.forEach((p) => statesRole.add(p));
  }
  const leadOf = leadIns(all, units);
  // Whether a lead-in and the list it opens make an offence: read once per lead-in, not per category.
  const offenceLists = new Map<UnitFacts, boolean>();
  const listMakesOffence = (lead: UnitFacts | undefined) => {
    if (lead === undefined) return false;
    let makes = offenceLists.get(lead);
    if (makes === undefined) offenceLists.set(lead, (makes = (stretchHits(flatten([lead.provision]).map((p) => factsOf.get(p)!)).offence ?? 0) > 0));
    return makes;
  };
  const similar = options.exemplars?.similar(`${headingText}\n${section.fullText}`, { exclude: options.instrument, limit: 5 }) ?? [];
  const tags = new Map<Provision, Tag[]>();
  const candidates: Candidate[] = [];
  // A heading cue counts unless a false friend of the category is in the heading too.
  const inHeading = HEADING_INDEX.matchAll(headingTokens);
  const headingHits = new Map(
    CATEGORY_CUES.map((cues) => {
      const vetoed = cues.not.some((h) => inHeading.has(h));
      return [cues.id, vetoed ? null : (cues.heading.find((h) => inHeading.has(h)) ?? null)] as const;
    }),
  );
  const headingNamed = CATEGORY_CUES.filter((c) => headingHits.get(c.id));
  const headingNamesSome = headingNamed.length > 0;
  // Units whose words carry a category the heading names (read once, not per category).
  const carriesHeadingCategory = new Set(units.filter((u) => headingNamed.some((n) => textMatches(n, u).length)).map((u) => u.provision));
  // ("Designation of contact point" yields too: a cooperation section whose heading names its category.)
  const namesCooperation = sectionRole === "cooperation" && headingNamed.some((c) => c.role === "cooperation");
  const excluded = excludedHeading && sectionRole !== "power" && !namesCooperation;
  // "Impairs the operation" of an energy facility, "tampers with" a consumer product: no computer, no attack on one.
  // Read once per section, and only when a category that needs it has a signal.
  let namesIct: boolean | undefined;
  const sectionNamesIct = () => (namesIct ??= [headingTokens, ...units.map((u) => u.tokens)].some((tokens) => ICT_WORDS.some((ph) => findPhrase(ph, tokens).length)));
  // A catch-all's own cues speak only in an offence section that names a computer and that no
  // category of the groups they stand aside for has been given (catch-alls are read last).
  const residualApplies = (residual: NonNullable<CategoryCues["residual"]>) =>
    sectionRole === "offence" && sectionNamesIct() && !(tags.get(section) ?? []).some((t) => residual.unlessGroups.includes(GROUP_OF.get(t.category)!));
  // "Conspiracy to commit access device fraud": a heading that names an attempt or complicity names
  // the offence only as its object, so it speaks for no offence category of its own.
  const headingOfAttempt = headingHits.get("gen.attempt_complicity") != null;
  for (const cues of excluded ? [] : CUES_IN_ORDER) {
    const heading = headingOfAttempt && cues.role === "offence" ? null : (headingHits.get(cues.id) ?? null);
    const headingHit = heading ? { h: heading } : null;
    const yields = cues.yieldsTo.some((id) => headingHits.get(id));
    const residual = cues.residual && residualApplies(cues.residual) ? cues.residual : null;
    const perUnit = units
      .map((u) => ({
        u,
        matches: [
          ...textMatches(cues, u, leadOf.get(u.provision)),
          ...requestedMatches(cues, u, roleOf.get(u.provision)!, leadOf.get(u.provision)),
          ...(residual ? textMatches(cues, u, leadOf.get(u.provision), residual.text) : []),
        ],
      }))
      .filter((x) => x.matches.length);
    // Only the nearest exemplar speaks: its categories, if it is near enough.
    const nearest = similar[0];
    const exemplar = nearest && nearest.similarity >= WEIGHTS.exemplarMin && nearest.categories.includes(cues.id) ? nearest : null;
    // Two near exemplars of different instruments that agree speak louder than one.
    const second = similar.find((e) => e.instrument !== nearest?.instrument);
    const agreed = exemplar && second && second.similarity >= WEIGHTS.exemplarAgreeMin && second.categories.includes(cues.id);
    const distinctCues = independentCues(perUnit);
    const weights = [
      ...(headingHit ? [WEIGHTS.heading] : []),
      ...[...distinctCues].map(() => WEIGHTS.phrase),
      ...(exemplar ? [Math.min(agreed ? WEIGHTS.exemplarAgreeMax : WEIGHTS.exemplarMax, exemplar.similarity)] : []),
    ];
    // No signal, no tag and no candidate: only a category with some signal asks whether the section names a computer.
    if (cues.needsIct && weights.length > 0 && !sectionNamesIct()) continue;
    if (cues.id === "def.terms" && sectionRole === "definition") weights.push(WEIGHTS.heading);
    const cueScore = combine(weights);
    let score = cueScore;
    // The role must fit: the section's own, or that of a unit whose words carry the category.
    // A power often reads as plain duties ("shall be deposited with the court"): with no sign of
    // any role in the section, its heading may decide. Offences and cooperation need their own words.
    // Punishing whoever obstructs a search or defies an order serves the power, not a new crime.
    // The Part a section stands in may say its role too: a section of an investigation Part that
    // reads as an offence ("commits an offence if the officer …") still sets a power's terms, and
    // what an authority "may request" in a cooperation Part is a step of cooperation.
    const servesPower = cues.role === "power" && (sectionRole === "other" || (sectionRole === "offence" && (sectionHits.noncompliance ?? 0) > 0));
    const headingDecides = headingHit !== null && (servesPower || (cues.role === "cooperation" && sectionRole === "other"));
    // It speaks only for a section whose words name no other role, and only for what the heading
    // says the section is about.
    const partDecides =
      part !== null &&
      (sectionRole === "other" || sectionRole === "offence" || (sectionRole === "power" && part.roles.includes("cooperation"))) &&
      (headingHit !== null || !headingNamesSome) &&
      part.roles.some((role) => roleAllows(cues, role));
    // A provider that "commits an offence" by keeping what it was told to take down is held to the
    // provider's duty: the liability rule in criminal form.
    const providerOffence = cues.role === "provider" && sectionRole === "offence" && (sectionHits.provider ?? 0) > 0 && distinctCues.size > 0;
    const ownWordsFit = providerOffence || roleAllows(cues, sectionRole) || perUnit.some(({ u }) => roleAllows(cues, roleOf.get(u.provision)!));
    const fits = headingDecides || ownWordsFit || partDecides;
    if (!fits) score *= WEIGHTS.offRole;
    // A subsection that creates an offence of its own (attempt and complicity included), in words
    // other than those of the offence the heading names — or its own jurisdiction rule, or a power
    // inside an offence section (the court "may order" the provider to identify a harasser) — is a
    // rule of its own: the heading does not speak for it.
    const ownRole = cues.role === "general" ? "offence" : cues.role;
    const ownRule =
      (ownRole === "offence" || ownRole === "jurisdiction" || (ownRole === "power" && sectionRole !== "power")) &&
      sectionRole !== "definition" &&
      perUnit.some(
        ({ u }) =>
          statesRole.has(u.provision) &&
          roleOf.get(u.provision) === ownRole &&
          (cues.role === "general" || (!carriesHeadingCategory.has(u.provision) && (cues.aggravatedForm || !aggravates.has(u.provision)))),
      );
    // A general category stands down when the heading names a more specific one it yields to, even
    // if the heading names it too ("Enhanced penalty for offences involving protected computer").
    if (yields && !ownRule) continue;
    // An item of a list of acts that opens with another act's words ("Whoever … (a) accesses …;
    // (b) downloads, copies or extracts any data …") is that act's offence, whichever act the heading
    // names — when the list is one an offence is made of (the forms of help owed to a searching
    // officer are not). Words later in an item only qualify its act: read anywhere, they added false tags.
    const listedAct =
      cues.role === "offence" &&
      sectionRole === "offence" &&
      perUnit.some(({ u, matches }) => matches.some((m) => m.start <= 1) && listMakesOffence(leadOf.get(u.provision)?.at(-1)));
    const threshold = headingNamesSome && !headingHit && !ownRule && !listedAct ? WEIGHTS.offHeadingThreshold : WEIGHTS.threshold;
    const evidenceFor = (unitsWithWords: typeof perUnit, role: Role): TagEvidence => ({
      heading: headingHit ? headingText : null,
      headingCue: headingHit?.h.source ?? null,
      matched: unitsWithWords.flatMap(({ u, matches }) =>
        matches.map((m) => ({ cue: m.phrase, words: u.text.slice(m.start, m.end), citation: u.provision.citation })),
      ),
      exemplar,
      role,
      part: partDecides && !headingDecides && !ownWordsFit ? part.heading : null,
    });
    if (score < threshold) {
      // A definitions section defines the words; it creates no offence or power to be missed.
      if (sectionRole !== "definition" && (headingHit || distinctCues.size)) {
        candidates.push({ category: cues.id, score: round(cueScore), reason: fits ? "weak" : "role", evidence: evidenceFor(perUnit, sectionRole) });
      }
      continue;
    }
    // Pin the category to the units whose own words carry it (in a role that allows it).
    const carriers = perUnit.filter(({ u }) => u.provision !== section && roleAllows(cues, roleOf.get(u.provision)!));
    const carrierSet = new Set(carriers.map((c) => c.u.provision));
    for (const c of carriers) {
      const unitScore = round(combine([...(headingHit ? [WEIGHTS.heading * 0.7] : []), ...c.matches.map(() => WEIGHTS.phrase)]));
      push(tags, c.u.provision, { category: cues.id, score: Math.max(unitScore, 0.5), level: "direct", evidence: evidenceFor([c], roleOf.get(c.u.provision)!) });
    }
    // Units between the section and a carrier hold the category by roll-up.
    for (const p of all) {
      if (p === section || carrierSet.has(p)) continue;
      const below = flatten([p]).filter((d) => carrierSet.has(d));
      if (below.length) {
        push(tags, p, { category: cues.id, score: round(score), level: "rollup", evidence: evidenceFor(carriers.filter((c) => below.includes(c.u.provision)), roleOf.get(p)!) });
      }
    }
    push(tags, section, { category: cues.id, score: round(score), level: carriers.length ? "rollup" : "direct", evidence: evidenceFor(perUnit, sectionRole) });
  }
  return all.map((p) => ({
    provision: p,
    sectionEId: section.eId,
    role: roleOf.get(p) ?? sectionRole,
    tags: (tags.get(p) ?? []).sort((a, b) => b.score - a.score),
    candidates: p === section ? candidates.sort((a, b) => b.score - a.score) : [],
  }));
}

/**
 * The cues that found words of their own: "intent to defraud" inside "with intent to defraud", or
 * "real time collection" over the same words as "real-time collection", is one piece of evidence.
 */
function independentCues(perUnit: { u: UnitFacts; matches: PhraseMatch[] }[]): Set<string> {
  const cues = new Set<string>();
  for (const { matches } of perUnit) {
    const longestFirst = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start));
    // The words already taken in this unit, as disjoint spans in order: a binary search finds the
    // one a match could overlap, so a section of thousands of matches is not read quadratically.
    const taken: PhraseMatch[] = [];
    for (const m of longestFirst) {
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid]!.end <= m.start) lo = mid + 1;
        else hi = mid;
      }
      if (lo < taken.length && taken[lo]!.start < m.end) continue;
      taken.splice(lo, 0, m);
      cues.add(m.phrase);
    }
  }
  return cues;
}

function push(map: Map<Provision, Tag[]>, p: Provision, tag: Tag): void {
  const list = map.get(p);
  if (list) list.push(tag);
  else map.set(p, [tag]);
}
