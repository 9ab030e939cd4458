// Mauritius, Computer Misuse and Cybercrime Act 2003, from a plain-text extraction of the Revised
// Laws of Mauritius. The extraction keeps the arrangement of sections, the page headers and footers,
// and renders dashes as U+FFFD (a stray 0xAD byte) or "--".
import { withoutProvenanceLine, type Source } from "../common.js";
import { applyFixes, BlockWriter, renderBlocks, titleCase, type Block } from "./plain-text.js";

const TITLE = "Computer Misuse and Cybercrime Act";
const TITLE_LINE = TITLE.toUpperCase();

// Page furniture: "C37 — 4", "[Issue 1]" and the running heads on odd and even pages.
const PAGE_LINE = /^(C37 — \d+|\[Issue 1\]|Computer Misuse and Cybercrime Act|Revised Laws of Mauritius)$/;
const PART_LINE = /^PART ([IVX]+) — (.+)$/;

/** Section titles from the arrangement of sections; the body runs some of them into the text (ss. 18, 19). */
function sectionTitles(arrangement: string): Map<string, string> {
  const titles = new Map<string, string>();
  const flat = arrangement.replace(/PART [IVX]+ —\s*[A-Z ]+?(?=\s+\d+\.\s)/g, " ").replace(/\s+/g, " ");
  for (const m of flat.matchAll(/(\d+)\. (.+?)(?= \d+\. |$)/g)) titles.set(m[1]!, m[2]!.trim());
  return titles;
}

// A line that continues the paragraph above: the extraction broke a sentence at a line or page end.
function continues(prev: string, line: string): boolean {
  return !/[.;:—,]$/.test(prev) && /^[a-z]/.test(line);
}

function convertBody(text: string): Block[] {
  const start = text.indexOf("ARRANGEMENT OF SECTIONS");
  const bodyAt = text.indexOf(`\n${TITLE_LINE}\n`, start);
  const titles = sectionTitles(text.slice(start, bodyAt).replace(/^[\s\S]*?\nSECTION\n/, ""));
  const caption = /^COMPUTER MISUSE AND CYBERCRIME ACT (Act 22 of 2003 — .+)$/m.exec(text.slice(0, start))![1]!;

  const out = new BlockWriter();
  out.heading("title", TITLE);
  out.para(caption);
  let next = 1;
  for (const line of text.slice(bodyAt + TITLE_LINE.length + 2).split("\n").map((l) => l.trim())) {
    if (!line || PAGE_LINE.test(line)) continue;
    const part = PART_LINE.exec(line);
    if (part) {
      out.heading("container", `Part ${part[1]} — ${titleCase(part[2]!)}`);
      continue;
    }
    // A line may hold several headings ("22. — 23. —") or a heading run into its text ("18. Prosecution No …").
    let rest = line;
    let title = titles.get(String(next));
    while (title && rest.startsWith(`${next}. ${title}`)) {
      out.heading("section", `${next}. ${title}`);
      rest = rest.slice(`${next}. ${title}`.length).trim();
      title = titles.get(String(++next));
    }
    if (!rest) continue;
    const prev = out.current;
    if (prev === undefined || !continues(prev, rest)) out.para(rest);
    else if (/[a-z]-$/.test(prev)) out.replaceCurrent(prev.slice(0, -1) + rest); // "de-" + "tecting"
    else out.append(rest);
  }
  if (next !== titles.size + 1) throw new Error(`Mauritius: stopped at section ${next} of ${titles.size}`);
  return out.finish();
}

const SOURCE_NOTE = [
  "Plain-text extraction of the Revised Laws of Mauritius (issue 1) text of Act 22 of 2003, published by the Attorney General's Office; copied from github fadilxcoder/hfx-app, public/text-file.txt, commit 823c61c6511e3a499d0a1962932f5cf4d8d2f1fb (the copy names no document URL, so source_url is the publisher's site).",
  "as_at is the date printed under the title (9 August 2003); the copy gives no later revision date.",
  "The arrangement of sections (a table of contents) is dropped; its titles serve as the headings of ss. 18 and 19, whose titles the extraction runs into their text.",
  "Page headers and footers ('C37 — n', '[Issue 1]', the running heads) and the repeated title line are removed.",
  "Dashes the extraction garbled are restored as '—': undecodable 0xAD bytes (U+FFFD) and '--'.",
  "Sentences broken at line and page ends are rejoined, including one word hyphenated at a line end ('de-tecting', s. 17(c)).",
  "Subsections and paragraphs run together on one line are put in paragraphs of their own; s. 5(2), whose text opens with its paragraph (a), keeps its marker as a paragraph of its own; the closing words of s. 6(2), run into its paragraph (c), are set apart.",
  "Part headings printed in capitals are set in title case.",
  "Sections 22 and 23 are printed as a bare dash (no text in this edition) and keep that as their headings.",
].join(" ");

export const sources: Source[] = [
  {
    raw: ["mu-computer-misuse-cybercrime-act-2003.txt"],
    out: "mu-computer-misuse-cybercrime-act-2003.md",
    convert([raw]) {
      const { text } = withoutProvenanceLine(raw!);
      // The 0xAD bytes decode as U+FFFD; both they and "--" stand for the printed dash.
      const clean = applyFixes(text, [
        [/\uFFFD/g, "—"],
        [/--/g, "—"],
        // The extraction runs s. 6(2)'s closing words into paragraph (c); they govern (a) to (c).
        ["reliability of any data, is suppressed", "reliability of any data,\nis suppressed"],
      ]);
      return {
        meta: {
          id: "mu-cmca-2003",
          jurisdiction: "MU",
          title: TITLE,
          short_title: "Computer Misuse and Cybercrime Act 2003",
          kind: "statute",
          as_at: "2003-08-09",
          status: "replaced; by the Cybersecurity and Cybercrime Act 2021",
          source_url: "https://attorneygeneral.govmu.org/",
          source_note: SOURCE_NOTE,
          language: "en",
        },
        body: renderBlocks(convertBody(clean)),
      };
    },
  },
];
