// Regenerates corpus/*.md from ../shared/corpus-raw. Every source module in ./sources exports
// `sources`; each Source says which raw files it reads and how it repairs them.
// Usage: corpus:convert [--out <dir>] [name-substring …]
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CORPUS_DIR, readRaw, renderInstrument, type Source } from "./common.js";

const { values, positionals: only } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: true });
const outDir = values.out ?? CORPUS_DIR;
const dir = join(import.meta.dirname, "sources");
const sources: Source[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
  sources.push(...((await import(join(dir, file))) as { sources: Source[] }).sources);
}
// A name that matches no source is a typo: say so rather than convert nothing in silence.
const unmatched = only.filter((o) => !sources.some((s) => s.out.includes(o)));
if (unmatched.length) {
  console.error(`error: no corpus file name contains ${unmatched.map((o) => `"${o}"`).join(", ")}; the names are: ${sources.map((s) => s.out).join(", ")}`);
  process.exit(1);
}
for (const source of sources) {
  if (only.length && !only.some((o) => source.out.includes(o))) continue;
  const converted = source.convert(source.raw.map(readRaw));
  writeFileSync(join(outDir, source.out), renderInstrument(converted));
  console.log(`${source.raw.join(" + ")} -> ${join(outDir, source.out)}`);
}
