// Subsection and paragraph markers — "(1)", "(a)", "(ii)", "(A)", "(aa)", "a)", "1.", "1°", "A." — and the
// rules that turn a flat run of them into a tree. Commonwealth drafting nests (1) → (a) → (i) → (A);
// the US Code nests (a) → (1) → (A) → (i); both come out right because nesting follows the order
// in which marker kinds first appear, not a fixed hierarchy.

import { definitionStarts } from "./definitions.js";

export type MarkerKind = "number" | "lower" | "upper" | "lowerRoman" | "upperRoman" | "doubleLower";

export interface Marker {
  /** The label without punctuation: "1", "a", "ii", "A", "aa", "2A". */
  label: string;
  /** The marker exactly as printed, e.g. "(1)" or "a)". */
  printed: string;
  /** Every kind the label could be; "(i)" is both a letter and a roman numeral until context decides. */
  kinds: MarkerKind[];
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

function romanValue(label: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const s = label.toLowerCase();
  for (let k = 0; k < s.length; k++) {
    const v = values[s[k]!]!;
    const next = k + 1 < s.length ? values[s[k + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** An inserted unit keeps its base label: "4.1" and "4A" after (4), "b.1" after (b), "iii.01" after (iii). */
function baseLabel(label: string): string {
  return label.replace(/\.\d+$/, "").replace(/^(\d+)[A-Z]{1,2}$/, "$1");
}

function isInserted(label: string): boolean {
  return baseLabel(label) !== label;
}

function kindsOf(fullLabel: string): MarkerKind[] {
  const label = baseLabel(fullLabel);
  if (/^\d+$/.test(label)) return ["number"];
  if (/^[a-z]$/.test(label)) return ROMAN.test(label) ? ["lower", "lowerRoman"] : ["lower"];
  if (/^([a-z])\1$/.test(label)) return ROMAN.test(label) ? ["lowerRoman", "doubleLower"] : ["doubleLower"];
  if (ROMAN.test(label)) return ["lowerRoman"];
  if (/^[A-Z]$/.test(label)) return ROMAN.test(label.toLowerCase()) ? ["upper", "upperRoman"] : ["upper"];
  if (ROMAN.test(label.toLowerCase())) return ["upperRoman"];
  return [];
}

const LABEL = String.raw`\d+[A-Z]{0,2}(?:\.\d+)?|[a-z]{1,8}(?:\.\d+)?|[A-Z]{1,5}`;
// "1°" (and "1º", the ordinal sign) numbers items in laws drafted in the French manner (Rwanda, Belgium);
// "A." letters the subsections of several US state codes (Virginia, New Mexico).
const LEADING_MARKER = new RegExp(String.raw`^\s*(\((${LABEL})\)|(\d+[A-Z]?|[a-z]{1,4})\)(?=\s)|(\d+)[°º](?=\s)|([A-Z])\.(?=\s))\s*`);

/** Reads a marker at the very start of a paragraph's text. */
export function leadingMarker(text: string): { marker: Marker; rest: string } | null {
  const m = LEADING_MARKER.exec(text);
  if (!m) return null;
  const label = m[2] ?? m[3] ?? m[4] ?? m[5]!;
  const kinds = kindsOf(label);
  if (kinds.length === 0) return null;
  return { marker: { label, printed: m[1]!, kinds }, rest: text.slice(m[0].length) };
}

export function numberMarker(n: number): Marker {
  return { label: String(n), printed: `${n}.`, kinds: ["number"] };
}

/** Ordinal value of a label read as a given kind: (c) is 3 as a letter, 100 as a roman numeral. */
function ordinal(fullLabel: string, kind: MarkerKind): number {
  const label = baseLabel(fullLabel);
  switch (kind) {
    case "number":
      return parseInt(label, 10);
    case "lower":
    case "upper":
      return label.toLowerCase().charCodeAt(0) - 96;
    case "doubleLower":
      return label.charCodeAt(0) - 96;
    case "lowerRoman":
    case "upperRoman":
      return romanValue(label);
  }
}

function isFirst(label: string, kind: MarkerKind): boolean {
  return ordinal(label, kind) === 1 || (kind === "number" && label === "0");
}

interface Level {
  /** "opaque" holds the place of a unit no marker continues (a definition). */
  kind: MarkerKind | "opaque";
  last: string;
}

/**
 * Tracks the open levels of a section while its markers are read in order. `place` answers where a
 * marker goes: the depth (0 = first level under the section) and the kind it was read as.
 */
export class MarkerStack {
  private levels: Level[] = [];

  get depth(): number {
    return this.levels.length;
  }

  /** Where the marker would go without changing the stack; null if it fits nowhere plausibly. */
  peek(marker: Marker): { depth: number; kind: MarkerKind; sibling: boolean } | null {
    // 1. The next label of an open level (deepest first): "(i)" after "(h)" is a letter.
    // 2. Else the first label of a kind not yet open: "(i)" after "(g)" opens roman numerals.
    // 3. Else a small forward gap in an open level, for units repealed or left out of a copy.
    return this.sibling(marker, (cur, prev) => cur === prev + 1) ?? this.child(marker) ?? this.sibling(marker, (cur, prev) => cur > prev && cur <= prev + 3);
  }

  private sibling(marker: Marker, follows: (cur: number, prev: number) => boolean) {
    for (let d = this.levels.length - 1; d >= 0; d--) {
      const level = this.levels[d]!;
      if (level.kind === "opaque" || !marker.kinds.includes(level.kind)) continue;
      const cur = ordinal(marker.label, level.kind);
      const prev = ordinal(level.last, level.kind);
      // An inserted unit (4.1, 4A, b.1) follows its base.
      if (follows(cur, prev) || (isInserted(marker.label) && cur === prev)) {
        return { depth: d, kind: level.kind, sibling: true };
      }
    }
    return null;
  }

  private child(marker: Marker) {
    const open = new Set<string>(this.levels.map((l) => l.kind));
    const fresh = marker.kinds.filter((k) => !open.has(k));
    const firstKind = fresh.find((k) => isFirst(marker.label, k));
    if (firstKind) return { depth: this.levels.length, kind: firstKind, sibling: false };
    // Numbering that starts elsewhere than 1 (an amended or excerpted text) still nests as a new level.
    if (this.levels.length === 0 && marker.kinds.length > 0) {
      return { depth: 0, kind: marker.kinds[0]!, sibling: false };
    }
    return null;
  }

  truncate(depth: number): void {
    this.levels.length = Math.min(depth, this.levels.length);
  }

  openOpaqueLevel(): void {
    this.levels.push({ kind: "opaque", last: "" });
  }

  push(marker: Marker): { depth: number; kind: MarkerKind } | null {
    const place = this.peek(marker);
    if (!place) return null;
    this.levels.length = place.depth;
    this.levels.push({ kind: place.kind, last: marker.label });
    return place;
  }
}

// A marker inside running text is structural only when it follows the end of a clause; after words
// such as "subsection" or "section 3" it is a cross-reference and must stay in the sentence.
const INLINE_CANDIDATE = new RegExp(String.raw`\((?:${LABEL})\)(?=\s)`, "g");
// A hyphen counts as a dash: copies type "the interference- (a) …". An amendment note ends its
// unit: "… the personal information. [22/2017] (2) It is not …".
const CLAUSE_END = /(?:^|[;:.,—–-]|[;,]\s*(?:or|and)|\[[^\]]{1,40}\])\s*$/;
/** "paragraph (1), (2), or (3) of subsection (a)": a marker after another marker and a comma or "or" is one of a list of references. */
const REFERENCE_LIST = /\)\s*(?:,\s*(?:or|and)?|or|and)\s*$/;

/**
 * Splits text that a conversion ran together ("(1) A person … (2) Access by a person is
 * unauthorised if— (a) …; or (b) …", "In this Act— “access” means …; “data” means— (a) …") into one
 * string per unit, markers kept at the start. A definition opens a level of its own, as in the tree:
 * its list starts afresh, and the next definition or a marker of an outer level closes it.
 */
export function splitRunTogether(text: string, definitions = definitionStarts(text)): string[] {
  const stack = new MarkerStack();
  let definitionDepth: number | null = null;
  const cuts: number[] = [];
  const starts = [
    ...[...text.matchAll(INLINE_CANDIDATE)].map((m) => ({ at: m.index!, definition: false })),
    ...definitions.map((at) => ({ at, definition: true })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, definition } of starts) {
    if (definition) {
      definitionDepth ??= stack.depth;
      stack.truncate(definitionDepth);
      stack.openOpaqueLevel();
      cuts.push(at);
      continue;
    }
    const before = text.slice(Math.max(0, at - 12), at);
    if (at > 0 && (!CLAUSE_END.test(before) || REFERENCE_LIST.test(before))) continue;
    const found = leadingMarker(text.slice(at));
    if (!found) continue;
    const place = stack.peek(found.marker);
    if (!place) continue;
    // A new level opens only after an introductory dash or colon ("if—", "means:"), or at the start.
    if (!place.sibling && at > 0 && !/[—–:-]\s*$/.test(before)) continue;
    if (definitionDepth !== null && place.depth < definitionDepth) definitionDepth = null;
    stack.push(found.marker);
    cuts.push(at);
  }
  if (cuts[0] !== 0) cuts.unshift(0);
  const pieces: string[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const piece = text.slice(cuts[k], cuts[k + 1] ?? text.length).trim();
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** Subsections only, for the converters, which set definitions apart by rules of their own. */
export const splitInlineMarkers = (text: string): string[] => splitRunTogether(text, []);
