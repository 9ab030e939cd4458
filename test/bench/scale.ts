// A synthetic corpus for the scale benchmark: N jurisdictions × 5 instruments, each instrument
// made of real sections of the bundled corpus, shuffled and renumbered, so the text stays law-like
// and the tagger has real work to do.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import { stringify } from "yaml";
import { flatten, parseLaw, type Provision } from "../../src/parse/parse.js";
import { CORPUS } from "../helpers.js";

const INSTRUMENTS_PER_JURISDICTION = 5;
const SECTIONS_PER_INSTRUMENT = 30;

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function render(section: Provision, number: number): string {
  const lines = [`### ${number}. ${section.heading ?? "Provision"}`, ""];
  if (section.text) lines.push(section.text, "");
  for (const unit of flatten(section.children)) {
    if (unit.kind === "definition") lines.push(unit.text, "");
    else lines.push(`${unit.num ?? ""} ${unit.text}`.trim(), "");
  }
  return lines.join("\n");
}

/** Real sections of the bundled corpus, the pool the synthetic instruments draw from. */
function sectionPool(): Provision[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .flatMap((f) => flatten(parseLaw(readFileSync(join(CORPUS, f), "utf8"), { file: f, requireFrontMatter: true }).provisions))
    .filter((p) => (p.kind === "section" || p.kind === "article") && p.fullText.length > 40);
}

/** The first `count` ISO 3166-1 alpha-2 codes, as the synthetic jurisdictions. */
export function jurisdictionCodes(count: number): string[] {
  const codes = Object.keys(countries.getAlpha2Codes()).sort();
  if (count > codes.length) throw new Error(`only ${codes.length} country codes exist`);
  return codes.slice(0, count);
}

/** Writes one folder per jurisdiction under `dir`; returns the folders in order. */
export function writeSyntheticCorpus(dir: string, jurisdictions: number): string[] {
  const pool = sectionPool();
  const next = random(20261123);
  return jurisdictionCodes(jurisdictions).map((code) => {
    const folder = join(dir, code);
    mkdirSync(folder, { recursive: true });
    for (let k = 0; k < INSTRUMENTS_PER_JURISDICTION; k++) {
      const picked = Array.from({ length: SECTIONS_PER_INSTRUMENT }, () => pool[Math.floor(next() * pool.length)]!);
      const meta = {
        id: `synthetic-${code.toLowerCase()}-${k + 1}`,
        jurisdiction: code,
        title: `Synthetic Cyber Offences Act ${k + 1} of ${code}`,
        short_title: `Synthetic Act ${k + 1}`,
        kind: "statute",
        as_at: "2026-01-01",
        status: "in force",
        source_url: "https://example.org/synthetic",
        source_note: "Generated for the scale benchmark from real sections of the bundled corpus, shuffled and renumbered; not a real law.",
        language: "en",
      };
      const body = picked.map((s, n) => render(s, n + 1)).join("\n");
      writeFileSync(join(folder, `${meta.id}.md`), `---\n${stringify(meta)}---\n\n# ${meta.title}\n\n${body}`);
    }
    return folder;
  });
}
