// The parser on texts written for these tests: the shapes drafters paste, and the nesting rules
// of Commonwealth and US drafting; and on corpus laws as copies run their units together.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../src/errors.js";
import { flatten, parseLaw } from "../src/parse/parse.js";
import { splitRunTogether } from "../src/parse/markers.js";
import { AMENDING_BODY } from "./fixtures.js";
import { CORPUS } from "./helpers.js";

const draft = (text: string) => parseLaw(text, { requireFrontMatter: false });
const byCitation = (text: string) => new Map(flatten(draft(text).provisions).map((p) => [p.citation, p]));

describe("plain drafts without markdown headings", () => {
  const text = [
    "CYBER OFFENCES BILL",
    "",
    "PART I - PRELIMINARY",
    "",
    "1. Short title",
    "This Act may be cited as the Cyber Offences Act.",
    "",
    "PART II - OFFENCES",
    "",
    "3. Illegal access",
    "(1) A person who intentionally accesses a computer system commits an offence. (2) A person who— (a) does x; or (b) does y under subsection (1), commits an offence.",
    "",
    "4.(1) A person who intercepts data commits an offence.",
    "(2) Subsection (1) does not apply to a service provider.",
  ].join("\n");

  it("recognises numbered lines as sections and PART lines as containers", () => {
    const roots = draft(text).provisions;
    expect(roots.filter((p) => p.kind === "container").map((p) => p.citation)).toEqual(["Part I", "Part II"]);
    const sections = flatten(roots).filter((p) => p.kind === "section");
    expect(sections.map((p) => [p.num, p.heading])).toEqual([
      ["1", "Short title"],
      ["3", "Illegal access"],
      ["4", null],
    ]);
  });

  it("splits run-together subsections and keeps cross-references in the sentence", () => {
    const p = byCitation(text);
    expect(p.get("s. 3(2)(b)")?.text).toBe("does y under subsection (1), commits an offence.");
    expect(p.get("s. 3(2)(b)")?.eId).toBe("sec_3__subsec_2__para_b");
    expect(p.get("s. 4(1)")?.text).toBe("A person who intercepts data commits an offence.");
    expect(p.get("s. 4(2)")?.section).toBe("4");
  });

  it("builds the full text of a section from its descendants", () => {
    const s3 = byCitation(text).get("s. 3")!;
    expect(s3.fullText).toContain("(2) A person who—\n(a) does x; or\n(b) does y");
  });
});

describe("plain extracts and insertions", () => {
  it("reads lettered insertions, repealed sections, named numbers that jump, and a closing memorandum", () => {
    const text = [
      "14. Unauthorised access",
      "(1) A person who accesses a computer system without authority commits an offence.",
      "",
      "15. Access with intent",
      "A person who accesses a computer system with intent to commit an offence commits an offence.",
      "",
      "15A. Access to protected systems",
      "A person who accesses a protected computer commits an offence.",
      "",
      "16. [Repealed]",
      "",
      "17. —",
      "",
      "30 June is the day this Act comes into force.",
      "",
      "Article 35 – 24/7 Network",
      "Each Party shall designate a point of contact.",
      "",
      "§ 1030. Fraud and related activity in connection with computers",
      "(a) Whoever knowingly accesses a computer without authorization shall be punished.",
      "",
      "EXPLANATORY MEMORANDUM",
      "",
      "5. Clause 5 deals with offences.",
    ].join("\n");
    const roots = draft(text).provisions;
    const sections = flatten(roots).filter((p) => p.kind === "section" || p.kind === "article");
    expect(sections.map((p) => [p.citation, p.heading])).toEqual([
      ["s. 14", "Unauthorised access"],
      ["s. 15", "Access with intent"],
      ["s. 15A", "Access to protected systems"],
      ["s. 16", "[Repealed]"],
      ["s. 17", "—"],
      ["Art. 35", "24/7 Network"],
      ["§ 1030", "Fraud and related activity in connection with computers"],
    ]);
    // A date at the start of a line is the last section's words, and the memorandum is not a section's.
    expect(sections.find((p) => p.num === "17")!.fullText).toContain("30 June is the day");
    expect(roots.at(-1)).toMatchObject({ kind: "container", heading: "EXPLANATORY MEMORANDUM" });
    expect(sections.at(-1)!.fullText).not.toContain("Clause 5");
  });

  it("takes a heading run into the section's first words apart from them, and a sentence for a sentence", () => {
    const text = [
      "1. Short title. This Act may be cited as the Cyber Offences Act.",
      "",
      "2. Unauthorised access.—(1) A person who accesses a computer system without authority commits an offence.",
      "",
      "3. A person who damages data commits an offence. The penalty is a fine.",
    ].join("\n");
    const p = byCitation(text);
    expect([1, 2, 3].map((n) => p.get(`s. ${n}`)!.heading)).toEqual(["Short title", "Unauthorised access", null]);
    expect(p.get("s. 1")!.text).toBe("This Act may be cited as the Cyber Offences Act.");
    expect(p.get("s. 2(1)")!.text).toBe("A person who accesses a computer system without authority commits an offence.");
    expect(p.get("s. 3")!.fullText).toContain("A person who damages data commits an offence.");
  });

  it("reads a numbering word alone on its line, its heading on the next, and a colon after the number", () => {
    // The layout of the UN Convention's PDF ("Article 7" / "Illegal access" / "1. Each State Party …").
    const sections = flatten(
      draft(
        [
          "Article 7",
          "Illegal access",
          "1. Each State Party shall adopt such legislative measures as may be necessary.",
          "",
          "Article 8",
          "",
          "In the implementation of the provisions of this Convention, the following",
          "terms have the meanings assigned to them.",
          "",
          "Article 9",
          "The penalties prescribed for the crimes under the provisions of this",
          "Convention are cumulative.",
          "",
          "Article 10: Misuse of devices",
          "Each State Party shall adopt such measures.",
          "",
          "11",
          "",
          "Page footer of the copy",
        ].join("\n"),
      ).provisions,
    ).filter((p) => p.kind === "article");
    expect(sections.map((p) => [p.num, p.heading])).toEqual([
      ["7", "Illegal access"],
      ["8", null],
      ["9", null],
      ["10", "Misuse of devices"],
    ]);
    expect(sections[1]!.fullText).toContain("In the implementation of the provisions");
  });

  it("runs a heading into numbered first words, but not at the full stop of 'No.'", () => {
    const p = byCitation(
      [
        "Article 2. Hacking. 1. Whoever hacks an information system shall be punished.",
        "",
        "Article 10. Amendment to the Evidence Ordinance – No. 11. In section 35 of the Evidence Ordinance, the words “computer output” shall be added.",
      ].join("\n"),
    );
    expect(p.get("Art. 2")!.heading).toBe("Hacking");
    expect(p.get("Art. 10")!.heading).toBe("Amendment to the Evidence Ordinance – No. 11");
  });

  it("does not read a number alone on its line as a section (a page number)", () => {
    const sections = flatten(draft("14. Unauthorised access\nA person who accesses a computer commits an offence.\n\n15\n\nPage footer").provisions);
    expect(sections.filter((p) => p.kind === "section").map((p) => p.num)).toEqual(["14"]);
  });

  it("does not read a decimal number without its numbering word as a section (a subsection 2.1)", () => {
    const sections = flatten(draft("2. Interpretation\n2.1 In this Act, computer means a device.\n\n3. Offences\nA person commits an offence.").provisions).filter(
      (p) => p.kind === "section",
    );
    expect(sections.map((p) => p.num)).toEqual(["2", "3"]);
  });
});

describe("front matter of a draft", () => {
  const text = "---\ntitle: My Draft Bill\n---\n\n### 1. Illegal access\n\nA person who accesses a computer system commits an offence.\n";

  it("is optional, and one that is not a corpus file's gives the draft its title and a warning", () => {
    const law = draft(text);
    expect(law.title).toBe("My Draft Bill");
    expect(law.meta).toBeNull();
    expect(law.warnings[0]).toMatch(/^front matter read for its title only \(.*field `id`: required field is missing\)$/);
    expect(flatten(law.provisions).map((p) => p.citation)).toEqual(["s. 1"]);
  });

  it("is still checked field by field in a corpus file", () => {
    expect(() => parseLaw(text, { file: "x.md", requireFrontMatter: true })).toThrow(
      expect.objectContaining({ message: "required field is missing", where: { file: "x.md", line: 2, field: "id" } }),
    );
  });
});

describe("markdown sections", () => {
  it("nests US Code markers (a) → (1) → (A) → (i)", () => {
    const text = ["### § 1030. Fraud", "", "(a) Whoever—", "", "(1) knowingly—", "", "(A) does x;", "", "(i) first;", "", "(ii) second;", "", "(B) does y;", "", "(2) intentionally z.", "", "(b) Whoever conspires."].join("\n");
    const cites = flatten(draft(text).provisions).map((p) => p.citation);
    expect(cites).toEqual(["§ 1030", "§ 1030(a)", "§ 1030(a)(1)", "§ 1030(a)(1)(A)", "§ 1030(a)(1)(A)(i)", "§ 1030(a)(1)(A)(ii)", "§ 1030(a)(1)(B)", "§ 1030(a)(2)", "§ 1030(b)"]);
  });

  it("reads (i) after (h) as a letter and after a colon as a numeral", () => {
    const letters = "abcdefgh".split("").map((l) => `(${l}) item ${l};`);
    const text = ["### 2. Interpretation", "", "(1) In this Act—", "", ...letters.flatMap((l) => [l, ""]), "(i) item i—", "", "(i) roman one;", "", "(ii) roman two."].join("\n");
    const p = byCitation(text);
    expect(p.get("s. 2(1)(i)")?.text).toBe("item i—");
    expect(p.get("s. 2(1)(i)(ii)")?.text).toBe("roman two.");
  });

  it("yields each defined term as a provision of its own", () => {
    const text = ["### 2. Interpretation", "", "In this Act—", "", "“access” means entry to a system, where the person—", "", "(a) alters data; or", "", "(b) copies data;", "", "“access provider” means a person who provides access;"].join("\n");
    const defs = flatten(draft(text).provisions).filter((p) => p.kind === "definition");
    expect(defs.map((d) => [d.term, d.eId])).toEqual([
      ["access", "sec_2__def_access"],
      ["access provider", "sec_2__def_access_provider"],
    ]);
    expect(defs[0]!.children.map((c) => c.citation)).toEqual(["s. 2, “access” (a)", "s. 2, “access” (b)"]);
  });

  it("reads items numbered 1°, 2° and terms defined with a colon or a dash, as translated laws print them", () => {
    const text = ["### 3. Definitions", "", "As used in this Law, the following terms have the meanings ascribed to them below:", "", "1° “computer data”: any representation of facts;", "", "2º “site”: a place where information is available;", "", "“computer material” – software or information;", "", "### 4. Duties", "", "A provider must:", "", "1° inform its clients;", "", "2° keep records."].join("\n");
    const all = flatten(draft(text).provisions);
    expect(all.filter((p) => p.term).map((p) => [p.term, p.citation])).toEqual([
      ["computer data", "s. 3(1)"],
      ["site", "s. 3(2)"],
      ["computer material", "s. 3, “computer material”"],
    ]);
    expect(all.filter((p) => p.citation.startsWith("s. 4(")).map((p) => p.text)).toEqual(["inform its clients;", "keep records."]);
  });

  it("reads 'Term: meaning' as a definition once the section has said its words have the meanings it gives, and not before", () => {
    const text = [
      "### Article 1",
      "",
      "Maximum Penalty: this line is no definition, since nothing has yet said the section defines.",
      "",
      "In the implementation of this Law, the following words and expressions shall have the meanings assigned thereto:",
      "",
      "Information System: A set of software and hardware used to process information.",
      "",
      "Traffic Data: Any electronic data indicating the source and destination of a communication.",
      "",
      "### Article 2",
      "",
      "Penalty: imprisonment for a term not exceeding three years.",
    ].join("\n");
    const all = flatten(draft(text).provisions);
    expect(all.filter((p) => p.term).map((p) => [p.term, p.eId])).toEqual([
      ["Information System", "art_1__def_information_system"],
      ["Traffic Data", "art_1__def_traffic_data"],
    ]);
  });

  it("reads 'TERM. Meaning' in capitals as a definition in a section that says its words have the meanings it gives (Alabama's code), and not elsewhere", () => {
    const text = [
      "### 101. Definitions",
      "",
      "When used in this chapter, the following terms shall have the following meanings, respectively:",
      "",
      "(1) DATA. A representation of information, knowledge, facts, concepts, or instructions.",
      "",
      "(2) COMPUTER PROGRAM. An ordered set of data representing coded instructions.",
      "",
      "### 102. Offenses",
      "",
      "(1) WARNING. A person who modifies data commits an offense.",
    ].join("\n");
    const all = flatten(draft(text).provisions);
    expect(all.filter((p) => p.term).map((p) => [p.term, p.section])).toEqual([
      ["DATA", "101"],
      ["COMPUTER PROGRAM", "101"],
    ]);
  });

  it("reads '“Term.” Meaning' as a definition in a section that says its words have the meanings it gives (Pennsylvania's code)", () => {
    const text = [
      "### § 7601.",
      "",
      "The following words and phrases when used in this chapter shall have the meanings given to them in this section unless the context clearly indicates otherwise:",
      "",
      '"Access." To intercept, instruct, communicate with, store data in or retrieve data from a computer.',
      "",
      '"Computer network." The interconnection of two or more computers.',
      "",
      "### § 7602.",
      "",
      '"Quoted." A sentence that merely opens with a quotation is no definition here.',
    ].join("\n");
    expect(flatten(draft(text).provisions).filter((p) => p.term).map((p) => [p.term, p.eId])).toEqual([
      ["Access", "sec_7601__def_access"],
      ["Computer network", "sec_7601__def_computer_network"],
    ]);
  });


  it("reads '“Term”, meaning' as a definition in a section that says 'the following terms mean:' (Missouri's statutes), and not elsewhere", () => {
    const text = [
      "### § 375.1402.",
      "",
      "As used in sections 375.1400 to 375.1427, the following terms mean:",
      "",
      '(1) "Consumer", an individual who is a resident of this state;',
      "",
      '(2) "Nonpublic information," electronic information that is not publicly available;',
      "",
      "### § 375.1404.",
      "",
      '(1) "Quoted", a sentence that opens with a quotation and a comma is no definition here.',
    ].join("\n");
    expect(flatten(draft(text).provisions).filter((p) => p.term).map((p) => [p.term, p.section])).toEqual([
      ["Consumer", "375.1402"],
      ["Nonpublic information", "375.1402"],
    ]);
  });
  it("takes articles, their numbered paragraphs and the sections-level heading depth from the text", () => {
    const text = ["## Chapter II – Measures", "", "### Section 1 – Substantive law", "", "##### Article 2 – Illegal access", "", "1. Each Party shall adopt …", "", "a) first;", "", "##### Article 3 – Illegal interception", "", "Each Party shall …"].join("\n");
    const all = flatten(draft(text).provisions);
    expect(all.map((p) => [p.kind, p.eId, p.citation])).toEqual([
      ["container", "chp_II", "Chapter II"],
      ["container", "chp_II__sec_1", "Section 1"],
      ["article", "art_2", "Art. 2"],
      ["paragraph", "art_2__para_1", "Art. 2(1)"],
      ["subparagraph", "art_2__para_1__subpara_a", "Art. 2(1)(a)"],
      ["article", "art_3", "Art. 3"],
    ]);
    expect(all[2]!.heading).toBe("Illegal access");
  });

  it("nests a Chapter in the Part set at the same heading level, Parts numbered in words, and closes both at the next Part or a schedule", () => {
    const text = [
      "## Part Three — Procedures", "", "## Chapter One (Evidence)", "", "### Article 14", "", "The prosecution may inspect.", "",
      "## Chapter Two (Service Providers' Obligations)", "", "### Article 21", "", "A service provider shall keep data.", "",
      "## Part Four — International Cooperation", "", "### Article 23", "", "The body shall help.", "",
      "## Schedule 1", "", "### 1. Form", "", "Text.",
    ].join("\n");
    const containers = flatten(draft(text).provisions).filter((p) => p.kind === "container");
    expect(containers.map((p) => [p.eId, p.heading])).toEqual([
      ["part_three", "Procedures"],
      ["part_three__chp_one", "Evidence"],
      ["part_three__chp_two", "Service Providers' Obligations"],
      ["part_four", "International Cooperation"],
      ["sched_1", null],
    ]);
    // The other order too: Parts inside a Chapter (Namibia's Electronic Transactions Act).
    const chapters = draft(["## Chapter 3 – Recognition", "", "## Part 1 – Interpretation", "", "### 1. Words", "", "Text.", "", "## Chapter 4 – Consumers", "", "### 2. Rights", "", "Text."].join("\n"));
    expect(chapters.provisions.map((p) => [p.eId, p.children.map((c) => c.eId)])).toEqual([
      ["chp_3", ["chp_3__part_1"]],
      ["chp_4", ["sec_2"]],
    ]);
  });

  it("reads the sections an amending section inserts into another law as inserted sections, and returns to its own units when the quotation closes", () => {
    const all = flatten(draft(AMENDING_BODY).provisions);
    expect(all.map((p) => [p.kind, p.eId, p.citation])).toEqual([
      ["section", "sec_35", "s. 35"],
      ["subsection", "sec_35__subsec_1", "s. 35(1)"],
      ["inserted", "sec_35__ins_163", "s. 35, inserted s. 163"],
      ["subsection", "sec_35__ins_163__subsec_1", "s. 35, inserted s. 163(1)"],
      ["subsection", "sec_35__ins_163__subsec_2", "s. 35, inserted s. 163(2)"],
      ["inserted", "sec_35__ins_163A", "s. 35, inserted s. 163A"],
      ["subsection", "sec_35__ins_163A__subsec_1", "s. 35, inserted s. 163A(1)"],
      ["subsection", "sec_35__subsec_2", "s. 35(2)"],
      ["section", "sec_36", "s. 36"],
      ["subsection", "sec_36__subsec_a", "s. 36(a)"],
      ["inserted", "sec_36__ins_35", "s. 36, inserted s. 35"],
      ["subsection", "sec_36__ins_35__subsec_a", "s. 36, inserted s. 35(a)"],
      ["subsection", "sec_36__ins_35__subsec_b", "s. 36, inserted s. 35(b)"],
      ["subsection", "sec_36__subsec_b", "s. 36(b)"],
      ["section", "sec_37", "s. 37"],
      ["subsection", "sec_37__subsec_1", "s. 37(1)"],
    ]);
    expect(all.filter((p) => p.kind === "inserted").map((p) => [p.heading, p.section])).toEqual([
      ["Hacking", "35"],
      ["Unlawful acquisition of data", "35"],
      ["Admissibility of computer output", "36"],
    ]);
  });

  it("reads section numbers as US state codes print them: § 18.2-152.3 and § 18.2-152.3:1", () => {
    const text = ["## Article 7.1. Computer Crimes", "", "### § 18.2-152.3. Computer fraud; penalty", "", "Any person who uses a computer without authority …", "", "### § 18.2-152.3:1. Transmission of unsolicited commercial electronic mail (spam); penalty", "", "A. Any person who …"].join("\n");
    const sections = flatten(draft(text).provisions).filter((p) => p.kind === "section");
    expect(sections.map((p) => [p.num, p.citation, p.heading])).toEqual([
      ["18.2-152.3", "§ 18.2-152.3", "Computer fraud; penalty"],
      ["18.2-152.3:1", "§ 18.2-152.3:1", "Transmission of unsolicited commercial electronic mail (spam); penalty"],
    ]);
  });

  it("reads the lettered subsections 'A.', 'B.' of US state codes, and the terms a lettered definition defines", () => {
    const text = [
      "### § 30-45-2. Definitions",
      "",
      "As used in the Computer Crimes Act:",
      "",
      'A. "access" means to program, execute programs on, intercept, instruct or communicate with any computer resources;',
      "",
      'B. "computer" includes an electronic data processing device;',
      "",
      "### § 18.2-152.4. Computer trespass; penalty",
      "",
      "A. It is unlawful for any person, with malicious intent, to:",
      "",
      "1. Cause a computer to malfunction;",
      "",
      "B. Any person who violates this section is guilty of computer trespass.",
      "",
      "C. Nothing in this section shall be construed to interfere with the terms of a provider's contract.",
    ].join("\n");
    const all = flatten(draft(text).provisions);
    expect(all.filter((p) => p.term).map((p) => [p.term, p.citation])).toEqual([
      ["access", "§ 30-45-2(A)"],
      ["computer", "§ 30-45-2(B)"],
    ]);
    expect(all.filter((p) => p.section === "18.2-152.4" && p.kind !== "section").map((p) => p.eId)).toEqual([
      "sec_18.2-152.4__subsec_A",
      "sec_18.2-152.4__subsec_A__para_1",
      "sec_18.2-152.4__subsec_B",
      "sec_18.2-152.4__subsec_C",
    ]);
  });

  it("keeps the editorial matter printed after a section as one note, outside the section's words", () => {
    const text = [
      "### § 7611.",
      "",
      "(a) Offense defined.--A person commits the offense of unlawful use of a computer if he accesses a computer without authorization.",
      "",
      "(b) Grading.--An offense under this section shall constitute a felony of the third degree.",
      "",
      "Cross References. Section 7611 is referred to in section 7603 of this title.",
      "",
      "(c) A lettered paragraph after the note is still the note's.",
      "",
      "### § 7612.",
      "",
      "A person commits an offense if he engages in a denial of service attack.",
      "",
      "Cross References",
      "",
      "Computer fraud, see § 7611.",
      "",
      "Revision Note",
      "",
      "In subsection (a), \"denial of service\" substituted for \"interruption\".",
    ].join("\n");
    const all = flatten(draft(text).provisions);
    const note = all.find((p) => p.kind === "note")!;
    expect([note.eId, note.citation, note.section]).toEqual(["sec_7611__note", "§ 7611, editorial note", "7611"]);
    expect(note.text).toBe("Cross References. Section 7611 is referred to in section 7603 of this title.\n(c) A lettered paragraph after the note is still the note's.");
    const section = all.find((p) => p.eId === "sec_7611")!;
    expect(section.children.map((c) => c.eId)).toEqual(["sec_7611__subsec_a", "sec_7611__subsec_b", "sec_7611__note"]);
    expect(section.fullText).not.toContain("Cross References");
    const note7612 = all.find((p) => p.eId === "sec_7612")!.children;
    expect(note7612.map((c) => [c.eId, c.kind, c.text.split("\n")[0]])).toEqual([["sec_7612__note", "note", "Cross References"]]);
  });

  it.each([
    ["ke-computer-misuse-cybercrimes-act-2018.md", ["2", "14", "15", "16", "17"]], // definitions, lists after "if—" and "interference-"
    ["sg-computer-misuse-act-1993.md", ["9"]], // subsections after an amendment note: "… information. [22/2017] (2) It is not …"
  ])("splits the subsections and definitions a copy ran together into one paragraph as the corpus file sets them apart: %s", (file, sections) => {
    const law = readFileSync(join(CORPUS, file), "utf8");
    // Each of those sections' paragraphs joined into one, as scraped texts come.
    const runTogether = law.replace(/^### (\d+)\. .+\n([\s\S]*?)(?=^#)/gm, (whole, num: string, body: string) =>
      sections.includes(num) ? `${whole.slice(0, whole.length - body.length)}\n${body.split("\n").filter((l) => l.trim()).join(" ")}\n\n` : whole,
    );
    expect(runTogether).not.toBe(law);
    const units = (source: string) =>
      flatten(parseLaw(source, { requireFrontMatter: true }).provisions)
        .filter((p) => p.section !== null && sections.includes(p.section))
        .map((p) => [p.eId, p.text.replace(/\s+/g, " ")]); // an unmarked paragraph joins its unit's words on a line break or a space
    expect(units(runTogether)).toEqual(units(law));
    expect(units(law).length).toBeGreaterThan(sections.length * 4);
  });

  it("rejects duplicate section numbers, naming both lines", () => {
    const text = "### 3. One\n\nText.\n\n### 3. Two\n\nText.";
    expect(() => draft(text)).toThrow(/duplicate section number 3 \(first at line 1\)/);
  });

  it("rejects text with no sections", () => {
    expect(() => draft("Just a letter to the editor.\n\nNothing numbered here.")).toThrow(InputError);
  });
});

describe("splitRunTogether", () => {
  const paragraph = (file: string, start: string) =>
    readFileSync(join(CORPUS, file), "utf8").split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, " ").trim()).find((p) => p.startsWith(start))!;

  it("cuts run-together definitions at each term after a clause end, but not terms defined at once, nor after a one-word label", () => {
    const access = paragraph("mu-computer-misuse-cybercrime-act-2003.md", '"access", in relation to any computer system, means');
    const devices = paragraph("ug-computer-misuse-act-2011.md", "“electronic device”, “acoustic device”, or “other device” means");
    expect(splitRunTogether(`In this Act— ${access} ${devices}`)).toEqual(["In this Act—", access, devices]);
    const explanation = paragraph("pk-peca-2016.md", 'Explanation.- "glorification" includes');
    expect(splitRunTogether(explanation)).toEqual([explanation]);
  });

  it("leaves a list of references alone: paragraph (1), (2), or (3) of subsection (a) (18 U.S.C. § 2252(b))", () => {
    const us = readFileSync(join(CORPUS, "us-18usc-cyber-sections.md"), "utf8");
    const b1 = /^\(1\) Whoever violates, or attempts or conspires to violate, paragraph \(1\), \(2\), or \(3\) of subsection \(a\).*$/m.exec(us)![0];
    const b2 = /^\(2\) Whoever violates, or attempts or conspires to violate, paragraph \(4\) of subsection \(a\).*$/m.exec(us)![0];
    expect(splitRunTogether(`${b1} ${b2}`)).toEqual([b1, b2]);
  });

  it("leaves a cross-reference such as section 3(1) or paragraph (a) alone", () => {
    const pieces = splitRunTogether("(1) Subject to section 3 (1) and paragraph (a) of subsection (2), a person— (a) does x; or (b) does y. (2) Other.");
    expect(pieces).toEqual(["(1) Subject to section 3 (1) and paragraph (a) of subsection (2), a person—", "(a) does x; or", "(b) does y.", "(2) Other."]);
  });
});
