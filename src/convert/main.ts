// Regenerates corpus/*.md from ../shared/corpus-raw. Every source module in ./sources exports
// `sources`; each Source says which raw files it reads and how it repairs them.
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, readRaw, renderInstrument, type Source } from "./common.js";

const dir = join(import.meta.dirname, "sources");
const only = process.argv.slice(2);
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
  const mod = (await import(join(dir, file))) as { sources: Source[] };
  for (const source of mod.sources) {
    if (only.length && !only.some((o) => source.out.includes(o))) continue;
    const converted = source.convert(source.raw.map(readRaw));
    writeFileSync(join(CORPUS_DIR, source.out), renderInstrument(converted));
    console.log(`${source.raw.join(" + ")} -> corpus/${source.out}`);
  }
}
