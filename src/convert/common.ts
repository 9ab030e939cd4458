// Shared pieces of the corpus conversion: the front matter every corpus file carries, and the
// rendering that makes re-running the conversion byte-for-byte repeatable.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { stringify } from "yaml";
import type { z } from "zod";
import type { instrumentMetaSchema } from "../parse/front-matter.js";
import { REPO_ROOT } from "../paths.js";

export const RAW_DIR = resolve(REPO_ROOT, "../shared/corpus-raw");
export const CORPUS_DIR = join(REPO_ROOT, "corpus");

/** Front matter as written in a corpus file (corpus/README.md; validated by the parser). */
export type InstrumentMeta = z.input<typeof instrumentMetaSchema>;
export type SuspendedProvision = NonNullable<InstrumentMeta["suspended"]>[number];

export interface ConvertedInstrument {
  meta: InstrumentMeta;
  /** Markdown body in the format of corpus/README.md. */
  body: string;
}

export interface Source {
  /** Raw file names in ../shared/corpus-raw, in the order they are read. */
  raw: string[];
  /** Corpus file name to write. */
  out: string;
  convert(rawTexts: string[]): ConvertedInstrument;
}

/** Reads a raw file as UTF-8, dropping its first line (the provenance line, kept in source_note). */
export function readRaw(name: string): string {
  return readFileSync(join(RAW_DIR, name), "utf8");
}

export function withoutProvenanceLine(raw: string): { provenance: string; text: string } {
  const nl = raw.indexOf("\n");
  return { provenance: raw.slice(0, nl).trim(), text: raw.slice(nl + 1) };
}

export function renderInstrument({ meta, body }: ConvertedInstrument): string {
  const front = stringify(meta, { lineWidth: 100 }).trimEnd();
  const cleaned = body
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return `---\n${front}\n---\n\n${cleaned}\n`;
}
