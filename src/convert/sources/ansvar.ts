// Laws scraped by the Ansvar-Systems "*-law-mcp" repositories and flattened from their JSON seeds to
// text: "# Title", "meta.*" lines, "## Part …" headings, "### Section N Heading" and each section's
// text, usually run together in one paragraph with inline (1)/(a)/(i) markers. One pipeline serves
// every seed; each source adds only the repairs its scrape needs, and every repair that changes the
// text is recorded so that source_note lists exactly the kinds applied.
import { splitInlineMarkers } from "../../parse/markers.js";
import {
  type ConvertedInstrument,
  type InstrumentMeta,
  type Source,
  withoutProvenanceLine,
} from "../common.js";

type SuspendedProvision = NonNullable<InstrumentMeta["suspended"]>[number];

// ---------------------------------------------------------------------------------------------
// Repair bookkeeping

/** Every kind of repair this module can make, in the order source_note lists them. */
const NOTES = {
  structure:
    "Each provision came as one block of run-together text under a 'Section N Heading' line; headings are rewritten as 'N. Heading' and subsections, paragraphs and defined terms are set one per paragraph.",
  lines:
    "Each provision came as the site's lines under a 'Section N Heading' line; headings are rewritten as 'N. Heading' and run-together subsections are set one per paragraph.",
  seedExtras:
    "The seed's meta.* lines (their facts are in this front matter) and the list of definitions the seed repository extracted, which is not law text, are left out.",
  furniture:
    "The law website's page furniture after the last provision (document history, related documents, citation counts, footer links) is dropped.",
  partTitles: "Part titles that the scrape ran onto the end of the preceding section are moved into the Part headings.",
  subParts:
    "The Part VII sub-headings ('(a) – Amendment of …') that the scrape ran onto the end of the preceding section are set as headings of their own.",
  schedule: "The Schedule, which the scrape ran onto the end of the last section, is set under its own heading.",
  capsTitles: "Part and chapter titles printed in capitals are set in title case.",
  repeatedNumber:
    "The section number repeated at the start of each section's text ('2. —(1)', '1. This Act') is dropped, the heading carrying it.",
  repeatedHeading:
    "The 'Section N. Title. —' prefix repeated at the start of each section's text is dropped, the heading carrying it.",
  repeatedChapter: "Chapter headings repeated as plain lines at the end of the preceding section are dropped.",
  doubled:
    "Text the scrape doubled ('X. X.') is reduced to one copy: a run of two or more words, or a single word ending in punctuation, that immediately repeats itself loses its second copy; nothing else is removed.",
  degradedCopy:
    "Where the scrape repeated a whole unit in a second, degraded form (s. 97's definitions without their list markers, s. 99(2) with different spacing), that second form is dropped after a check that it holds no word the first lacks.",
  lostMarkers:
    "The list markers (a), (b), … that the scrape dropped are not reconstructed, so list items stay run together in their subsection.",
  fffd: "U+FFFD replacement characters are restored as apostrophes between letters (nation’s) and as em dashes elsewhere.",
  entity:
    "The HTML entity &#8243; (double prime), which the source uses as a closing quotation mark, is written as a straight closing quote.",
  watermark: "The site's '1awphi1' watermark fragments are removed.",
  lineJoin: "A sentence broken across two lines is rejoined.",
  signatures:
    "In the signature block, names and titles the scrape ran together are split onto separate lines, and the site's credit line is dropped.",
  quoteSpaces: "Spaces the scrape left inside the quotation marks of defined terms (“ access ”) are removed.",
  markerSpaces: "Spaces inside paragraph markers ('( a )', '(1)( b )') are removed.",
  gluedSpacing:
    "Spaces missing between words, markers and defined terms run together by the scrape ('includes(a)an', ';“Board”', 'servicedesigned', 'whoprovides', 'OffencesAn') are inserted.",
  softHyphens:
    "Soft hyphens (U+00AD) left by line breaking are written as hyphens where the text elsewhere hyphenates the word, or where it never spells it either way, and dropped where it spells the word solid.",
} as const;

type NoteKey = keyof typeof NOTES;

class Repairs {
  private used = new Set<NoteKey>();

  /** Applies a repair and records its kind if it changed anything. */
  apply(key: NoteKey, text: string, fix: (t: string) => string): string {
    const fixed = fix(text);
    if (fixed !== text) this.used.add(key);
    return fixed;
  }

  mark(key: NoteKey): void {
    this.used.add(key);
  }

  notes(): string[] {
    return (Object.keys(NOTES) as NoteKey[]).filter((k) => this.used.has(k)).map((k) => NOTES[k]);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a seed

interface Section {
  type: "section";
  num: string;
  heading: string;
  /** The section's text lines as the seed gives them (one line for the AKN scrapes). */
  lines: string[];
}

interface Container {
  type: "container";
  heading: string;
  /** Unnumbered text under the container before any section (a schedule's contents). */
  lines: string[];
}

type Item = Section | Container;

interface Seed {
  provenance: string;
  meta: Record<string, string>;
  items: Item[];
}

/** The seed repository's own extract of the definitions: derived data, not law text. */
const DEFINITIONS_EXTRACT = /^## DEFINITIONS \(as extracted by the source repository\)/m;

function readSeed(raw: string): Seed {
  const { provenance, text } = withoutProvenanceLine(raw);
  const cut = text.search(DEFINITIONS_EXTRACT);
  const lines = (cut >= 0 ? text.slice(0, cut) : text).split("\n");
  const seed: Seed = { provenance, meta: {}, items: [] };
  for (const line of lines) {
    const section = /^### Section (\d+[A-Z]*) ?(.*)$/.exec(line);
    const meta = /^meta\.(\w+): ?(.*)$/.exec(line);
    // The "# Title" line is dropped: the title is in the front matter as printed.
    if (line.startsWith("# ")) continue;
    if (meta) seed.meta[meta[1]!] = meta[2]!.trim();
    else if (section) seed.items.push({ type: "section", num: section[1]!, heading: section[2]!.trim(), lines: [] });
    else if (line.startsWith("## ")) seed.items.push({ type: "container", heading: line.slice(3).trim(), lines: [] });
    else if (line.trim()) {
      const last = seed.items.at(-1);
      if (!last) throw new Error(`text before the first heading: ${line.slice(0, 60)}`);
      last.lines.push(line.trim());
    }
  }
  return seed;
}

// ---------------------------------------------------------------------------------------------
// Text repairs

const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/** "INTERNATIONAL CO-OPERATION" → "International Co-operation"; mixed-case titles are left alone. */
function titleCase(title: string): string {
  if (/[a-z]/.test(title)) return title;
  return title
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/** "PART 1 - PRELIMINARY", "Part II", "CHAPTER II - PUNISHABLE ACTS" → "Part 1 — Preliminary" etc. */
function containerHeading(heading: string, title: string | undefined, repairs: Repairs): string {
  const m = /^(PART|Part|CHAPTER|Chapter) ([0-9]+|[IVXLC]+)(?:\s*[-–—]\s*(.+))?$/.exec(heading);
  if (!m) return heading;
  const kind = m[1]!.charAt(0) + m[1]!.slice(1).toLowerCase();
  const printed = title ?? m[3];
  if (!printed) return `${kind} ${m[2]}`;
  return `${kind} ${m[2]} — ${repairs.apply("capsTitles", printed, titleCase)}`;
}

/** Where the law website's page furniture starts after the last provision. */
const FURNITURE = /\s*(?:▲ To the top|History of this document)\b[^]*$/;

/** A Part title (and, in Tanzania's Part VII, a sub-heading) run onto the end of a section. */
const TRAILING_PART = /\s+Part ([IVXLC]+) – ([^()]+?)(?:\s+(\([a-z]\) – Amendment of .+))?$/;
const TRAILING_SUBPART = /\s+(\([a-z]\)) – (Amendment of .+)$/;
const TRAILING_SCHEDULE = /\s+(SCHEDULE|Schedule) (?=[[(])(.+)$/;

/**
 * Lifts headings the scrape ran onto the end of section texts (Part titles, Part VII sub-headings,
 * the Schedule) out into the item list, so that each sits where the law prints it.
 */
function liftTrailingHeadings(items: Item[], repairs: Repairs, schedule?: (text: string) => string[]): Item[] {
  const out: Item[] = [];
  const partTitles = new Map<string, string>();
  // A sub-heading run on together with its Part's title belongs after the Part heading.
  const firstSubParts = new Map<string, Container>();
  items.forEach((item, k) => {
    if (item.type === "container") {
      const numeral = /^Part ([IVXLC]+)$/.exec(item.heading)?.[1] ?? "";
      const sub = firstSubParts.get(numeral);
      out.push({ ...item, heading: containerHeading(item.heading, partTitles.get(numeral), repairs) });
      if (sub) out.push(sub);
      return;
    }
    const lines = [...item.lines];
    let last = lines.at(-1) ?? "";
    const trailing: Item[] = [];
    const part = TRAILING_PART.exec(last);
    const sub = part ? null : TRAILING_SUBPART.exec(last);
    const sched = k === items.length - 1 ? TRAILING_SCHEDULE.exec(last) : null;
    if (part) {
      partTitles.set(part[1]!, part[2]!.trim());
      repairs.mark("partTitles");
      if (part[3]) firstSubParts.set(part[1]!, subPart(part[3], repairs));
      last = last.slice(0, part.index);
    } else if (sub) {
      trailing.push(subPart(`${sub[1]} – ${sub[2]}`, repairs));
      last = last.slice(0, sub.index);
    } else if (sched && schedule) {
      repairs.mark("schedule");
      trailing.push({ type: "container", heading: titleCase(sched[1]!), lines: schedule(sched[2]!) });
      last = last.slice(0, sched.index);
    }
    if (lines.length) lines[lines.length - 1] = last;
    out.push({ ...item, lines }, ...trailing);
  });
  return out;
}

function subPart(text: string, repairs: Repairs): Container {
  repairs.mark("subParts");
  return { type: "container", heading: text.replace(" – ", " — "), lines: [] };
}

/** “ access ” → “access”: the AKN scrape pads the text of every quoted term with spaces. */
function tidyQuoteSpaces(text: string): string {
  return text
    .replace(/“\s+/g, "“")
    .replace(/\s+”/g, "”")
    .replace(/(^|[\s—–:;\]])"\s+([^"\s][^"]{0,80}?)\s*"(?=\s*(?:,|or\b|means|includes|has|shall|in relation|refers))/g, '$1"$2"');
}

/** ( a ) → (a); (1)( b ) → (1)(b). */
function tidyMarkerSpaces(text: string): string {
  return text.replace(/\( ([a-zA-Z]{1,5}|\d+[A-Z]{0,2}) \)/g, "($1)");
}

/**
 * A soft hyphen marks where the printed page broke a word. The text's own spelling elsewhere
 * decides whether the word had a hyphen there (non-members) or not (computer).
 */
function resolveSoftHyphens(text: string): string {
  return text.replace(/(\p{L}+)\u00AD(\p{L}+)/gu, (_, a: string, b: string) => {
    const hyphenated = `${a}-${b}`;
    const solid = `${a}${b}`;
    if (new RegExp(`\\b${hyphenated}\\b`, "i").test(text)) return hyphenated;
    if (new RegExp(`\\b${solid}\\b`, "i").test(text)) return solid;
    return hyphenated;
  });
}

/** Drops the second copy of any word run that immediately repeats itself (the Ghana scrape). */
export function dropDoubledRuns(text: string): { text: string; removed: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  const removed: string[] = [];
  let i = 0;
  while (i < words.length) {
    const len = doubledRunAt(words, i);
    if (len > 0) {
      removed.push(words.slice(i, i + len).join(" "));
      out.push(...words.slice(i, i + len));
      i += 2 * len;
      continue;
    }
    out.push(words[i]!);
    i++;
  }
  return { text: out.join(" "), removed };
}

/** Length of the longest run starting at i that is immediately repeated, if it is long enough to trust. */
function doubledRunAt(words: string[], i: number): number {
  const max = Math.floor((words.length - i) / 2);
  for (let len = max; len >= 1; len--) {
    let same = true;
    for (let k = 0; k < len && same; k++) same = words[i + k] === words[i + len + k];
    if (!same) continue;
    // A single repeated word counts only when it closes a clause ("Defence; Defence;"): legal
    // text never repeats a list item, but "that that" can be right.
    if (len >= 2 || /[;:,.]$/.test(words[i + len - 1]!)) return len;
  }
  return 0;
}

const wordKey = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const tokensOf = (words: string[]) => words.join(" ").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function isSubsequence(small: string[], big: string[]): boolean {
  let k = 0;
  for (const t of big) if (k < small.length && t === small[k]) k++;
  return k === small.length;
}

/**
 * The Ghana scrape also repeats a few whole units in a second, degraded form: the definitions of
 * s. 97 again without their list markers and list introductions, s. 99(2) again with different
 * spacing. Such a copy starts with the same words as its unit and runs to the unit's end; it is
 * dropped only if it adds nothing: same letters, or its words a subsequence of the first copy's.
 */
export function dropDegradedCopies(text: string): { text: string; removed: string[] } {
  const words = text.split(/\s+/).filter(Boolean);
  const removed: string[] = [];
  const OPENING = 6;
  // A subsection marker, as opposed to a cross-reference ("subsection (1) of"), follows a clause end.
  const isUnitStart = (k: number) => k === 0 || (/^\(\d+\)$/.test(words[k - 1]!) && /[.;:]$/.test(words[k - 2] ?? "."));
  for (let i = 0; i < words.length; i++) {
    if (!isUnitStart(i)) continue;
    const opening = words.slice(i, i + OPENING).map(wordKey).join("");
    let end = words.findIndex((_, k) => k > i && isUnitStart(k + 1));
    if (end < 0) end = words.length;
    for (let j = i + OPENING; j + OPENING <= end; j++) {
      if (words.slice(j, j + OPENING).map(wordKey).join("") !== opening) continue;
      const first = words.slice(i, j);
      const second = words.slice(j, end);
      const sameLetters = first.map(wordKey).join("") === second.map(wordKey).join("");
      const secondTokens = tokensOf(second);
      const firstTokens = tokensOf(first);
      if (!sameLetters && !(secondTokens.length * 2 >= firstTokens.length && isSubsequence(secondTokens, firstTokens))) continue;
      removed.push(second.join(" "));
      words.splice(j, end - j);
      break;
    }
  }
  return { text: words.join(" "), removed };
}

// ---------------------------------------------------------------------------------------------
// Paragraphs: markers and definitions

/**
 * splitInlineMarkers only cuts after a clause end, and a closing bracket is not one, so a marker
 * that follows an amendment note ("… [22/2017] (3) It is not …") would stay in the sentence. A
 * sentinel ";" after the bracket lets the splitter see the clause end; it is removed afterwards.
 */
const SENTINEL = "\uE000;";

function splitMarkers(text: string, lostDashes = false): string[] {
  let marked = markMissedClauseEnds(text).replace(HYPHEN_DASH, THIN_SPACE);
  if (lostDashes) marked = markLostDashes(marked);
  return splitInlineMarkers(marked)
    .map((p) => p.split(SENTINEL).join("").split(THIN_SPACE).join("").split(SENTINEL_DASH).join("").trim())
    .flatMap(splitInserted)
    .flatMap(splitExamples);
}

/**
 * Singapore's illustrations ("Example 1.— A comes across …") are set as paragraphs of their own,
 * after the unit they illustrate; a list inside an example stays in it.
 */
function splitExamples(piece: string): string[] {
  return cutAt(piece, [...piece.matchAll(/(?<=[.:;]\s+)Example \d+\.—/g)].map((m) => m.index!));
}

/**
 * The Ghana scrape dropped the dash that introduces a list ("includes— (a)" became "includes (a)"),
 * and without it the splitter does not open the list. A sentinel dash, removed afterwards, stands in
 * before a first marker (a) or (i) that follows a word, unless the word makes it a cross-reference
 * ("paragraph (a)") or is a list's "and"/"or" after a clause end ("; or (i)", the next item).
 */
const SENTINEL_DASH = "\uE001—";

function markLostDashes(text: string): string {
  return text.replace(/(?<=\p{L})(?=\s\((?:a|i)\)\s)/gu, (_, at: number) => {
    const before = text.slice(Math.max(0, at - 40), at);
    if (/\b(?:paragraphs?|sub-?paragraphs?|subsections?|sections?)$/i.test(before)) return "";
    if (/[;,]\s*(?:and|or)$/.test(before)) return "";
    return SENTINEL_DASH;
  });
}

/**
 * Puts the sentinel where a clause ends without the punctuation the splitter looks for: after a
 * closing bracket or closing quote ("… [22/2017] (3) It is not", "… Team” (b) deleting", "… 2015” and (b)"), and
 * before the next subsection number when the source lost its full stop ("… such data (2) The
 * order"): the number must be the one after a subsection already printed and start a sentence.
 */
export function markMissedClauseEnds(text: string): string {
  const withBrackets = text.replace(/([\]”])(\s+(?:(?:and|or)\s+)?)(?=\()/g, `$1${SENTINEL}$2`);
  return withBrackets.replace(/(?<=[\p{L}\p{N}])(?=\s\((\d+)\)\s[A-Z])/gu, (_, n: string, at: number) => {
    const before = withBrackets.slice(0, at);
    const printed = (k: number) => new RegExp(`(?:^|[.;:—–]\\s*)\\(${k}\\)\\s`).test(before);
    return printed(Number(n) - 1) && !printed(Number(n)) ? SENTINEL : "";
  });
}

/**
 * After a paragraph (h), a list "(i) …; (ii) …; (iii) …" opened under it is taken by the splitter
 * for the letter (i), and its (ii), (iii) are then left in the sentence, as is the real letter (i)
 * that follows them. When an "(i)" unit holds "(ii)" after a clause end, the numerals are cut off
 * in sequence, and then the next "(i)" after a clause end.
 */
function splitRomanAfterH(piece: string): string[] {
  const after = (label: string) =>
    new RegExp(`(?<=[;:.]\\s+(?:(?:and|or)\\s+)?)\\(${label}\\)\\s`, "g");
  const cuts: number[] = [];
  let from = 0;
  for (const label of ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "i"]) {
    const re = after(label);
    re.lastIndex = from;
    const m = re.exec(piece);
    if (m) {
      cuts.push(m.index);
      from = m.index + m[0].length;
    } else if (label !== "i" && cuts.length > 0) {
      // The numerals ran out: what may follow is the letter (i).
      const next = after("i");
      next.lastIndex = from;
      const letter = next.exec(piece);
      if (letter) cuts.push(letter.index);
      break;
    } else break;
  }
  return cutAt(piece, cuts);
}

/**
 * A hyphen typed for a dash ("the interference- (a) is not entitled") is not read as introducing a
 * list, which needs a dash or " -". A thin space before it, removed afterwards, makes it " -".
 */
const HYPHEN_DASH = /(?<=\p{L})(?=-\s+\([a-z]\)\s)/gu;
const THIN_SPACE = "\u2009";

/**
 * splitInlineMarkers does not read a paragraph inserted by amendment with a two-letter label, such
 * as Kenya's s. 6(1)(ja) after (j); it is cut off here when it follows a clause end.
 */
function splitInserted(piece: string): string[] {
  const letter = /^\(([a-z])\)/.exec(piece)?.[1];
  if (letter === "i") return splitRomanAfterH(piece);
  if (!letter) return [piece];
  const inserted = new RegExp(`(?<=[;:.]\\s+(?:(?:and|or)\\s+)?)\\(${letter}[a-z]\\)\\s`, "g");
  const cuts = [...piece.matchAll(inserted)]
    .filter((m) => !/^\((?:([a-z])\1|[ivxlc]+)\)/.test(m[0]))
    .map((m) => m.index!);
  return cutAt(piece, cuts);
}

/**
 * Where a defined term starts: an opening quote after the start, a dash, colon, semicolon, full stop,
 * closing bracket or "requires", whose quoted term is followed (possibly after "or “…”" alternatives or
 * "in relation to …,") by means / includes / has / shall / refers.
 */
const DEFINITION_START =
  /(?<=(?:^|[—:;.\]–]|;\s*(?:and|or)|requires)\s*)[“"][^“”"]{1,90}[”"](?=(?:\s*,?\s*(?:or\s+)?[“"][^“”"]{1,60}[”"])*[^;“”"]{0,120}?\b(?:means|includes|has|shall|refers)\b)/g;

function definitionStarts(text: string): number[] {
  return [...text.matchAll(DEFINITION_START)].map((m) => m.index!);
}

function cutAt(text: string, cuts: number[]): string[] {
  const bounds = [0, ...cuts.filter((c) => c > 0), text.length];
  const pieces: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = text.slice(bounds[k], bounds[k + 1]).trim();
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/**
 * One paragraph per unit. Definitions restart their own (a), (b) lists, which one marker stack over
 * the whole section cannot follow, so a numbered unit that holds definitions is cut into its terms
 * first and each term's list is split on its own.
 */
export function paragraphs(text: string, lostDashes = false): string[] {
  if (definitionStarts(text).length === 0) return splitMarkers(text, lostDashes);
  const out: string[] = [];
  for (const unit of numberedUnits(text)) {
    const starts = definitionStarts(unit);
    if (starts.length === 0) out.push(...splitMarkers(unit, lostDashes));
    else for (const piece of cutAt(unit, starts)) out.push(...splitMarkers(piece, lostDashes));
  }
  return out;
}

/**
 * A line of a line-based source is already one unit; only a list run into it needs splitting. Its
 * own marker is held back so that the list starts a fresh level: in "(h) … either: (i) …; or (ii)
 * …" the "(i)" is then read as a numeral, not as the letter after (h).
 */
function lineParagraphs(line: string): string[] {
  const own = /^\([a-z0-9]{1,4}\)\s+/.exec(line)?.[0];
  if (!own) return paragraphs(line);
  const pieces = paragraphs(line.slice(own.length));
  pieces[0] = own + pieces[0];
  return pieces;
}

/** The section's text cut only at its top-level (numbered) markers. */
function numberedUnits(text: string): string[] {
  const pieces = splitMarkers(text);
  const units: string[] = [];
  for (const piece of pieces) {
    if (units.length === 0 || /^\(\d+[A-Z]{0,2}\)/.test(piece)) units.push(piece);
    else units[units.length - 1] += ` ${piece}`;
  }
  // Re-joining with single spaces is exact because the splitter trims only the whitespace at cuts.
  return units;
}

// ---------------------------------------------------------------------------------------------
// Rendering

interface Options {
  /** Repairs to the text of every section line, in order, before it is split. */
  fixText?: (text: string, repairs: Repairs) => string;
  /** Turns a section's lines into its heading title and body lines (default: as the seed gives them). */
  fixSection?: (section: Section, next: Item | undefined, repairs: Repairs) => Section;
  /** Paragraphs of a Schedule the scrape ran onto the last section. */
  schedule?: (text: string) => string[];
  /** The seed gives whole lines of the site (Philippines) rather than one run-together block. */
  lineBased?: boolean;
  /** The scrape dropped the dashes that introduce lists (Ghana). */
  lostDashes?: boolean;
}

function renderBody(seed: Seed, title: string, opts: Options, repairs: Repairs): string {
  const out: string[] = [`# ${title}`];
  const items = liftTrailingHeadings(
    seed.items.map((item) => ({ ...item, lines: item.lines.map((l) => repairs.apply("furniture", l, (t) => t.replace(FURNITURE, ""))) })),
    repairs,
    opts.schedule,
  );
  items.forEach((item, k) => {
    if (item.type === "container") {
      out.push(`## ${item.heading}`, ...item.lines);
      return;
    }
    const section = opts.fixSection ? opts.fixSection(item, items[k + 1], repairs) : item;
    out.push(section.heading ? `### ${section.num}. ${section.heading}` : `### ${section.num}.`);
    for (const line of section.lines) {
      const text = opts.fixText ? opts.fixText(line, repairs) : line;
      if (text) out.push(...(opts.lineBased ? lineParagraphs(text) : paragraphs(text, opts.lostDashes)));
    }
  });
  return out.join("\n\n");
}

interface SourceSpec {
  raw: string;
  out: string;
  meta: Omit<InstrumentMeta, "source_url" | "source_note" | "language">;
  /** The website the seed repository scraped. */
  site: string;
  /** How as_at was chosen and what the copy lacks, before the repairs are listed. */
  origin: string;
  options?: Options;
  /** Notes true of the copy whatever the repairs found (e.g. what was not reconstructed). */
  alwaysNotes?: NoteKey[];
}

function convertSeed(spec: SourceSpec, raw: string): ConvertedInstrument {
  const seed = readSeed(raw);
  const repairs = new Repairs();
  repairs.mark(spec.options?.lineBased ? "lines" : "structure");
  repairs.mark("seedExtras");
  for (const key of spec.alwaysNotes ?? []) repairs.mark(key);
  const body = renderBody(seed, spec.meta.title, spec.options ?? {}, repairs);
  const sourceUrl = seed.meta.url;
  if (!sourceUrl) throw new Error(`${spec.raw}: no meta.url`);
  const from = /github (\S+), path (\S+), commit ([0-9a-f]{40})/.exec(seed.provenance);
  if (!from) throw new Error(`${spec.raw}: provenance line not understood`);
  const copy = `Copy: the JSON seed ${from[2]} of the GitHub repository ${from[1]} (commit ${from[3]}), scraped by that repository from ${spec.site}.`;
  return {
    meta: {
      ...spec.meta,
      source_url: sourceUrl,
      source_note: [copy, spec.origin, ...repairs.notes()].join(" "),
      language: "en",
    },
    body,
  };
}

function source(spec: SourceSpec): Source {
  return { raw: [spec.raw], out: spec.out, convert: ([raw]) => convertSeed(spec, raw!) };
}

// ---------------------------------------------------------------------------------------------
// Per-source repairs

/** The AKN scrapes (Kenya, Tanzania, Uganda, Zambia): quote padding and soft hyphens. */
function aknText(text: string, repairs: Repairs): string {
  const t = repairs.apply("quoteSpaces", text, tidyQuoteSpaces);
  return repairs.apply("softHyphens", t, resolveSoftHyphens);
}

/** Singapore: "2. —(1) In this Act" repeats the heading's number; markers are printed "( a )". */
function singaporeText(text: string, repairs: Repairs): string {
  const t = repairs.apply("repeatedNumber", text, (s) => s.replace(/^\d+[A-Z]*\.\s*(?:—\s*(?=\())?/, ""));
  return repairs.apply("markerSpaces", t, tidyMarkerSpaces);
}

/** Ghana: every sentence doubled, a few definitions and markers glued to their neighbours. */
function ghanaText(text: string, repairs: Repairs): string {
  let t = repairs.apply("gluedSpacing", text, (s) =>
    s
      .replace(/requires“/g, "requires “")
      .replace(/;“/g, "; “")
      .replace(/([A-Za-z,;:])\(([a-z]{1,4})\)(?=[A-Za-z])/g, "$1 ($2) ")
      .replace(/computer servicedesigned/g, "computer service designed")
      .replace(/person whoprovides/g, "person who provides")
      // s. 99(2), whose correctly spaced second copy shows the spaces lost in the first.
      .replace(/”:"Cyber OffencesAn offence/g, '”: "Cyber Offences An offence')
      .replace(/\(Act 772\)\.Cybercrime and Cyber OffencesA cybercrime/g, "(Act 772). Cybercrime and Cyber Offences A cybercrime"),
  );
  t = repairs.apply("doubled", t, (s) => dropDoubledRuns(s).text);
  t = repairs.apply("degradedCopy", t, (s) => dropDegradedCopies(s).text);
  t = repairs.apply("quoteSpaces", t, tidyQuoteSpaces);
  return repairs.apply("softHyphens", t, resolveSoftHyphens);
}

/** Philippines (lawphil): U+FFFD for dashes and apostrophes, an HTML entity, a watermark. */
function philippinesText(text: string, repairs: Repairs): string {
  let t = repairs.apply("watermark", text, (s) => s.replace(/\s*1\uFFFDwphi1/g, ""));
  t = repairs.apply("fffd", t, (s) => s.replace(/(?<=\p{L})\uFFFD(?=\p{L})/gu, "’").replace(/\uFFFD/g, "—"));
  return repairs.apply("entity", t, (s) => s.replace(/&#8243;/g, '"'));
}

/**
 * Philippines: the lines of a section begin "Section 4. Cybercrime Offenses. – …", repeating the
 * heading; the chapter heading is repeated as two plain lines at the end of the section before it;
 * and a mid-sentence line break survives in s. 4.
 */
function philippinesSection(section: Section, next: Item | undefined, repairs: Repairs): Section {
  let lines = [...section.lines];
  const numeral = /^CHAPTER ([IVXLC]+)$/.exec(lines.at(-2) ?? "")?.[1];
  if (numeral && next?.type === "container") {
    const title = next.heading.replace(/^Chapter [IVXLC]+ — /, "").toUpperCase();
    if (next.heading.startsWith(`Chapter ${numeral} —`) && lines.at(-1) === title) {
      lines = lines.slice(0, -2);
      repairs.mark("repeatedChapter");
    }
  }
  const joined: string[] = [];
  for (const line of lines) {
    if (/^[a-z]/.test(line) && joined.length) {
      joined[joined.length - 1] += ` ${line}`;
      repairs.mark("lineJoin");
    } else joined.push(line);
  }
  lines = splitSignatures(joined, repairs);
  const first = lines[0] ?? "";
  const prefix = new RegExp(`^Section ${section.num}\\. (?:(.+?)\\.? \uFFFD ?)?`).exec(first);
  if (!prefix) throw new Error(`Philippines s. ${section.num}: no "Section N." prefix`);
  repairs.mark("repeatedHeading");
  lines[0] = first.slice(prefix[0].length);
  return { ...section, heading: prefix[1] ?? "", lines };
}

/** The signature block after s. 31, whose names and titles the scrape ran together. */
function splitSignatures(lines: string[], repairs: Repairs): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === "The Lawphil Project - Arellano Law Foundation") {
      repairs.mark("signatures");
      continue;
    }
    const parts = line.split(/(?<=[a-z])(?=\(Sgd\.\)|This Act which|Approved:)/);
    if (parts.length > 1) repairs.mark("signatures");
    out.push(...parts);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The sources

const KENYA_SUSPENSION: Omit<SuspendedProvision, "provision"> = {
  scope: "whole",
  by: "High Court of Kenya, Bloggers Association of Kenya (BAKE) v Attorney General & others, Petition 206 of 2018",
  note: "Recorded as given by the source metadata (Kenya Law seed: sections 22, 23, 24, 27 and 53 suspended by the High Court pending constitutional review); the current state of the suspension is not verified here.",
};

const DISINI = "Supreme Court of the Philippines, Disini v. Secretary of Justice, G.R. No. 203335, 11 February 2014";

export const sources: Source[] = [
  source({
    raw: "ke-computer-misuse-cybercrimes-act-2018.txt",
    out: "ke-computer-misuse-cybercrimes-act-2018.md",
    meta: {
      id: "ke-cmca-2018",
      jurisdiction: "KE",
      title: "Computer Misuse and Cybercrimes Act, 2018",
      short_title: "Computer Misuse and Cybercrimes Act 2018",
      kind: "statute",
      as_at: "2025-11-04",
      status:
        "partly suspended; ss. 22, 23, 24, 27 and 53 suspended by the High Court (Petition 206 of 2018), as recorded by the source metadata",
      suspended: ["22", "23", "24", "27", "53"].map((n) => ({ provision: `s. ${n}`, ...KENYA_SUSPENSION })),
    },
    site: "Kenya Law (new.kenyalaw.org)",
    origin:
      "as_at is the date Kenya Law gives this consolidated version (4 November 2025), which includes the amendments of the Computer Misuse and Cybercrimes (Amendment) Act, No. 17 of 2025. Section 69 is absent from the seed and so from this file.",
    options: { fixText: aknText, schedule: (text) => [text] },
  }),
  source({
    raw: "tz-cybercrimes-act-2015.txt",
    out: "tz-cybercrimes-act-2015.md",
    meta: {
      id: "tz-cybercrimes-act-2015",
      jurisdiction: "TZ",
      title: "Cybercrimes Act, 2015",
      short_title: "Cybercrimes Act 2015",
      kind: "statute",
      as_at: "2015-05-22",
      status: "in force",
    },
    site: "TanzLII",
    origin:
      "as_at is the date of the TanzLII version reproduced (the Act as published in the Gazette, 22 May 2015); TanzLII lists an amendment by the Child Protection Laws (Miscellaneous Amendments) Act, 2024 that this text does not include.",
    options: { fixText: aknText },
  }),
  source({
    raw: "ug-computer-misuse-act-2011.txt",
    out: "ug-computer-misuse-act-2011.md",
    meta: {
      id: "ug-cma-2011",
      jurisdiction: "UG",
      title: "Computer Misuse Act",
      short_title: "Computer Misuse Act 2011",
      kind: "statute",
      as_at: "2023-12-31",
      status: "in force",
    },
    site: "ULII",
    origin:
      "as_at is the date of the ULII consolidation reproduced (Chapter 96 of the Revised Laws, 31 December 2023).",
    options: {
      fixText: aknText,
      // "(Sections 1, 35) Currency point A currency point is …": reference, title, text.
      schedule: (text) => text.split(/(?<=\))\s+(?=Currency point)|\s+(?=A currency point)/),
    },
  }),
  source({
    raw: "zm-cyber-security-cyber-crimes-act-2021.txt",
    out: "zm-cyber-security-cyber-crimes-act-2021.md",
    meta: {
      id: "zm-csca-2021",
      jurisdiction: "ZM",
      title: "Cyber Security and Cyber Crimes Act, 2021",
      short_title: "Cyber Security and Cyber Crimes Act 2021",
      kind: "statute",
      as_at: "2021-03-24",
      status: "replaced; by the Cyber Security Act 2025 (Act No. 3) and the Cyber Crimes Act 2025 (Act No. 4)",
    },
    site: "ZambiaLII",
    origin: "as_at is the date of the ZambiaLII version reproduced (the Act as published in the Gazette, 24 March 2021).",
    options: { fixText: aknText },
  }),
  source({
    raw: "sg-computer-misuse-act-1993.txt",
    out: "sg-computer-misuse-act-1993.md",
    meta: {
      id: "sg-cma-1993",
      jurisdiction: "SG",
      title: "Computer Misuse Act 1993",
      short_title: "Computer Misuse Act 1993",
      kind: "statute",
      as_at: "2025-12-30",
      status: "in force",
    },
    site: "Singapore Statutes Online",
    origin:
      "as_at is the commencement date of the latest amendment the text carries ('Act 21 of 2025 wef 30/12/2025'), later than the seed's own description (amended to Act 16 of 2023); the First and Second Schedules are not in the seed.",
    options: { fixText: singaporeText },
  }),
  source({
    raw: "ph-cybercrime-prevention-act-2012.txt",
    out: "ph-cybercrime-prevention-act-2012.md",
    meta: {
      id: "ph-ra-10175",
      jurisdiction: "PH",
      title: "Cybercrime Prevention Act of 2012",
      short_title: "Cybercrime Prevention Act of 2012 (RA 10175)",
      kind: "statute",
      as_at: "2012-09-12",
      status: "in force; partly struck down (2014)",
      suspended: [
        {
          provision: "s. 4(c)(3)",
          scope: "whole",
          by: DISINI,
          note: "Unsolicited commercial communications: declared unconstitutional.",
        },
        {
          provision: "s. 12",
          scope: "whole",
          by: DISINI,
          note: "Real-time collection of traffic data: declared unconstitutional.",
        },
        {
          provision: "s. 19",
          scope: "whole",
          by: DISINI,
          note: "Restricting or blocking access to computer data: declared unconstitutional.",
        },
        {
          provision: "s. 4(c)(4)",
          scope: "part",
          by: DISINI,
          note: "Online libel: void as to those who simply receive the post or react to it.",
        },
        {
          provision: "s. 5",
          scope: "part",
          by: DISINI,
          note: "Aiding or abetting and attempt: void as applied to ss. 4(c)(2), 4(c)(3) and 4(c)(4).",
        },
        {
          provision: "s. 7",
          scope: "part",
          by: DISINI,
          note: "Void as to prosecution under both RA 10175 and the Revised Penal Code for libel, and under both RA 10175 and RA 9775 for child pornography.",
        },
      ],
    },
    site: "the Lawphil Project (lawphil.net)",
    origin: "as_at is the date the Act was approved (12 September 2012); the text is the Act as enacted, without the 2014 ruling applied.",
    options: { fixText: philippinesText, fixSection: philippinesSection, lineBased: true },
  }),
  source({
    raw: "gh-cybersecurity-act-2020.txt",
    out: "gh-cybersecurity-act-2020.md",
    meta: {
      id: "gh-cybersecurity-act-2020",
      jurisdiction: "GH",
      title: "Cybersecurity Act, 2020 (Act 1038)",
      short_title: "Cybersecurity Act 2020",
      kind: "statute",
      as_at: "2020-12-29",
      status: "in force",
    },
    site: "GhaLII",
    origin:
      "as_at is the date of the Act (29 December 2020) as the seed gives it. The scrape is degraded: it doubles most text and drops the list markers everywhere but in s. 97 (Interpretation).",
    options: { fixText: ghanaText, lostDashes: true },
    alwaysNotes: ["lostMarkers"],
  }),
];
