// Pieces shared by the converters of plain-text and OCR copies (Mauritius, Malaysia, Pakistan): a
// table of exact repairs that fails loudly when the raw text changes, container titles, splitting
// run-together units, and rendering a flat list of blocks as corpus markdown.
import { leadingMarker, splitInlineMarkers } from "../../parse/markers.js";
import type { Source } from "../common.js";

/** The driver loads every module in this folder; this one holds helpers only. */
export const sources: Source[] = [];

/** An exact repair: every occurrence of `from` becomes `to`; `from` must occur at least once. */
export type Fix = readonly [from: string | RegExp, to: string];

/**
 * Applies repairs in order. A repair that no longer matches throws, so an updated raw file is noticed
 * instead of a repair silently stopping (or starting to hit something else).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  return fixes.reduce((out, [from, to]) => {
    const pattern = typeof from === "string" ? from : new RegExp(from.source, from.flags.replace("g", "") + "g");
    const found = typeof pattern === "string" ? out.includes(pattern) : out.search(pattern) >= 0;
    if (!found) throw new Error(`repair no longer matches the raw text: ${String(from)}`);
    return out.replaceAll(pattern, to);
  }, text);
}

const SMALL_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/** "INVESTIGATIONS AND PROCEDURES" -> "Investigations and Procedures" (container titles printed in capitals). */
export function titleCase(caps: string): string {
  return caps
    .toLowerCase()
    .split(/\s+/)
    .map((w, k) => (k > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/** A line of the corpus body: a heading (title, container, section), a bold note or a paragraph. */
export interface Block {
  kind: "title" | "container" | "section" | "note" | "para";
  text: string;
}

// A paragraph that begins like markdown syntax ("2. Part I …", "- …", "# …") would turn into a list
// or heading; a backslash keeps it a paragraph while it still reads as printed.
function escapeParagraph(text: string): string {
  return text.replace(/^(\d+)\.(?=\s)/, "$1\\.").replace(/^([-+*#>])(?=\s)/, "\\$1");
}

export function renderBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case "title":
          return `# ${b.text}`;
        case "container":
          return `## ${b.text}`;
        case "section":
          return `### ${b.text}`;
        case "note":
          return `**${b.text}**`;
        case "para":
          return escapeParagraph(b.text);
      }
    })
    .join("\n\n");
}

// "(2) (a) A person …": a unit whose text opens straight away with its first sub-unit.
function splitLeadingPair(text: string): string[] {
  const outer = leadingMarker(text);
  if (!outer || !/^\(/.test(outer.rest) || !leadingMarker(outer.rest)) return [text];
  return [outer.marker.printed, outer.rest];
}

// splitInlineMarkers opens a new level only after a dash or colon; some copies introduce the first
// item with a semicolon ("by technical means; (a) any transmission …; or (b) …"). Cut before such
// a first item when its next sibling follows, and let splitInlineMarkers handle the rest.
const FIRST_AFTER_SEMICOLON = /; (?=\((a|i|1)\) )/;
const NEXT_SIBLING: Record<string, RegExp> = { a: /[;,] (?:or |and )?\(b\) /, i: /[;,] (?:or |and )?\(ii\) /, 1: /[;.] \(2\) / };

function splitFirstAfterSemicolon(text: string): string[] {
  const m = FIRST_AFTER_SEMICOLON.exec(text);
  if (!m || !NEXT_SIBLING[m[1]!]!.test(text.slice(m.index))) return [text];
  return [text.slice(0, m.index + 1), text.slice(m.index + 2)];
}

/** One string per subsection/paragraph unit, markers kept at the start. */
export function splitUnits(text: string): string[] {
  return splitLeadingPair(text)
    .flatMap(splitFirstAfterSemicolon)
    .flatMap((piece) => splitInlineMarkers(piece));
}

/**
 * Collects blocks while a converter walks the lines of a copy: headings go straight in, paragraph
 * text is gathered (lines joined) and split into units when the next heading or the end comes.
 */
export class BlockWriter {
  readonly blocks: Block[] = [];
  private paras: string[] = [];

  heading(kind: Exclude<Block["kind"], "para">, text: string): void {
    this.flush();
    this.blocks.push({ kind, text });
  }

  /** Starts a new paragraph. */
  para(text: string): void {
    this.paras.push(text);
  }

  /** Text of the paragraph being gathered, if any. */
  get current(): string | undefined {
    return this.paras[this.paras.length - 1];
  }

  /** Continues the paragraph being gathered: a sentence the copy broke at a line or page end. */
  append(text: string): void {
    const last = this.paras.length - 1;
    if (last < 0) return this.para(text);
    this.paras[last] = `${this.paras[last]} ${text}`;
  }

  /** Replaces the paragraph being gathered (for repairs across a line end, e.g. a hyphenated word). */
  replaceCurrent(text: string): void {
    this.paras[this.paras.length - 1] = text;
  }

  flush(): void {
    for (const p of this.paras.splice(0)) for (const unit of splitUnits(p)) this.blocks.push({ kind: "para", text: unit });
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }
}
