// Malaysia, Computer Crimes Bill 1997 (D.R.03/1997), the bill enacted as the Computer Crimes Act 1997
// (Act 563), from a scraper's OCR markdown of the Parliament's PDF. The OCR puts a blank line after
// the first line of most paragraphs, marks stray lines as headings, italicises paragraph lines and
// keeps the page furniture; the clause titles appear only in the arrangement of clauses.
import { withoutProvenanceLine, type Source } from "../common.js";
import { applyFixes, BlockWriter, renderBlocks, titleCase, type Block, type Fix } from "./plain-text.js";

const OCR_SLIPS: Fix[] = [
  ["_i n t i t u l e d_", "intituled"],
  ["mereiy", "merely"],
  ["comrnit", "commit"],
  ["Hkely", "likely"],
  ["such-reasonable", "such reasonable"],
  ["off'ences", "offences"],
  ["Part 1 of the Bill", "Part I of the Bill"],
  // A stray letter on a line of its own after clause 5(1).
  ["computer.\n\na\n\n", "computer.\n\n"],
  // The printer's job number after the last line of the explanatory statement.
  [" [PN. (U[2]) 1976.]", ""],
];

// Page furniture: rules between pages, running heads with or without page numbers.
const PAGE_LINE = /^(-----|_Computer Crimes_|_Bill_|# Bill|# \d+ Bill|\d+ _Bill_)$/;

/** Strips the OCR's markdown: heading marks on stray lines, bold, italics. */
function plain(line: string): string {
  return line
    .replace(/^#\s+/, "")
    .replace(/\*\*/g, "")
    .replace(/_/g, "")
    .trim();
}

/** Clause titles from the arrangement of clauses, where a title may run over two lines. */
function clauseTitles(arrangement: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const m of arrangement.matchAll(/^(\d+)\. ([\s\S]+?\.)$/gm)) titles.set(m[1]!, m[2]!.replace(/\s+/g, " "));
  return titles;
}

// A marker at a line start is structural unless the line before ends with the word it belongs to
// ("… mentioned in subsection" / "(1) in as full …").
function startsUnit(line: string, prev: string | undefined): boolean {
  if (/^(\([a-z0-9]+\) |")/.test(line)) return !prev || !/(section|paragraph)$/.test(prev);
  return /^Provided that/.test(line);
}

// Words closing a list and governing all its items ("…, or in any other manner, / and references to
// …") follow a last item that ends with a comma; they are text of the unit above the list.
function closesList(line: string, prev: string | undefined): boolean {
  return !!prev && /^\([a-z]+\) /.test(prev) && /,$/.test(prev) && /^[a-z]/.test(line);
}

const PREAMBLE_START = /^(A BILL|intituled|An Act to|BE IT ENACTED)/;
const STATEMENT_START = /^(Clause \d+ |\d+\. |This Bill|FINANCIAL IMPLICATIONS)/;

function convertBody(text: string): Block[] {
  const arrangementAt = text.indexOf("ARRANGEMENT OF CLAUSES");
  const billAt = text.indexOf("\nA BILL\n");
  const titles = clauseTitles(text.slice(arrangementAt, billAt));
  const out = new BlockWriter();
  out.heading("title", titleCase(/^(COMPUTER CRIMES BILL 1997)$/m.exec(text)![1]!));
  const lines = text.slice(billAt).split("\n").filter((l) => l.trim() && !PAGE_LINE.test(l.trim())).map(plain);
  let next = 1;
  let inStatement = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const part = /^PART ([IVX]+)$/.exec(line);
    if (part) {
      out.heading("container", `Part ${part[1]} — ${titleCase(lines[++k]!)}`);
      continue;
    }
    if (line === "EXPLANATORY STATEMENT") {
      inStatement = true;
      out.heading("container", titleCase(line));
      continue;
    }
    const clause = inStatement ? null : /^(\d+)\. (.*)$/.exec(line);
    if (clause && clause[1] === String(next) && titles.has(clause[1])) {
      out.heading("section", `${next}. ${titles.get(String(next++))}`);
      out.para(clause[2]!);
      continue;
    }
    const prev = out.current;
    const starts = inStatement ? STATEMENT_START.test(line) : PREAMBLE_START.test(line) || startsUnit(line, prev) || closesList(line, prev);
    if (starts || prev === undefined) out.para(line);
    else out.append(line);
  }
  if (next !== titles.size + 1) throw new Error(`Malaysia: stopped at clause ${next} of ${titles.size}`);
  return out.finish();
}

const SOURCE_NOTE = [
  "OCR markdown of the Parliament of Malaysia PDF of Bill D.R.03/1997 (marked passed), copied from github klrkdekira/BillWatcher, scraper_data/en/archive/1997/0_1997_2/bill.md, commit e2abcb1bb1c4512e1a1a6f5996521fce801bdfbf.",
  "as_at is the date of Royal Assent to the Computer Crimes Act 1997, which enacted this bill; the copy's own reading dates are blank.",
  "The scraper's metadata blocks and the arrangement of clauses (a table of contents) are dropped; the clause titles, printed only in the arrangement, serve as the clause headings, with their final full stop as printed.",
  "The explanatory statement, not part of the enacted text, is kept under its own heading after the last clause, its numbered paragraphs as plain paragraphs.",
  "Page furniture (page rules, running heads 'Computer Crimes' and 'Bill' with page numbers) and the printer's job number '[PN. (U[2]) 1976.]' are removed.",
  "OCR markup is removed: heading marks on stray lines, bold and italics around paragraph lines, letter-spacing in 'intituled'.",
  "Paragraphs the OCR broke at line and page ends are rejoined; words closing a list after its last item are set apart from that item (ss. 2(2), 2(7), 10(1)).",
  "Obvious OCR slips are corrected: 'mereiy', 'comrnit', 'Hkely', 'off'ences', 'such-reasonable' and 'Part 1' (for 'Part I'), and a stray letter 'a' on a line of its own after clause 5(1) is dropped.",
  "Part headings printed in capitals are set in title case.",
].join(" ");

export const sources: Source[] = [
  {
    raw: ["my-computer-crimes-act-1997.txt"],
    out: "my-computer-crimes-act-1997.md",
    convert([raw]) {
      const { text } = withoutProvenanceLine(raw!);
      return {
        meta: {
          id: "my-cca-1997",
          jurisdiction: "MY",
          title: "Computer Crimes Bill 1997",
          short_title: "Computer Crimes Act 1997",
          kind: "bill",
          as_at: "1997-06-18",
          status: "bill; passed in 1997 and enacted as the Computer Crimes Act 1997 (Act 563)",
          source_url: "https://www.parlimen.gov.my/files/billindex/pdf/1997/Bill%20DR%203.pdf",
          source_note: SOURCE_NOTE,
          language: "en",
        },
        body: renderBlocks(convertBody(applyFixes(text, OCR_SLIPS))),
      };
    },
  },
];
