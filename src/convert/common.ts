// Shared pieces of the corpus conversion: the front matter every corpus file carries, and the
// rendering that makes re-running the conversion byte-for-byte repeatable.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const RAW_DIR = resolve(REPO_ROOT, "../shared/corpus-raw");
export const CORPUS_DIR = join(REPO_ROOT, "corpus");

export interface SuspendedProvision {
  /** Pinpoint citation as the parser prints it: "s. 22", "s. 4(c)(3)". */
  provision: string;
  scope: "whole" | "part";
  by: string;
  note?: string;
}

export interface InstrumentMeta {
  id: string;
  jurisdiction: string;
  title: string;
  short_title: string;
  kind: "statute" | "treaty" | "protocol" | "bill" | "code excerpt";
  as_at: string;
  status: string;
  source_url: string;
  source_note: string;
  language: string;
  citation_prefix?: string;
  suspended?: SuspendedProvision[];
}

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
