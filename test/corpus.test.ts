// Every bundled corpus file: valid front matter, and every section of the raw text it was converted
// from present, in order. Raw section numbers are read here with patterns of their own (one per
// source format), independent of the converter, so a section the conversion lost is caught.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flatten, parseLaw } from "../src/parse/parse.js";
import { spawnSync } from "node:child_process";
import { CORPUS, ROOT, tempDir } from "./helpers.js";

const RAW_DIR = join(ROOT, "../shared/corpus-raw");
const raw = (name: string) => readFileSync(join(RAW_DIR, name), "utf8");
const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]!);
const between = (text: string, from: string, to: string) => {
  const a = text.indexOf(from);
  return text.slice(a, text.indexOf(to, a));
};
const unique = (xs: string[]) => [...new Set(xs)];

const ansvar = (file: string) => all(/^### Section (\S+)/gm, raw(file));
const articles = (file: string) => all(/^### Article\s+(\d+)/gm, raw(file));

/** Corpus file → the section numbers its raw text prints, in order. */
const RAW_SECTIONS: Record<string, { sections: () => string[]; exact: boolean; gaps?: number[] }> = {
  // The consolidated source omits s. 69 (consequential amendments to other Acts).
  "ke-computer-misuse-cybercrimes-act-2018.md": { sections: () => ansvar("ke-computer-misuse-cybercrimes-act-2018.txt"), exact: true, gaps: [69] },
  "tz-cybercrimes-act-2015.md": { sections: () => ansvar("tz-cybercrimes-act-2015.txt"), exact: true },
  "ug-computer-misuse-act-2011.md": { sections: () => ansvar("ug-computer-misuse-act-2011.txt"), exact: true },
  "zm-cyber-security-cyber-crimes-act-2021.md": { sections: () => ansvar("zm-cyber-security-cyber-crimes-act-2021.txt"), exact: true },
  "sg-computer-misuse-act-1993.md": { sections: () => ansvar("sg-computer-misuse-act-1993.txt"), exact: true },
  "ph-cybercrime-prevention-act-2012.md": { sections: () => ansvar("ph-cybercrime-prevention-act-2012.txt"), exact: true },
  "gh-cybersecurity-act-2020.md": { sections: () => ansvar("gh-cybersecurity-act-2020.txt"), exact: true },
  "coe-budapest-convention-2001.md": { sections: () => articles("int-coe-budapest-convention.txt"), exact: true },
  "coe-budapest-protocol1-2003.md": { sections: () => articles("int-coe-budapest-protocol1-xenophobia.txt"), exact: true },
  "ca-criminal-code-cyber-sections.md": { sections: () => all(/^### (\d+(?:\.\d+)?)\s/gm, raw("ca-criminal-code-cyber-sections.txt")), exact: true },
  "us-18usc-cyber-sections.md": {
    sections: () =>
      unique(
        ["us-18usc1028-1029-identity-access-device.txt", "us-18usc1030-cfaa.txt", "us-18usc2252-2252a-csam.txt", "us-18usc2510-2511-wiretap.txt", "us-18usc2701-stored-communications.txt"].flatMap((f) =>
          all(/^#### §\s*(\S+?)\./gm, raw(f)),
        ),
      ),
    exact: true,
  },
  "mu-computer-misuse-cybercrime-act-2003.md": {
    sections: () => all(/(?:^|\s)(\d+)\.\s/g, between(raw("mu-computer-misuse-cybercrime-act-2003.txt"), "ARRANGEMENT OF SECTIONS", "COMPUTER MISUSE AND CYBERCRIME ACT")),
    exact: true,
  },
  "my-computer-crimes-act-1997.md": {
    sections: () => all(/^(\d+)\.\s/gm, between(raw("my-computer-crimes-act-1997.txt"), "ARRANGEMENT OF CLAUSES", "A BILL")),
    exact: true,
  },
  // The bill's OCR prints some section numbers wrongly (34 as "3.1", 46-48 as "16"-"18", 50 as "54")
  // and some headings not as headings at all: every number it prints as a heading must be present,
  // and the corpus numbering must run unbroken (checked below).
  "pk-peca-2016.md": { sections: () => unique(all(/^#+ *(\d+[A-Z]?)\.? /gm, raw("pk-peca-2016.txt"))), exact: false },
};

const files = readdirSync(CORPUS).filter((f) => f.endsWith(".md") && f !== "README.md");

function base(n: string): number {
  return parseInt(n, 10);
}

describe("bundled corpus", () => {
  it("is exactly what the committed converters make from the raw texts", () => {
    const out = tempDir("corpus-");
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/convert/main.ts"), "--out", out], { encoding: "utf8" });
    expect(r.status).toBe(0);
    for (const f of files) expect(readFileSync(join(out, f), "utf8"), f).toBe(readFileSync(join(CORPUS, f), "utf8"));
  });

  it("names a converter name that matches no corpus file, and writes nothing", () => {
    const out = tempDir("corpus-");
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/convert/main.ts"), "--out", out, "kenya"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: no corpus file name contains "kenya"; the names are: .*ke-computer-misuse-cybercrimes-act-2018\.md/);
    expect(readdirSync(out)).toEqual([]);
  });

  it("has one file per raw instrument (18 raw texts, the five US Code files as one)", () => {
    expect(files.sort()).toEqual(Object.keys(RAW_SECTIONS).sort());
  });

  for (const file of files) {
    describe(file, () => {
      const law = parseLaw(readFileSync(join(CORPUS, file), "utf8"), { file, requireFrontMatter: true });
      const sections = flatten(law.provisions)
        .filter((p) => p.kind === "section" || p.kind === "article")
        .map((p) => p.num!);

      it("has valid front matter and records its repairs", () => {
        expect(law.meta).not.toBeNull();
        expect(law.meta!.source_note.length).toBeGreaterThan(80);
      });

      it("keeps every section of the raw text, in order", () => {
        const expected = RAW_SECTIONS[file]!;
        const rawSections = expected.sections();
        expect(rawSections.length).toBeGreaterThan(0);
        if (expected.exact) expect(sections).toEqual(rawSections);
        else for (const n of rawSections) expect(sections).toContain(n);
      });

      it("numbers its sections in ascending order without gaps (excerpts aside)", () => {
        const numbers = sections.map(base);
        for (let k = 1; k < numbers.length; k++) expect(numbers[k]).toBeGreaterThanOrEqual(numbers[k - 1]!);
        if (law.meta!.kind !== "code excerpt") {
          const distinct = [...new Set([...numbers, ...(RAW_SECTIONS[file]!.gaps ?? [])])].sort((a, b) => a - b);
          expect(distinct).toEqual(distinct.map((_, k) => distinct[0]! + k));
        }
      });
    });
  }
});
