// Step 2 of the pipeline: a law's markdown → its tree of provisions (container → section →
// subsection → paragraph → …), each with number, heading, own text, full text, pinpoint citation and
// an Akoma Ntoso-style eId. Works on the corpus format (corpus/README.md) and on pasted drafts whose
// sections are only numbered lines.
import { InputError } from "../errors.js";
import { type Block, type HeadingBlock, type ParagraphBlock, parseMarkdown, squash } from "./blocks.js";
import { DEFINITION } from "./definitions.js";
import { draftTitleOf, type InstrumentMeta, parseFrontMatter } from "./front-matter.js";
import { leadingMarker, type Marker, MarkerStack, splitRunTogether } from "./markers.js";

export type ProvisionKind =
  | "container"
  | "preamble"
  | "section"
  | "article"
  | "subsection"
  | "paragraph"
  | "subparagraph"
  | "clause"
  | "subclause"
  | "item"
  | "point"
  | "definition"
  /** A section that an amending section inserts into another law ("163. Hacking" inside "Amendment of Cap. 9:23"). */
  | "inserted"
  /** Editorial matter a code's publisher prints after a section (history, cross-references, commentary): kept, but not the law's words. */
  | "note";

export interface Provision {
  eId: string;
  kind: ProvisionKind;
  /** Number or marker as printed: "III", "14", "(2)", "a)". */
  num: string | null;
  heading: string | null;
  /** The provision's own words, without its marker and without its children. */
  text: string;
  /** Own words followed by every descendant's, marker included: what the provision says as a whole. */
  fullText: string;
  citation: string;
  /** Top-level section or article number the provision belongs to (null for containers, preamble). */
  section: string | null;
  /** The defined term, for definitions. */
  term: string | null;
  line: number;
  children: Provision[];
}

export interface ParsedLaw {
  meta: InstrumentMeta | null;
  title: string | null;
  /** Top-level provisions in document order (containers hold their sections). */
  provisions: Provision[];
  /** Notes about text the parser had to interpret (e.g. a duplicate marker renamed). */
  warnings: string[];
}

export interface ParseOptions {
  file?: string;
  /** Corpus files must have front matter; a pasted draft need not. */
  requireFrontMatter: boolean;
}

/** Numbers as codes print them too: "162.1" (Canada), "18.2-152.3" and "18.2-152.3:1" (US state codes). */
const SECTION_HEADING =
  /^(?:(section|sec\.?|article|art\.?|clause|regulation|rule)\s+|(§{1,2})\s*)?(\d+[A-Z]{0,3}(?:[.-]\d+[A-Z]{0,2})*(?::\d+)?)(?:\s*[.:]|\s+[–—-])?(?:\s+(.*))?$/i;
/** Translations number their Parts in words ("Part Four — International Cooperation"). */
const NUMBER_WORD =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
const NUMBER_WORDS = new Set(NUMBER_WORD.split("|"));
const CONTAINER_HEADING = new RegExp(
  `^(part|chapter|title|division|sub-?part|sub-?division|schedule|book|section)\\s+([IVXLC]+|\\d+[A-Z]?|[A-Z]|${NUMBER_WORD})\\b\\s*[.:–—-]?\\s*(.*)$`,
  "i",
);
const CONTAINER_PREFIX: Record<string, string> = {
  part: "part",
  chapter: "chp",
  title: "title",
  division: "dvs",
  subpart: "subpart",
  subdivision: "subdvs",
  schedule: "sched",
  book: "book",
  section: "sec",
};

const UNIT_KINDS: Record<"section" | "article", ProvisionKind[]> = {
  section: ["subsection", "paragraph", "subparagraph", "clause", "subclause", "item"],
  article: ["paragraph", "subparagraph", "point", "item", "clause", "subclause"],
};
const EID_PREFIX: Partial<Record<ProvisionKind, string>> = {
  subsection: "subsec",
  paragraph: "para",
  subparagraph: "subpara",
  clause: "clause",
  subclause: "subclause",
  item: "item",
  point: "point",
};

/** What follows a term a code prints in bold: "**authorization** means …". */
const BOLD_DEFINITION = /^\s*(?:means|includes|shall mean|has the (?:same )?meaning)\b/;
/** "(a) Access refers to …": a lettered definition whose term is not quoted (Philippine style). */
const UNQUOTED_DEFINITION = /^([A-Z][\w-]*(?: [\w-]+){0,5}?) (?:refers to|shall refer to|means|shall mean)\b/;

/** The term a definition defines: quoted ("“access” means") or, as some codes print it, in bold. */
function definedTerm(text: string, leadBold?: string): string | null {
  if (leadBold && text.startsWith(leadBold) && BOLD_DEFINITION.test(text.slice(leadBold.length))) return leadBold;
  return DEFINITION.exec(text)?.[1]?.trim() ?? null;
}

export function parseLaw(source: string, options: ParseOptions): ParsedLaw {
  const { file } = options;
  const { yaml, blocks } = parseMarkdown(source);
  let meta: InstrumentMeta | null = null;
  let draftNote: { title: string | null; warning: string } | null = null;
  if (yaml) {
    try {
      meta = parseFrontMatter(yaml.value, file, (yaml.position?.start.line ?? 1) + 1);
    } catch (e) {
      // A draft needs no front matter: one that is not a corpus file's ("title: My bill" alone)
      // gives its title, if it has one, and a warning; the draft is still read.
      if (options.requireFrontMatter || !(e instanceof InputError)) throw e;
      draftNote = { title: draftTitleOf(yaml.value), warning: `front matter read for its title only (${e.toString()})` };
    }
  } else if (options.requireFrontMatter) {
    throw new InputError("missing front matter: the file must start with a `---` YAML block (see corpus/README.md)", {
      file,
      line: 1,
    });
  }
  const builder = new TreeBuilder(file, meta?.citation_prefix ?? null);
  const structured = sectionLevel(blocks);
  for (const block of structured === null ? plainBlocks(blocks) : blocks.flatMap(runTogetherUnits)) {
    builder.add(block, structured ?? PLAIN_SECTION_DEPTH);
  }
  const provisions = builder.finish();
  if (!provisions.some(hasSection)) {
    throw new InputError(
      "no recognisable sections: expected section headings such as `### 14. Unauthorised access` or `### Article 2 – Illegal access`, or numbered lines such as `14. Unauthorised access`",
      { file },
    );
  }
  const warnings = draftNote ? [draftNote.warning, ...builder.warnings] : builder.warnings;
  return { meta, title: draftNote?.title ?? builder.title ?? meta?.title ?? null, provisions, warnings };
}

function hasSection(p: Provision): boolean {
  return p.kind === "section" || p.kind === "article" || p.children.some(hasSection);
}

/** The heading depth that holds the sections: the depth most section-like headings share. */
function sectionLevel(blocks: Block[]): number | null {
  const counts = new Map<number, number>();
  for (const b of blocks) {
    if (b.type === "heading" && SECTION_HEADING.test(b.text)) counts.set(b.depth, (counts.get(b.depth) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [depth, n] of counts) {
    if (best === null || n > counts.get(best)! || (n === counts.get(best) && depth > best)) best = depth;
  }
  return best;
}

const PLAIN_SECTION_DEPTH = 3;
const PLAIN_SECTION_LINE =
  /^(?:(section|sec\.?|article|art\.?|clause)\s+|(§)\s*)?(\d+)(?:\.(\d+))?([A-Z]{0,2})(?:[.:]\s*|\s+[–—-]\s*|\s+(?=[A-Z(])|$)(.*)$/i;
const PLAIN_CONTAINER_LINE = new RegExp(`^(part|chapter|title|division|schedule)\\s+([IVXLC]+|\\d+[A-Z]?|${NUMBER_WORD})\\b\\s*[.:–—-]?\\s*(.*)$`, "i");
/** What follows the enacting text of a bill ("EXPLANATORY MEMORANDUM", "FIRST SCHEDULE"): a container, not the last section's words. */
const PLAIN_END_MATTER_LINE =
  /^(?:explanatory (?:statement|memorandum|note)s?|(?:statement|memorandum) of objects and reasons|objects and reasons|(?:(?:first|second|third|fourth|fifth|the) )?schedule)\s*[.:]?$/i;

/** A plain section number's place in order: 8 < 8A < 8B < 9, and 342.1 < 342.2 in a code. */
type SectionKey = [number, number, string];
const sectionKeyOf = ([, , , whole, decimal, suffix]: RegExpExecArray): SectionKey => [Number(whole), Number(decimal ?? 0), suffix!.toUpperCase()];
const after = (a: SectionKey, b: SectionKey) => a[0] - b[0] || a[1] - b[1] || (a[2] > b[2] ? 1 : a[2] < b[2] ? -1 : 0);

/** A paragraph whose subsections or definitions a conversion ran together ("(1) A person … (2) Access … if— (a) …") becomes one per unit. */
function runTogetherUnits(block: Block): Block[] {
  if (block.type !== "paragraph" || block.marker || block.bold) return [block];
  const pieces = splitRunTogether(block.text);
  return pieces.length < 2 ? [block] : pieces.map((text, k) => ({ ...block, text, leadBold: k === 0 ? block.leadBold : undefined }));
}

/**
 * A draft pasted without markdown headings: numbered lines ("14. Unauthorised access",
 * "14.(1) A person …", "Section 14 – …") become section headings, "PART II" lines containers,
 * and run-together subsections are split on their markers.
 */
function plainBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let last: SectionKey | null = null;
  /** Whether the first section was numbered with its word ("Article 1."): then all are. */
  let namedNumbers = false;
  let afterContainer = false;
  /** A section whose number stood alone ("ARTICLE 4"): the next line may be its heading. */
  let untitled: { block: HeadingBlock; label: string } | null = null;
  let pending: string[] = [];
  let pendingLine = 0;
  const flush = () => {
    const text = squash(pending.join(" "));
    if (text) for (const piece of splitRunTogether(text)) out.push({ type: "paragraph", text: piece, line: pendingLine });
    pending = [];
  };
  const opensSection = (line: string) => {
    const section = PLAIN_SECTION_LINE.exec(line);
    return section !== null && plainSectionFollows(section, last, { namedNumbers, afterContainer });
  };
  for (const block of blocks) {
    const lines =
      block.type === "heading"
        ? [block.text]
        : (block.marker ? `${block.marker.label}. ${block.text}` : block.text).split("\n");
    // A numbered paragraph that opens no section ("1. Whoever …" under "Article 2") keeps its number, as in a law file.
    if (block.type === "paragraph" && block.marker && !opensSection(lines[0]!.trim())) {
      flush();
      out.push(block);
      untitled = null;
      continue;
    }
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!.trim();
      const at = block.line + k;
      const container = PLAIN_CONTAINER_LINE.exec(line);
      const section = PLAIN_SECTION_LINE.exec(line);
      if (untitled && line && !container && !section && !sentenceWrapsAfter(line, lines[k + 1])) {
        const { heading, body } = splitHeadingLine(line, k === lines.length - 1);
        if (heading && !body) {
          untitled.block.text = `${untitled.label}. ${heading}`;
          untitled = null;
          continue;
        }
      }
      if (line) untitled = null;
      if ((container || PLAIN_END_MATTER_LINE.test(line)) && line.length < 120) {
        flush();
        out.push({ type: "heading", depth: 2, text: line, line: at });
        afterContainer = container !== null;
      } else if (section && !sentenceRunsOn(pending) && plainSectionFollows(section, last, { namedNumbers, afterContainer })) {
        flush();
        const [, word, paragraph, whole, decimal, suffix] = section;
        if (last === null) namedNumbers = Boolean(word || paragraph);
        last = sectionKeyOf(section);
        afterContainer = false;
        const num = `${whole}${decimal ? `.${decimal}` : ""}${suffix}`;
        // The line keeps the word that numbers it, so an article stays an article and § a §.
        const label = paragraph ? `§ ${num}` : word?.toLowerCase().startsWith("art") ? `Article ${num}` : num;
        let { heading, body } = splitHeadingLine(section[6]!.trim(), k === lines.length - 1);
        // A heading wrapped onto the next line ("… in the absence" / "of applicable international agreements").
        while (heading && !body && k + 1 < lines.length && headingContinues(lines[k + 1]!.trim(), k + 1 === lines.length - 1)) {
          const joined = splitHeadingLine(`${heading} ${lines[k + 1]!.trim()}`, k + 1 === lines.length - 1);
          if (!joined.heading || joined.body) break;
          heading = joined.heading;
          k++;
        }
        const opened: HeadingBlock = { type: "heading", depth: PLAIN_SECTION_DEPTH, text: heading ? `${label}. ${heading}` : label, line: at };
        out.push(opened);
        if (!heading && !body && !section[6]) untitled = { block: opened, label };
        if (body) {
          pending.push(body);
          pendingLine = at;
        }
      } else if (line) {
        if (!pending.length) pendingLine = at;
        pending.push(line);
      } else {
        flush();
      }
    }
    flush();
  }
  return out;
}

/** Whether the words read so far stop mid-sentence, so that a number opening the next line ("… under section" / "44.") is a reference, not a section. */
const sentenceRunsOn = (pending: string[]) => pending.length > 0 && !/[.;:)\]—–-]$/.test(pending.at(-1)!);

/**
 * Whether a sentence wrapped at the end of a line goes on onto the next: the next starts in lower
 * case, or the line ends on a word no heading ends on ("… the provisions of this" / "Law shall …").
 * Such a line is no heading for a number that stood alone above it.
 */
const sentenceWrapsAfter = (line: string, next: string | undefined) =>
  /^\p{Ll}/u.test(next?.trim() ?? "") || /\b(?:a|an|the|this|that|of|to|by|for|in|on|and|or|with|under|any)$/i.test(line);

/**
 * Whether the line after a section's heading line goes on with the heading: it starts in lower
 * case ("of applicable international agreements"), or it ends the paragraph (a blank line follows,
 * as after "Establishments" in "Infringement of Data of … Economic / Establishments"); it opens no
 * subsection, section or Part, and the heading and it together must still read as a heading.
 */
function headingContinues(next: string, endsParagraph: boolean): boolean {
  if (!next || /^(?:\(\w{1,4}\)|[\[“"])/.test(next) || /[;:]$/.test(next) || PLAIN_SECTION_LINE.test(next) || PLAIN_CONTAINER_LINE.test(next)) return false;
  return /^\p{Ll}/u.test(next) || endsParagraph;
}

/** Words by which a section inserts text into another law: "the substitution of the following—", "shall be replaced by the following:". */
const INSERTION = /\b(?:insert(?:ion|ing|ed)?|substitut(?:e|ed|ing|ion)|replaced?|add(?:ed|ing|ition)?)\b[^.]{0,200}?\bthe following\b|\bthe following\b[^.]{0,200}?\b(?:inserted|substituted|added)\b/i;
/**
 * The number an inserted section opens with: "163. Hacking", or right after the quotation mark that
 * opens the inserted text, with or without a full stop ("“4A Functions of the Centre").
 */
const INSERTED_SECTION = /^(?:[“"‘](\d{1,4}[A-Z]{0,3})\.?|(\d{1,4}[A-Z]{0,3})\.)\s+(.*)$/s;

/**
 * The paragraph that opens the editorial matter annotated codes print after a section's text:
 * "History: P.A. 95-79 …", "Cross References. Section 7611 is referred to …", "2024 Amendment. …",
 * "COMMENTARY ON §§ 708-890 TO 708-895.7", "Annotations", "Revision Note", "Case Notes". Everything after
 * it, to the next section, is editorial.
 */
const EDITORIAL_NOTE = /^(?:History:|Source:?\s*Laws?\s+\d{4}|Cross[- ]References?(?:[.:]|$)|\d{4} Amendments?\.|COMMENTARY ON\b|Annotations?$|Editor(?:'|’)?s? Notes?\b|Editorial Notes?\b|Notes of Decisions\b|Case Notes\b|Revisor(?:'|’)s Notes?\b|Revision Notes?$|Law Journals and Reviews$|Attorney General Opinions$)/;

/** The words by which a section says that what follows defines: "the following words and expressions shall have the meanings assigned thereto". */
/** Or, as US state codes say it, "the following terms mean:", "Terms in §§ 22-40-19 to 22-40-26, inclusive, mean:". */
const MEANINGS = /\b(?:shall have the meanings?|have the (?:following )?meanings?|meanings? (?:respectively )?(?:assigned|ascribed|given))\b|\b(?:terms|words)\b[^.:;]{0,80}\b(?:shall )?mean:/i;
/** An unquoted term in title case before a colon: "Traffic Data: Any electronic data …". */
const COLON_DEFINITION = /^([A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|and|or|the|for|in|to)){0,6}):\s+\S/;
/** A quoted term closed by a full stop inside the quotation marks: "“Computer data.” A representation …". */
const PERIOD_DEFINITION = /^[“"]([^”"]{1,80}?)\.[”"]\s+\S/;
/** A quoted term and a comma, then what it means: "“Consumer”, an individual …" (Missouri's statutes). */
const COMMA_DEFINITION = /^[“"]([^”"]{1,80}?)(?:,[”"]|[”"],)\s+\S/;
/** A term in capitals closed by a full stop: "COMPUTER PROGRAM. An ordered set of data …" (Alabama's code). */
const CAPITALS_DEFINITION = /^([A-Z][A-Z0-9’'-]+(?: [A-Z][A-Z0-9’'-]*){0,5})\.\s+\S/;

/**
 * Words that make a clause a sentence of the law rather than a heading ("A person who … commits");
 * not the noun "means" ("Harassment utilising means of electronic communication") nor an
 * infinitive ("Act to apply for offence committed outside India").
 */
const SENTENCE_WORDS = /\b(?:shall|may|must|is|are|was|were|means(?! of\b)|includes|who|which|commits)\b|(?<!\bto )\bappl(?:y|ies)\b/i;

/**
 * The words after a section number: a heading, the section's first words, or a heading run into
 * them ("Short title. This Act may be cited …", "Unauthorised access.—(1) A person …"). A heading
 * is short and says what the section is about, not what the law provides. A line that stands
 * alone (a blank line after it, so no sentence wrapped onto the next) may hold a longer heading
 * ("Unlawful manufacturing, selling, buying, use, import, distribution or possession of a computer
 * …"), if nothing in it reads as a sentence and it does not end as one.
 */
function splitHeadingLine(rest: string, alone = false): { heading: string | null; body: string | null } {
  if (rest.startsWith("(")) return { heading: null, body: rest };
  // The first words may be numbered ("Hacking. 1. Whoever …", "Extradition. 1. a) This article …"), unless the full stop closes "No.".
  const inline = /^(.{2,120}?)(?<!\bNos?)\.(?:\s*[—–-]\s*|\s+)(?=[(A-Z“"]|\d{1,2}\.?\s+(?:[(A-Z“"]|[a-z]\)))(.+)$/.exec(rest);
  if (inline && inline[1]!.split(/\s+/).length <= 16 && !SENTENCE_WORDS.test(inline[1]!)) return { heading: inline[1]!, body: inline[2]! };
  const words = rest.split(/\s+/).length;
  const sentenceWords = SENTENCE_WORDS.test(rest);
  const long = alone && !sentenceWords && !/[.;:,—–-]$/.test(rest) ? words > 40 : words > 14;
  const sentence = long || (sentenceWords && /[.;:—–-]$/.test(rest));
  return sentence ? { heading: null, body: rest } : { heading: rest || null, body: null };
}

/**
 * Whether a numbered line opens the next section rather than numbering a list or citing one.
 * Bare numbers must run on from the last section (at most ten ahead, or a lettered insertion:
 * 8A after 8) and open with a heading or a subsection; right after a Part or Chapter line they may
 * jump ahead, as an extract that leaves out whole Parts does. A line that names its numbering word
 * ("Article 35 – 24/7 Network", "§ 1030.") may jump ahead, as an excerpt of a code does; where
 * the first section is so named, a bare number is an item of a list ("Article 2 … 3. Whoever …").
 * A repealed section keeps its number ("22. —", "22. [Repealed]").
 */
function plainSectionFollows(
  line: RegExpExecArray,
  last: SectionKey | null,
  { namedNumbers, afterContainer }: { namedNumbers: boolean; afterContainer: boolean },
): boolean {
  const [, word, paragraph, , decimal, , rest] = line;
  const key = sectionKeyOf(line);
  const named = Boolean(word || paragraph);
  // A bare number alone on its line is a page number or a list's, not a section.
  if (!named && /^\d+(?:\.\d+)?[A-Z]{0,2}$/i.test(line[0].trim())) return false;
  if (last && after(key, last) <= 0) return false;
  if (namedNumbers && !named) return false;
  const r = rest!.trim();
  const repealed = /^[—–-]*\s*(?:\[?repealed\b.*)?$/i.test(r);
  if (named) return /^[A-Z0-9(“"\[]/i.test(r) || repealed;
  if (decimal !== undefined) return false;
  // The first may be any number when a full stop or dash sets it off ("14. Unauthorised access": an
  // extract of a bill), not when a date could read as one ("30 June 2024").
  const setOff = !/^\d+[A-Z]*\s+[A-Z(]/i.test(line[0]);
  const next =
    last === null ? key[0] <= 10 || setOff
    : key[0] === last[0] ? key[2] !== ""
    : (key[0] <= last[0] + 10 || (afterContainer && setOff)) && key[2] === "";
  return next && (/^[A-Z(“"]/.test(r) || repealed);
}

class TreeBuilder {
  title: string | null = null;
  readonly warnings: string[] = [];
  private readonly roots: Provision[] = [];
  /** Open containers, outermost first; `word` is the kind its heading names ("part", "chapter"), if any. */
  private containers: { node: Provision; depth: number; word: string | null }[] = [];
  private section: Provision | null = null;
  private sectionKind: "section" | "article" = "section";
  /** The units open under the current section, outermost first; index = marker depth. */
  private units: Provision[] = [];
  private markers = new MarkerStack();
  private pendingHeading: string | null = null;
  private readonly seenSections = new Map<string, number>();
  private readonly seenEids = new Set<string>();
  private preamble: Provision | null = null;
  private sectionWord: "s." | "Art." | "§" = "s.";
  /** The section has said it inserts text into another law ("… is amended by the insertion of the following—"). */
  private inserting = false;
  /** The section has said the words that follow have the meanings it gives: "Term: meaning" defines. */
  private definingList = false;
  /** The inserted section being read, and the section's own units and markers to return to when its text closes. */
  private inserted: Provision | null = null;
  private host: { units: Provision[]; markers: MarkerStack } | null = null;
  /** The section's editorial note, once its editorial matter has begun. */
  private note: Provision | null = null;

  constructor(
    private readonly file: string | undefined,
    private readonly citationPrefix: string | null,
  ) {}

  add(block: Block, sectionDepth: number): void {
    if (block.type === "heading") {
      if (block.depth === sectionDepth && SECTION_HEADING.test(block.text)) return this.openSection(block);
      if (block.depth < sectionDepth) return this.openContainer(block);
      // A heading below section level is a marginal note for what follows.
      this.pendingHeading = block.text;
      return;
    }
    this.addParagraph(block);
  }

  finish(): Provision[] {
    const finalise = (p: Provision): string => {
      // An editorial note is not what the provision says.
      const childText = p.children.map(finalise).filter((_, k) => p.children[k]!.kind !== "note").join("\n");
      const own = [p.kind === "container" || p.kind === "section" || p.kind === "article" || p.kind === "inserted" ? null : p.num, p.text]
        .filter(Boolean)
        .join(" ");
      p.fullText = [own, childText].filter(Boolean).join("\n");
      return p.fullText;
    };
    this.roots.forEach(finalise);
    return this.roots;
  }

  private openContainer(block: HeadingBlock): void {
    this.closeSection();
    const m = CONTAINER_HEADING.exec(block.text);
    const word = m ? m[1]!.toLowerCase().replace("-", "") : null;
    while (this.containers.length && this.containers.at(-1)!.depth > block.depth) this.containers.pop();
    // Converted laws often set a Part and the Chapters within it at one heading level ("## Part Four",
    // "## Chapter One"): a numbered container of another kind than those open at its level opens
    // inside them; one of a kind already open there, a schedule or an unnumbered heading closes them.
    const sameLevel = this.containers.filter((c) => c.depth === block.depth);
    const numbered = word !== null && word !== "schedule";
    const kindOpen = numbered ? sameLevel.findIndex((c) => c.word === word) : -1;
    const nests = numbered && kindOpen < 0 && sameLevel.length > 0 && sameLevel.every((c) => c.word !== null && c.word !== "schedule");
    if (!nests) this.containers.length -= sameLevel.length - Math.max(kindOpen, 0);
    if (!m && !this.title && this.roots.length === 0 && block.depth === 1) {
      this.title = block.text;
      return;
    }
    const parentId = this.containers.at(-1)?.node.eId;
    const num = m && NUMBER_WORDS.has(m[2]!.toLowerCase()) ? m[2]!.toLowerCase() : m?.[2];
    const local = m ? `${CONTAINER_PREFIX[word!]}_${num}` : `hcontainer_${slug(block.text)}`;
    const node = this.node({
      eId: this.unique(parentId ? `${parentId}__${local}` : local, block.line),
      kind: "container",
      num: m ? m[2]! : null,
      // "Chapter One (General Rules)": the brackets only set the heading apart.
      heading: m ? m[3]!.trim().replace(/^\((.*)\)$/, "$1") || null : block.text,
      citation: m ? `${capitalise(m[1]!)} ${m[2]}` : block.text,
      section: null,
      line: block.line,
    });
    this.attach(node);
    this.containers.push({ node, depth: block.depth, word });
  }

  private openSection(block: HeadingBlock): void {
    const m = SECTION_HEADING.exec(block.text)!;
    const word = (m[1] ?? "").toLowerCase();
    const num = m[3]!;
    this.sectionKind = word.startsWith("art") ? "article" : "section";
    this.sectionWord = word.startsWith("art") ? "Art." : m[2] ? "§" : "s.";
    const previous = this.seenSections.get(num);
    if (previous !== undefined) {
      throw new InputError(`duplicate section number ${num} (first at line ${previous})`, {
        file: this.file,
        line: block.line,
      });
    }
    this.seenSections.set(num, block.line);
    this.closeSection();
    const prefix = this.citationPrefix ? `${this.citationPrefix} ` : "";
    const citation = this.sectionWord === "§" ? `${prefix}§ ${num}` : `${prefix}${this.sectionWord} ${num}`;
    const node = this.node({
      eId: this.unique(`${this.sectionKind === "article" ? "art" : "sec"}_${num}`, block.line),
      kind: this.sectionKind,
      num,
      heading: m[4]?.trim().replace(/[.:]$/, "") || null,
      citation,
      section: num,
      line: block.line,
    });
    this.attach(node);
    this.section = node;
  }

  private closeSection(): void {
    this.section = null;
    this.units = [];
    this.markers = new MarkerStack();
    this.pendingHeading = null;
    this.inserting = false;
    this.definingList = false;
    this.inserted = null;
    this.host = null;
    this.note = null;
  }

  /** What top-level units hang under: the section, or the section it is inserting. */
  private root(): Provision {
    return this.inserted ?? this.section!;
  }

  /**
   * A numbered section heading inside inserted text: "163. Hacking" on a line of its own, or, as
   * translations print it, the number opening the text under a bold heading ("**Expert opinion**",
   * "39A. If the output …").
   */
  private insertedHeading(block: ParagraphBlock): { num: string; heading: string; body: string | null } | null {
    const m = INSERTED_SECTION.exec(block.marker ? `${block.marker.printed} ${block.text}` : block.text);
    if (!m) return null;
    const num = (m[1] ?? m[2])!;
    const rest = m[3]!.trim();
    if (this.pendingHeading !== null) return { num, heading: this.takeHeading()!.replace(/^[“"‘]+/, ""), body: rest || null };
    const { heading, body } = splitHeadingLine(rest);
    return heading && !body && /^[A-Z]/.test(heading) && !/[—–:,;-]$/.test(heading) ? { num, heading, body: null } : null;
  }

  private openInserted(num: string, heading: string, line: number): void {
    const section = this.section!;
    this.host ??= { units: this.units, markers: this.markers };
    this.inserted = this.node({
      eId: this.unique(`${section.eId}__ins_${num}`, line),
      kind: "inserted",
      num,
      heading,
      citation: `${section.citation}, inserted s. ${num}`,
      section: section.num,
      line,
    });
    section.children.push(this.inserted);
    this.units = [];
    this.markers = new MarkerStack();
  }

  /** The inserted text has closed its quotation: the amending section's own units go on. */
  private closeInserted(): void {
    this.units = this.host!.units;
    this.markers = this.host!.markers;
    this.host = null;
    this.inserted = null;
  }

  private addParagraph(block: ParagraphBlock): void {
    if (!this.section) {
      // Text under a container but outside any section (an explanatory statement, a final formula)
      // is the container's own; text before everything is the preamble.
      const container = this.containers.at(-1)?.node;
      if (container) container.text = container.text ? `${container.text}\n${block.text}` : block.text;
      else this.addPreamble(block);
      return;
    }
    if (this.note || EDITORIAL_NOTE.test(block.text)) return this.addNote(block);
    if (block.bold) {
      this.pendingHeading = block.text;
      return;
    }
    const inserted = this.inserting ? this.insertedHeading(block) : null;
    if (inserted) {
      this.openInserted(inserted.num, inserted.heading, block.line);
      if (inserted.body) this.addParagraph({ type: "paragraph", text: inserted.body, line: block.line });
      return;
    }
    this.placeParagraph(block);
    if (INSERTION.test(block.text)) this.inserting = true;
    if (MEANINGS.test(block.text)) this.definingList = true;
    // A closing quotation mark that nothing opened ends the inserted text.
    if (this.inserted && (block.text.match(/”/g)?.length ?? 0) > (block.text.match(/“/g)?.length ?? 0)) this.closeInserted();
  }

  /** A paragraph of a section: a marked unit, a definition, or more words of the unit before. */
  private placeParagraph(block: ParagraphBlock): void {
    const section = this.section!;
    const found: { marker: Marker; rest: string } | null = block.marker
      ? { marker: block.marker, rest: block.text }
      : leadingMarker(block.text);
    const place = found ? this.markers.peek(found.marker) : null;
    if (found && place) {
      this.markers.push(found.marker);
      this.units.length = place.depth;
      const parent = this.units.at(-1) ?? this.root();
      const kinds = UNIT_KINDS[this.sectionKind];
      const kind = kinds[Math.min(this.definitionDepth(place.depth), kinds.length - 1)]!;
      const label = found.marker.label;
      const term = definedTerm(found.rest, block.leadBold) ?? UNQUOTED_DEFINITION.exec(found.rest)?.[1] ?? this.listTerm(found.rest);
      const node = this.node({
        eId: this.unique(`${parent.eId}__${EID_PREFIX[kind]}_${label}`, block.line),
        kind,
        num: found.marker.printed,
        heading: this.takeHeading(),
        text: found.rest,
        citation: parent.kind === "definition" ? `${parent.citation} (${label})` : `${parent.citation}(${label})`,
        section: section.num,
        term,
        line: block.line,
      });
      parent.children.push(node);
      this.units.push(node);
      return;
    }
    const term = definedTerm(block.text, block.leadBold) ?? this.listTerm(block.text);
    if (term) return this.addDefinition(block, term);
    // Unmarked text: more words of the current unit, or closing words of the list above it.
    const current = this.units.at(-1) ?? this.root();
    const target = current.children.length === 0 ? current : (this.units.at(-2) ?? this.root());
    target.text = target.text ? `${target.text}\n${block.text}` : block.text;
  }

  /**
   * A term defined without "means", once the section has said it defines: "Information System: A
   * set of software …" (translations), "“Access.” To intercept …" (Pennsylvania's code), "“Consumer”,
   * an individual …" (Missouri's).
   */
  private listTerm(text: string): string | null {
    if (!this.definingList) return null;
    return (COLON_DEFINITION.exec(text) ?? PERIOD_DEFINITION.exec(text) ?? COMMA_DEFINITION.exec(text) ?? CAPITALS_DEFINITION.exec(text))?.[1] ?? null;
  }

  /** Depth of a marked unit not counting the definition it sits in, so kinds stay the law's own. */
  private definitionDepth(depth: number): number {
    return this.units.slice(0, depth).some((u) => u.kind === "definition") ? depth - 1 : depth;
  }

  /** A defined term in its own paragraph: a child of the unit that introduces the definitions. */
  private addDefinition(block: ParagraphBlock, term: string): void {
    // Definitions are siblings: a new one closes the previous one and whatever nested in it. The
    // first hangs under the unit that introduces the list ("In this Act—"), else under the section.
    const previous = this.units.findIndex((u) => u.kind === "definition");
    this.units.length = previous >= 0 ? previous : this.units.findLastIndex((u) => /[—–:-]\s*$/.test(u.text)) + 1;
    this.markers.truncate(this.units.length);
    const parent = this.units.at(-1) ?? this.root();
    const node = this.node({
      eId: this.unique(`${parent.eId}__def_${slug(term)}`, block.line),
      kind: "definition",
      num: null,
      heading: null,
      text: block.text,
      citation: `${parent.citation}, “${term}”`,
      section: this.section!.num,
      term,
      line: block.line,
    });
    parent.children.push(node);
    this.units.push(node);
    this.markers.openOpaqueLevel();
  }

  /** Editorial matter: one note, the section's last child, holding every paragraph to the next section. */
  private addNote(block: ParagraphBlock): void {
    if (this.note) {
      this.note.text = `${this.note.text}\n${block.text}`;
      return;
    }
    const section = this.section!;
    this.note = this.node({
      eId: this.unique(`${section.eId}__note`, block.line),
      kind: "note",
      num: null,
      heading: null,
      text: block.text,
      citation: `${section.citation}, editorial note`,
      section: section.num,
      line: block.line,
    });
    section.children.push(this.note);
  }

  private addPreamble(block: ParagraphBlock): void {
    if (!this.preamble) {
      this.preamble = this.node({
        eId: this.unique("preamble", block.line),
        kind: "preamble",
        num: null,
        heading: null,
        citation: "Preamble",
        section: null,
        line: block.line,
      });
      this.attach(this.preamble);
    }
    this.preamble.text = this.preamble.text ? `${this.preamble.text}\n${block.text}` : block.text;
  }

  private takeHeading(): string | null {
    const h = this.pendingHeading;
    this.pendingHeading = null;
    return h;
  }

  private attach(node: Provision): void {
    const parent = this.containers.at(-1)?.node;
    (parent ? parent.children : this.roots).push(node);
  }

  private unique(eId: string, line: number): string {
    if (!this.seenEids.has(eId)) {
      this.seenEids.add(eId);
      return eId;
    }
    let n = 2;
    while (this.seenEids.has(`${eId}_${n}`)) n++;
    this.warnings.push(`line ${line}: ${eId} occurs twice; the second is ${eId}_${n}`);
    this.seenEids.add(`${eId}_${n}`);
    return `${eId}_${n}`;
  }

  private node(p: Omit<Provision, "text" | "fullText" | "children" | "term"> & { text?: string; term?: string | null }): Provision {
    return { ...p, text: p.text ?? "", fullText: "", term: p.term ?? null, children: [] };
  }
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 40) || "x"
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Every provision of a tree in document order. */
export function flatten(provisions: Provision[]): Provision[] {
  const out: Provision[] = [];
  const walk = (p: Provision) => {
    out.push(p);
    p.children.forEach(walk);
  };
  provisions.forEach(walk);
  return out;
}
