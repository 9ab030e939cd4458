// Canada's Criminal Code, cyber-relevant sections only, from a markdown rendering of the Justice
// Laws XML. The rendering is clean law text; what needs repair is markdown structure: paragraphs
// are list bullets (nested by indentation), marginal notes carry nested bold, and each section
// ends in a collapsible "Historical Note" block of amendment citations.
import { type ConvertedInstrument, type Source, withoutProvenanceLine } from "../common.js";

const TITLE = "Criminal Code (R.S.C., 1985, c. C-46) — cyber-relevant sections";

// The amendment citations are not part of the enacted text and would otherwise run on into the
// section's last paragraph.
const HISTORICAL_NOTE = /<details>\s*<summary>Historical Note<\/summary>[\s\S]*?<\/details>/g;

function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** "**Definition of **device****" → "**Definition of device**": one bold run, as a marginal note. */
function marginalNote(line: string): string {
  const inner = /^\*\*(.*)\*\*$/.exec(line)![1]!;
  return `**${inner.replace(/\*\*/g, "")}**`;
}

function convertLine(line: string): string {
  const s = collapseSpaces(line);
  if (s.startsWith("### ")) return s.replace(/\*\*/g, ""); // bold inside a section heading
  if (/^\*\*.*\*\*$/.test(s)) return marginalNote(s);
  return s
    .replace(/^- /, "") // list bullet before "(a)", "(i)", …
    .replace(/\*\*(?=\[Repealed)/, "** "); // "**data**[Repealed, …]"
}

function provenance(raw: string): { note: string; date: string } {
  const { provenance: line } = withoutProvenanceLine(raw);
  const m = /github (\S+), path (\S+), commit ([0-9a-f]{40}) \((\d{4}-\d{2}-\d{2}); converted from (\S+), source commit ([0-9a-f]{40})\)/.exec(
    line,
  );
  if (!m) throw new Error(`unexpected provenance line: ${line}`);
  const note =
    `Excerpt of the consolidated Criminal Code from ${m[1]}, file ${m[2]} at commit ${m[3]} ` +
    `(${m[4]}), a markdown rendering of ${m[5]} at commit ${m[6]}; only sections 162.1, 163.1, ` +
    `172.1, 183, 184, 184.5, 342.1, 342.2, 402.1, 402.2, 403 and 430 are included, each whole. ` +
    `as_at is the date of that commit, since the copy carries no "current to" date.`;
  return { note, date: m[4]! };
}

const REPAIRS = [
  "List bullets and indentation were removed so that every paragraph and subparagraph is a paragraph of its own beginning with its printed marker.",
  "Marginal notes with bold nested inside bold (\"**Definition of **device****\") were made one bold paragraph, and bold was removed from section headings.",
  "Defined terms and their French equivalents keep the bold of the source.",
  "A missing space between a repealed defined term and its note (\"**data** [Repealed, …]\") was restored, and spacing runs were collapsed.",
  "The Historical Note block after each section (the list of amending Acts) was omitted.",
];

export const sources: Source[] = [
  {
    raw: ["ca-criminal-code-cyber-sections.txt"],
    out: "ca-criminal-code-cyber-sections.md",
    convert([raw]): ConvertedInstrument {
      const { note, date } = provenance(raw!);
      const lines = withoutProvenanceLine(raw!).text.replace(HISTORICAL_NOTE, "").split("\n");
      const paragraphs = lines.filter((l) => l.trim()).map(convertLine);
      return {
        meta: {
          id: "ca-criminal-code-cyber",
          jurisdiction: "CA",
          title: TITLE,
          short_title: "Criminal Code (excerpt)",
          kind: "code excerpt",
          as_at: date,
          status: "in force",
          source_url: "https://laws-lois.justice.gc.ca/eng/acts/C-46/",
          source_note: [note, ...REPAIRS].join(" "),
          language: "en",
        },
        body: [`# ${TITLE}`, ...paragraphs].join("\n\n"),
      };
    },
  },
];
