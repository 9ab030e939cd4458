// The legal-element extractor on real offence sections of the bundled corpus (mental element,
// "without right", maximum imprisonment and fine, basic and aggravated), and the eval's element
// scoring on a hand-made case.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ElementItem, scoreElements } from "../src/eval/elements.js";
import { flatten, parseLaw } from "../src/parse/parse.js";
import { extractElements } from "../src/tag/elements.js";
import { CORPUS } from "./helpers.js";

/** The elements of one section of a corpus file, read from its full text as the store reads them. */
function elementsOf(file: string, section: string) {
  const law = parseLaw(readFileSync(join(CORPUS, file), "utf8"), { file, requireFrontMatter: true });
  const p = flatten(law.provisions).find((x) => (x.kind === "section" || x.kind === "article") && x.num === section);
  if (!p) throw new Error(`${file}: no section ${section}`);
  return extractElements(p.fullText);
}

describe("penalties", () => {
  it("reads a written amount with 'and' in it whole (Malaysia s. 4: one hundred and fifty thousand ringgit)", () => {
    const e = elementsOf("my-computer-crimes-act-1997.md", "4");
    expect(e.penalties[0]!.fine).toMatchObject({ amount: 150_000, unit: "ringgit" });
    expect(e.maxImprisonmentMonths).toEqual({ basic: 120, aggravated: null });
  });

  it("reads a second offence of the section with a lighter penalty as basic, not aggravated (Kenya s. 18)", () => {
    expect(elementsOf("ke-computer-misuse-cybercrimes-act-2018.md", "18").maxImprisonmentMonths).toEqual({ basic: 120, aggravated: null });
  });

  it("reads a heavier subsection for an offence under subsection (1) that does harm as aggravated (Kenya s. 16)", () => {
    expect(elementsOf("ke-computer-misuse-cybercrimes-act-2018.md", "16").maxImprisonmentMonths).toEqual({ basic: 60, aggravated: 120 });
  });

  it("reads a section that only enhances other sections' penalties for protected computers as aggravated (Kenya s. 20)", () => {
    const e = elementsOf("ke-computer-misuse-cybercrimes-act-2018.md", "20");
    expect(e.maxImprisonmentMonths).toEqual({ basic: null, aggravated: 240 });
  });

  it("reads a grave result as the aggravated form even when it comes first (Canada s. 430: danger to life, life)", () => {
    expect(elementsOf("ca-criminal-code-cyber-sections.md", "430").maxImprisonmentMonths).toEqual({ basic: 120, aggravated: "life" });
  });

  it("keeps the summary-conviction route basic (Canada s. 172.1)", () => {
    expect(elementsOf("ca-criminal-code-cyber-sections.md", "172.1").maxImprisonmentMonths).toEqual({ basic: 168, aggravated: null });
  });

  it("reads a heavier limb on a condition as aggravated (Malaysia s. 5: ten years if done with intent to cause injury)", () => {
    expect(elementsOf("my-computer-crimes-act-1997.md", "5").maxImprisonmentMonths).toEqual({ basic: 84, aggravated: 120 });
  });

  it("takes the maximum fine past a minimum and a decimal amount, and no short word for a currency (Philippines s. 8)", () => {
    const fines = elementsOf("ph-cybercrime-prevention-act-2012.md", "8").penalties.flatMap((p) => (p.fine?.amount ? [p.fine] : []));
    expect(fines).toContainEqual(expect.objectContaining({ amount: 1_000_000, unit: "pesos" }));
    expect(fines.map((f) => f.unit)).not.toContain("at");
  });

  it("reads no fine out of 'fined under this title or imprisoned not more than' (18 U.S.C. § 2511)", () => {
    expect(elementsOf("us-18usc-cyber-sections.md", "2511").penalties.map((p) => p.fine?.amount ?? null)).not.toContain(5);
  });
});

describe("mental element and without right", () => {
  it("reads a purpose the conduct serves as a mental element, not the Act's own purposes (Canada s. 172.1, Singapore s. 11)", () => {
    expect(elementsOf("ca-criminal-code-cyber-sections.md", "172.1").mentalElement).toContain("for the purpose of");
    expect(elementsOf("sg-computer-misuse-act-1993.md", "11").mentalElement).toEqual([]);
  });

  it("reads 'the person knows will cause' and 'the requisite intent' (Singapore s. 5, Uganda s. 13)", () => {
    expect(elementsOf("sg-computer-misuse-act-1993.md", "5").mentalElement).toContain("knows");
    expect(elementsOf("ug-computer-misuse-act-2011.md", "13").mentalElement).toContain("requisite intent");
  });

  it("reads 'without colour of right' and 'without sufficient excuse' (Canada s. 342.1, Mauritius s. 9)", () => {
    expect(elementsOf("ca-criminal-code-cyber-sections.md", "342.1").withoutRight).toEqual(["without colour of right"]);
    expect(elementsOf("mu-computer-misuse-cybercrime-act-2003.md", "9").withoutRight).toEqual(["without sufficient excuse"]);
  });

  it("ignores consent and authorisation in an exception subsection (Canada s. 184)", () => {
    expect(elementsOf("ca-criminal-code-cyber-sections.md", "184").withoutRight).toEqual([]);
  });
});

describe("eval element scoring", () => {
  it("counts each field right or wrong on a hand-made case", () => {
    const gold = { section: "1", mental: true, without_right: false, imprisonment: { basic: 36, aggravated: null }, fine: { basic: 1000, unit: "dollars" } };
    const extracted = extractElements(
      "(1) A person who intentionally accesses a computer commits an offence and is liable to a fine not exceeding 1,000 dollars or to imprisonment for a term not exceeding 5 years.",
    );
    const item: ElementItem = { id: "x s. 1", instrument: "x", gold, extracted, offenceRole: false };
    const s = scoreElements([item]);
    const right = Object.fromEntries(s.fields.map((f) => [f.field, f.right]));
    expect(right).toEqual({
      "offence role": 0,
      "mental element": 1,
      "without right": 1,
      "imprisonment, basic": 0,
      "imprisonment, aggravated": 1,
      "fine, basic": 1,
    });
    expect(s.errors).toEqual([
      { id: "x s. 1", field: "offence role", gold: true, found: false },
      { id: "x s. 1", field: "imprisonment, basic", gold: 36, found: 60 },
    ]);
  });
});
