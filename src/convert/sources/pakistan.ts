// Pakistan, the bill enacted as the Prevention of Electronic Crimes Act, 2016, from a LlamaParse
// markdown conversion of a scanned copy. The conversion made every short line a "#" heading
// (chapters, section headings, page numbers, detached subsection markers), rendered some lists as
// "- " bullets, and misread a few section numbers and paragraph letters. Some passages of the scan
// came out garbled; they are kept as they are.
import { withoutProvenanceLine, type Source } from "../common.js";
import { applyFixes, BlockWriter, renderBlocks, titleCase, type Block, type Fix } from "./plain-text.js";

// Section numbers the conversion lost or misread, restored from the sequence (33, 34, 35; 39, 40,
// 41, 42; 45, 46, 47, 48; 49A, 50, 51).
const SECTION_NUMBERS: Fix[] = [
  ["# 3.1\n\n# Unlawful on-line content-(1)\n\n", "# 34. Unlawful on-line content\n\n(1) "],
  ["\nOffences to be compoundable and non-cognizable:-(1)", "\n40. Offences to be compoundable and non-cognizable:-(1)"],
  ["# Cognizance and trial of offences.", "# 41. Cognizance and trial of offences."],
  ["# 16. Computer emergency response teams", "# 46. Computer emergency response teams"],
  ["# 17. Relation of the Act with other laws", "# 47. Relation of the Act with other laws"],
  ["# 18. Power to make rules", "# 48. Power to make rules"],
  ["\n54. Amendment of the Electronic Transactions Ordinance", "\n50. Amendment of the Electronic Transactions Ordinance"],
];

// Paragraph markers misread by the OCR, restored from their neighbours.
const MARKERS: Fix[] = [
  ["(1) In circumstances involving an offence under section 10", "(2) In circumstances involving an offence under section 10"],
  ["(c) require any person by whom", "(e) require any person by whom"],
  ["(0) require any person having charge", "(f) require any person having charge"],
  ["(r) act with proportionality", "(a) act with proportionality"],
];

const OTHER_NOISE: Fix[] = [
  // A stray "CHAPTER I" under the heading of Chapter III, and a dash inside "CHAPTER - V".
  ["# CHAPTER III\n\n# CHAPTER I\n\n", "# CHAPTER III\n\n"],
  ["# CHAPTER - V", "# CHAPTER V"],
  // "If" read twice: once ("lf") with the detached marker, once at the start of the text.
  ["# (3) lf\n", "# (3)\n"],
  // A clause of s. 39(1) read twice.
  [
    "upon receipt of a request; the Federal Government may upon receipt of a request, extend",
    "upon receipt of a request, extend",
  ],
  ["authorizc an olficer", "authorize an officer"],
];

const PAGE_NUMBER = /^# (\d+(\.\d)?|II|Itt)$/;
const CHAPTER = /^# CHAPTER ([IVX]+)$/;
const CAPS_LINE = /^# ([A-Z][A-Z ,]+)$/;
const MARKER_LINE = /^# (\(\d+\))$/;
const NUMBERED = /^(?:# )?(\d+)([A-Z]?)\. (.*)$/;
// "Title - text", "Title:-(1) text", "Title.- text", "Title. (1) text": a title run into the text.
const INLINE_TITLE = /^([^(].*?)(?:\s+-\s+|:-|\.-|\.(?= \(1\) ))\s*(.*)$/;

/** Accepts section labels in order: n+1 after n, "nA" after n, "nB" after "nA". */
class SectionSequence {
  private num = 0;
  private letter = "";

  accepts(num: number, letter: string): boolean {
    if (!letter) return num === this.num + 1;
    return num === this.num && letter.charCodeAt(0) === (this.letter ? this.letter.charCodeAt(0) + 1 : 65);
  }

  take(num: number, letter: string): string {
    this.num = num;
    this.letter = letter;
    return `${num}${letter}`;
  }
}

// The printed title: "BILL" over the long title, both made headings by the conversion.
const TITLE = /^# BILL\n+# (to make provisions for prevention of electronic crimes)\n/;

function convertBody(text: string): Block[] {
  const title = TITLE.exec(text)!;
  const lines = text
    .slice(title[0].length)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !PAGE_NUMBER.test(l));
  const out = new BlockWriter();
  out.heading("title", `Bill ${title[1]}`);
  const sections = new SectionSequence();
  let chapter: string[] | null = null; // a chapter heading whose title lines are still being read
  let marker = ""; // a subsection marker the conversion set apart as a heading
  let statement = false; // inside the Statement of Objects and Reasons: no section headings
  const sectionStart = (line: string) => {
    const m = NUMBERED.exec(line);
    return m && !statement && sections.accepts(Number(m[1]), m[2]!) ? m : null;
  };
  const section = (start: RegExpExecArray, caption?: string) => {
    const label = sections.take(Number(start[1]), start[2]!);
    const body = start[3]!;
    if (start[0].startsWith("# ")) return out.heading("section", `${label}. ${body.replace(/\s+-$/, "")}`);
    const inline = INLINE_TITLE.exec(body);
    const heading = inline?.[1] ?? caption;
    if (!heading) throw new Error(`Pakistan: no title for section ${label}`);
    out.heading("section", `${label}. ${heading}`);
    const rest = inline ? inline[2]! : body;
    if (rest) out.para(rest);
  };

  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const caps = CAPS_LINE.exec(line);
    if (chapter && caps) {
      chapter.push(caps[1]!);
      continue;
    }
    if (chapter) {
      out.heading("container", `Chapter ${chapter[0]} — ${titleCase(chapter.slice(1).join(" "))}`);
      chapter = null;
    }
    const ch = CHAPTER.exec(line);
    const mk = MARKER_LINE.exec(line);
    const start = sectionStart(line);
    if (ch) {
      chapter = [ch[1]!];
    } else if (line === "# STATEMENT OF OBJECTS AND REASONS") {
      statement = true;
      out.heading("container", titleCase(line.slice(2)));
    } else if (mk) {
      marker = `${mk[1]} `;
    } else if (start) {
      section(start);
    } else if (/^# [^(]/.test(line)) {
      // An unnumbered heading before a numbered section that prints no title of its own is that
      // section's title; before one that does, a duplicate of it (dropped). Elsewhere it is a
      // caption inside a section, kept as a bold note (or a plain line in the statement).
      const caption = line.slice(2);
      if (NUMBERED.test(line)) throw new Error(`Pakistan: section out of sequence: ${line}`);
      const following = sectionStart(lines[k + 1] ?? "");
      if (following && !following[0].startsWith("# ")) {
        section(following, caption);
        k++;
      } else if (statement) out.para(caption);
      else out.heading("note", caption);
    } else {
      // The conversion's list bullets, list numbers (its own: s. 48(2) numbers "1." twice) and heading marks.
      out.para(marker + line.replace(/^([-#]|\d+\.) /, ""));
      marker = "";
    }
  }
  return out.finish();
}

const SOURCE_NOTE = [
  "LlamaParse markdown of a scanned copy of the bill (headed 'BILL', with ss. 10A, 10B, 19A and 49A and the Statement of Objects and Reasons), copied from github NoorusSabahh/ITA-rag-mini-project, markdowns/Prevention_of_Electronic_Crimes_Act_2016.md, commit 122c2c51f299573abf43fe039ce9184ff84dc5ef; source_url is a National Assembly upload of the bill from May 2016, identified by its address, not checked against this copy.",
  "as_at is the day the National Assembly passed the bill (13 April 2016): the copy carries no date of its own, and its s. 1 already names the Act of 2016.",
  "The conversion's heading marks are resolved: chapter headings and their titles become containers (a stray 'CHAPTER I' under Chapter III is dropped); section headings, and numbered sections run into their text, become section headings without the trailing dash, inline separator ('-', ':-', '.-') or a caption line that duplicates the section's own title (ss. 49 to 51), and a caption before an untitled section (ss. 27, 28, 49A) becomes its title; page numbers and stray marks ('II', 'Itt') are dropped; subsection markers set apart as headings rejoin their text; other captions inside a section (s. 41, s. 48) are kept as bold notes.",
  "Section numbers lost or misread by the OCR are restored from the sequence: 34 (printed '3.1'), 40 and 41 (missing), 46 to 48 (printed 16 to 18) and 50 (printed 54).",
  "Paragraph markers misread by the OCR are restored from their neighbours: s. 30(2) (printed '(1)'), s. 32(1)(e) (printed '(c)'), s. 32(1)(f) (printed '(0)'), s. 32(2)(a) (printed '(r)').",
  "Words read twice are given once: 'If' in s. 33(3) and the opening clause of s. 39(1).",
  "The OCR slips 'authorizc' and 'olficer' (s. 30(1)) are corrected.",
  "The conversion's list bullets and its own list numbering of the items of s. 48(2) are removed, the items kept as paragraphs.",
  "The first paragraph of s. 17, which introduces its list with a semicolon, is split from items (a) and (b).",
  "Chapter titles printed in capitals are set in title case.",
  "Garbled OCR passages are kept as found (in s. 2 'service provider', ss. 30(1), 32(1)(c), 32(2) and 45), as are gaps where the scan lost text (s. 2 'subscriber information', s. 10(c), s. 33(1)).",
].join(" ");

export const sources: Source[] = [
  {
    raw: ["pk-peca-2016.txt"],
    out: "pk-peca-2016.md",
    convert([raw]) {
      const { text } = withoutProvenanceLine(raw!);
      const clean = applyFixes(text, [...SECTION_NUMBERS, ...MARKERS, ...OTHER_NOISE]);
      return {
        meta: {
          id: "pk-peca-2016",
          jurisdiction: "PK",
          title: "Bill to make provisions for prevention of electronic crimes",
          short_title: "Prevention of Electronic Crimes Act, 2016",
          kind: "bill",
          as_at: "2016-04-13",
          status: "bill; enacted as the Prevention of Electronic Crimes Act, 2016 (Act No. XL of 2016)",
          source_url: "https://na.gov.pk/uploads/documents/1462252100_756.pdf",
          source_note: SOURCE_NOTE,
          language: "en",
        },
        body: renderBlocks(convertBody(clean)),
      };
    },
  },
];
