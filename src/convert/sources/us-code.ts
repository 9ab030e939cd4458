// 18 U.S.C., the cyber-relevant sections, read as one code excerpt. The copy is a markdown chunking of
// the US Code: every chunk repeats the title, chapter and section headings and puts the first words
// of the subsection it holds into a heading line. The official page's footnote numbers survive as
// bare digits, and stripped links leave spaces before punctuation.
import { withoutProvenanceLine, type ConvertedInstrument, type InstrumentMeta, type Source } from "../common.js";

const TITLE =
  "Title 18, United States Code — cyber-relevant sections (§§ 1028, 1028A, 1029, 1030, 2252, 2252A, 2510, 2511, 2701)";

const NNBSP = "\u202F";

// Footnote callouts the page printed as superscripts; their footnotes ("So in original", "See
// References in Text note below") are not in the copy, so the bare numbers are dropped. Most sit
// behind a narrow no-break space; these five sit behind an ordinary one and are named one by one.
const NNBSP_FOOTNOTE = new RegExp(`${NNBSP} \\d+`, "g");
const NNBSP_FOOTNOTES_EXPECTED = 6;
const PLAIN_FOOTNOTES: RegExp[] = [
  /(?<=identification document,,) 1(?= authentication)/g, // § 1028(b)(2)(A)
  /(?<=causes damage and loss\.) 2$/gm, // § 1030(a)(5)(C)
  /(?<=subsection \(a\)\(4\),) 4(?= or)/g, // § 1030(c)(3)(B)
  /(?<=identifiable minor\.) 1(?= shall)/g, // § 2252A(a)(7)
  /(?<=or other device\.) 1$/gm, // § 2510(4)
];

// Units printed run in, inside another unit's paragraph (§ 2510(5)(a), § 2511(1)(b)(iv), (1)(e)):
// each opening becomes a paragraph of its own.
const RUN_IN_OPENINGS = [
  "(i) furnished to the subscriber",
  "(ii) being used by a provider",
  "(A) takes place on the premises",
  "(B) obtains or is for the purpose",
  "(ii) knowing or having reason to know that the information was obtained through the interception of such",
  "(iii) having obtained or received",
  "(iv) with intent to improperly obstruct",
];

const MARKER = /^\([A-Za-z0-9]+\)/;
// "(a) (i) It shall …": two markers with nothing between them.
const DOUBLE_MARKER = /^(\([A-Za-z0-9]+\)) (?=\([A-Za-z0-9]+\) )/;
// A caption such as "(f) Attempt and Conspiracy ." — the space before the period is the copy's.
const CAPTION = /^\([A-Za-z0-9]+\) [^.]+ \.$/;
const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"]);

function removeAll(text: string, pattern: RegExp, expected: number, what: string): string {
  const found = text.match(pattern)?.length ?? 0;
  if (found !== expected) throw new Error(`us-code: expected ${expected} ${what}, found ${found} (${pattern})`);
  return text.replace(pattern, "");
}

function dropFootnoteCallouts(text: string): string {
  let out = removeAll(text, NNBSP_FOOTNOTE, NNBSP_FOOTNOTES_EXPECTED, "footnote callouts after U+202F");
  for (const p of PLAIN_FOOTNOTES) out = removeAll(out, p, 1, "footnote callout");
  return out;
}

function titleCase(caps: string): string {
  return caps
    .toLowerCase()
    .split(" ")
    .map((w, k) => (k > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/** Blocks in reading order: headings (already markdown) and paragraphs, chunk headers kept once. */
function deChunk(text: string): { heading?: string; para?: string }[] {
  const blocks: { heading?: string; para?: string }[] = [];
  let chapter = "";
  let section = "";
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    let m: RegExpMatchArray | null;
    if (/^# Title 18— /.test(line)) continue;
    if ((m = line.match(/^### CHAPTER (\d+)— (.+)$/))) {
      if (m[1] !== chapter) blocks.push({ heading: `## Chapter ${m[1]} — ${titleCase(m[2]!)}` });
      chapter = m[1]!;
    } else if ((m = line.match(new RegExp(`^#### §${NNBSP}(\\d+[A-Z]?)\\. (.+)$`)))) {
      if (m[1] !== section) blocks.push({ heading: `### § ${m[1]}. ${m[2]}` });
      section = m[1]!;
    } else if ((m = line.match(/^#{6,7} (\(.+)$/))) {
      blocks.push({ para: m[1]! });
    } else if (line.startsWith("#")) {
      throw new Error(`us-code: unexpected heading line: ${line}`);
    } else {
      blocks.push({ para: line });
    }
  }
  return blocks;
}

function splitRunIn(para: string, used: Map<string, number>): string[] {
  const double = para.match(DOUBLE_MARKER);
  if (double) return [double[1]!, ...splitRunIn(para.slice(double[0].length), used)];
  for (const opening of RUN_IN_OPENINGS) {
    const at = para.indexOf(` ${opening}`);
    if (at < 0) continue;
    used.set(opening, (used.get(opening) ?? 0) + 1);
    return [...splitRunIn(para.slice(0, at), used), ...splitRunIn(para.slice(at + 1), used)];
  }
  return [para];
}

function tidySpacing(para: string): string {
  return para
    .replace(/\( +/g, "(")
    .replace(/ +(?=[.,;:)])/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

function convertUsCode(rawTexts: string[]): ConvertedInstrument {
  const text = dropFootnoteCallouts(rawTexts.map((r) => withoutProvenanceLine(r).text).join("\n"));
  const used = new Map<string, number>();
  const blocks = deChunk(text).flatMap((b) =>
    b.para === undefined ? [b] : splitRunIn(b.para, used).map((para) => ({ para })),
  );
  for (const opening of RUN_IN_OPENINGS) {
    if (used.get(opening) !== 1) throw new Error(`us-code: run-in opening not found once: ${opening}`);
  }
  const out: string[] = [`# ${TITLE}`];
  for (let k = 0; k < blocks.length; k++) {
    const { heading, para } = blocks[k]!;
    if (heading) {
      out.push(heading);
      continue;
    }
    // A caption is run in with the text under it, as the official page prints it.
    const next = blocks[k + 1]?.para;
    if (CAPTION.test(para!) && next !== undefined && !MARKER.test(next)) {
      out.push(tidySpacing(`${para} ${next}`));
      k++;
    } else {
      out.push(tidySpacing(para!));
    }
  }
  return { meta: META, body: out.join("\n\n") };
}

const META: InstrumentMeta = {
  id: "us-18usc-cyber",
  jurisdiction: "US",
  title: TITLE,
  short_title: "18 U.S.C. (excerpt)",
  kind: "code excerpt",
  as_at: "2020-10-30",
  status: "in force",
  source_url: "https://uscode.house.gov/browse/prelim@title18",
  source_note: [
    "Nine sections of Title 18 of the United States Code (public domain) that a country report on US",
    "cybercrime law reads together, kept as one code excerpt like the Canadian Criminal Code one.",
    "Copied from the markdown chunking of the US Code in the GitHub repository",
    "codexstanford/markdonw-chunck-of-the-usa-code (MIT licence), commit",
    "66d0b20a5e0521c0ffa33fe40368e4148bff046b: chuncks/title-18 files 624-637 (§§ 1028, 1028A, 1029),",
    "638-640 (§ 1030), 1166-1173 (§§ 2252, 2252A), 1496-1505 (§§ 2510, 2511) and 1535-1537 (§ 2701),",
    "each run concatenated in order; whole sections, without the official source credits and notes.",
    "The copy states no release point or date, so as_at is the enactment date of the latest amendment",
    "the text visibly contains (Pub. L. 116-179 of 30 October 2020, the voting-system terms in",
    "§ 1030(e)); the copy may be later.",
    "Repairs: the title, chapter and section headings repeated before every chunk are kept once;",
    "chapter headings are set in title case instead of capitals;",
    "subsection words that the chunks put in heading lines are ordinary paragraphs again;",
    "captions such as \"(f) Attempt and Conspiracy.\" are run in with the text under them, as printed",
    "officially;",
    "units printed run in are split into paragraphs of their own (§ 2510(5)(a), § 2511(1)(b)(iv),",
    "(1)(e), (2)(a), (5)(a));",
    "eleven footnote numbers from the official page (in §§ 1028, 1028A, 1030, 2252A, 2510), whose",
    "footnotes the copy lacks, are removed, while the oddities they flag (e.g. the doubled comma in",
    "§ 1028(b)(2)(A)) stay as printed;",
    "spaces left by stripped links before punctuation and inside parentheses are removed;",
    "the narrow no-break space after § is an ordinary space.",
    "Not repaired: the copy lost the dashes that end lead-in words (\"Whoever—\"), and closing words",
    "after a list (\"shall be punished as provided in subsection (b)\") stay where the copy put them.",
  ].join(" "),
  language: "en",
  citation_prefix: "18 U.S.C.",
};

export const sources: Source[] = [
  {
    raw: [
      "us-18usc1028-1029-identity-access-device.txt",
      "us-18usc1030-cfaa.txt",
      "us-18usc2252-2252a-csam.txt",
      "us-18usc2510-2511-wiretap.txt",
      "us-18usc2701-stored-communications.txt",
    ],
    out: "us-18usc-cyber-sections.md",
    convert: convertUsCode,
  },
];
