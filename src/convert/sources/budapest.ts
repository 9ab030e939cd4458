// The Council of Europe Convention on Cybercrime (ETS 185) and its First Additional Protocol
// (ETS 189), both from the Dutch treaty database (BWB) markdown. The two copies share one layout:
// a heading is split over two lines ("### Article  1" then "####Definitions"), container titles
// are in capitals, links point into the Dutch database, and numbered paragraphs sometimes run
// into the next line without a blank line. One converter serves both.
import { type ConvertedInstrument, type InstrumentMeta, type Source, withoutProvenanceLine } from "../common.js";

/** Every kind of repair this converter can make, in the order source_note lists them. */
const REPAIR_NOTES = {
  dropped: "The HTML meta line and the Dutch title heading were dropped; the English title is the document heading.",
  headings:
    "Headings split over two lines (number, then title) were joined into one (\"Article 1 – Purpose\"); chapters, sections and titles are container headings and every article is at level 5.",
  caps: "Container headings printed in capitals were set in sentence case as in the official Council of Europe text.",
  preamble: "The preamble and the closing formula, each run into one line, were split into one paragraph per recital or sentence group.",
  links: "Links into the Dutch treaty database were removed, keeping their words.",
  quotes: "LaTeX-style quotes (``…\") were replaced by typographic quotes (“…”).",
  lines: "Numbered paragraphs that ran on from the previous line were put in paragraphs of their own, and spacing runs were collapsed.",
  emptyNumber: "A paragraph number whose whole text is lettered sub-paragraphs (Article 14, paragraph 3) stands alone as \"3.\" before them.",
  doubledNumber: "A doubled paragraph number (\"2. 2 Such conditions\", Article 15) was printed once.",
  spacing: "Missing spaces after a letter marker (\"a)Each\"), after commas (\"law,when\") and next to italics (\"*inter alia,*include\") were restored.",
  hyphen: "A line-break hyphen inside a word (\"com-munication's\", Article 1) was removed.",
} as const;
type Repair = keyof typeof REPAIR_NOTES;

/** Collects which repairs actually changed the text, so source_note lists only those. */
class RepairLog {
  readonly applied = new Set<Repair>();
  apply(kind: Repair, text: string, fix: (s: string) => string): string {
    const fixed = fix(text);
    if (fixed !== text) this.applied.add(kind);
    return fixed;
  }
  note(): string {
    return (Object.keys(REPAIR_NOTES) as Repair[])
      .filter((k) => this.applied.has(k))
      .map((k) => REPAIR_NOTES[k])
      .join(" ");
  }
}

const ARTICLE_LEVEL = 5;
const CONTAINER_LEVEL = { CHAPTER: 2, SECTION: 3, TITLE: 4 } as const;
type ContainerKind = keyof typeof CONTAINER_LEVEL;

// Link targets contain parentheses of their own ("…/treaty/(wct)/(1996)/…").
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const SPLIT_HEADING = /^###\s*(CHAPTER|SECTION|TITLE|Article)\s+([0-9IVX]+)\s*$/;
// Words the official text keeps capitalised inside sentence-case headings.
const PROPER_WORDS = /\b(convention|protocol)\b/g;

function sentenceCase(title: string): string {
  const lower = title.toLowerCase().replace(PROPER_WORDS, (w) => w[0]!.toUpperCase() + w.slice(1));
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Noise fixes that apply to any running text. */
function cleanText(line: string, log: RepairLog): string {
  let s = log.apply("links", line, (t) => t.replace(LINK, "$1"));
  s = log.apply("quotes", s, (t) => t.replace(/``([^"]*)"/g, "“$1”"));
  s = log.apply("hyphen", s, (t) => t.replace(/\bcom-munication/g, "communication"));
  s = log.apply("lines", s, collapseSpaces);
  return log.apply("spacing", s, (t) =>
    t
      .replace(/^([a-z])\)(?=\S)/, "$1) ") // "a)Each" after a marker
      .replace(/\*([^*\s][^*]*?)\*(?=[A-Za-z])/g, "*$1* ") // closing italics glued to a word
      .replace(/,(?=\*?[A-Za-z])/g, ", "), // "law,when", "cybercrime,*inter alia"
  );
}

/** A body line becomes one paragraph; numbered paragraphs keep their printed number as "1.". */
function paragraph(line: string, log: RepairLog): string {
  let s = cleanText(line, log);
  s = log.apply("doubledNumber", s, (t) => t.replace(/^(\d+)\. \1 (?=[A-Z])/, "$1. "));
  if (/^\d+\.$/.test(s)) log.applied.add("emptyNumber");
  return s;
}

/** The preamble (and closing formula) come as one line: one paragraph per recital. */
function splitRecitals(line: string, log: RepairLog): string[] {
  const text = cleanText(line, log);
  const parts = text
    .replace(/^Preamble (?=The )/, "Preamble\n")
    .replace(/(?<=signatory hereto,) (?=Considering )/, "\n")
    .replace(/(?<=;) (?=[A-Z])/g, "\n")
    .replace(/(?<=\.) (?=DONE at )/, "\n")
    .split("\n");
  if (parts.length > 1) log.applied.add("preamble");
  return parts;
}

function heading(kind: ContainerKind | "Article", num: string, rawTitle: string, log: RepairLog): string {
  const title = collapseSpaces(log.apply("links", rawTitle, (t) => t.replace(LINK, "$1")));
  if (kind === "Article") return `${"#".repeat(ARTICLE_LEVEL)} Article ${num} – ${title}`;
  const cased = log.apply("caps", title, sentenceCase);
  const label = kind.charAt(0) + kind.slice(1).toLowerCase();
  return `${"#".repeat(CONTAINER_LEVEL[kind])} ${label} ${num} – ${cased}`;
}

function convertBwb(raw: string, log: RepairLog): { title: string; body: string } {
  const { text } = withoutProvenanceLine(raw);
  const out: string[] = [];
  let title = "";
  let pending: { kind: ContainerKind | "Article"; num: string } | null = null;
  let pastPreamble = false;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const split = SPLIT_HEADING.exec(line);
    if (split) {
      pending = { kind: split[1] as ContainerKind | "Article", num: split[2]! };
      log.applied.add("headings");
      pastPreamble = true;
    } else if (line.startsWith("####")) {
      const t = line.replace(/^#+/, "");
      if (pending) out.push(heading(pending.kind, pending.num, t, log));
      else title = collapseSpaces(t);
      pending = null;
    } else if (line.startsWith("<meta") || /^##[^#]/.test(line)) {
      log.applied.add("dropped");
    } else if (!pastPreamble || line.startsWith("IN WITNESS WHEREOF")) {
      out.push(...splitRecitals(line, log));
    } else {
      out.push(paragraph(line, log));
    }
  }
  return { title, body: [`# ${title}`, ...out].join("\n\n") };
}

interface Instrument {
  raw: string;
  out: string;
  meta: Omit<InstrumentMeta, "source_note" | "title" | "language">;
  /** Why as_at is the date it is (one sentence, ends with a full stop). */
  asAtNote: string;
}

function provenanceNote(provenance: string): string {
  const m = /github (\S+), path (\S+), commit ([0-9a-f]{40})(?: \(file last changed in ([0-9a-f]{40}), (\d{4}-\d{2}-\d{2})\))?/.exec(
    provenance,
  );
  if (!m) throw new Error(`unexpected provenance line: ${provenance}`);
  const changed = m[4] ? ` (file last changed in ${m[4].slice(0, 12)} on ${m[5]})` : "";
  return (
    `English authentic text from the Dutch government treaty database (BWB, wetten.overheid.nl) as ` +
    `published in ${m[1]}, file ${m[2]} at commit ${m[3]}${changed}; the Dutch translation that ` +
    `follows in that file is not included.`
  );
}

function source(inst: Instrument): Source {
  return {
    raw: [inst.raw],
    out: inst.out,
    convert([raw]): ConvertedInstrument {
      const log = new RepairLog();
      const { title, body } = convertBwb(raw!, log);
      const note = [provenanceNote(withoutProvenanceLine(raw!).provenance), inst.asAtNote, log.note()].join(" ");
      const { id, jurisdiction, short_title, kind, as_at, status, source_url } = inst.meta;
      const meta: InstrumentMeta = {
        id, jurisdiction, title, short_title, kind, as_at, status, source_url,
        source_note: note,
        language: "en",
      };
      return { meta, body };
    },
  };
}

const TREATY_PAGE = "https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=";

export const sources: Source[] = [
  source({
    raw: "int-coe-budapest-convention.txt",
    out: "coe-budapest-convention-2001.md",
    meta: {
      id: "coe-budapest-2001",
      jurisdiction: "COE",
      short_title: "Budapest Convention",
      kind: "treaty",
      as_at: "2001-11-23",
      status: "in force; since 2004-07-01",
      source_url: `${TREATY_PAGE}185`,
    },
    asAtNote: "as_at is the day the Convention was opened for signature in Budapest; its text has not been amended since.",
  }),
  source({
    raw: "int-coe-budapest-protocol1-xenophobia.txt",
    out: "coe-budapest-protocol1-2003.md",
    meta: {
      id: "coe-budapest-protocol1-2003",
      jurisdiction: "COE",
      short_title: "First Additional Protocol (ETS 189)",
      kind: "protocol",
      as_at: "2003-01-28",
      status: "in force; since 2006-03-01",
      source_url: `${TREATY_PAGE}189`,
    },
    asAtNote: "as_at is the day the Protocol was opened for signature in Strasbourg; its text has not been amended since.",
  }),
];
