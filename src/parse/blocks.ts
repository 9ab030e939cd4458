// Markdown → a flat run of blocks (headings and paragraphs, each with its source line). The
// provision tree is built from this run, so lists, block quotes and stray HTML all arrive as plain
// paragraphs and law text never depends on how a drafter happened to format it.
import type { Heading, List, ListItem, Root, RootContent, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { type Marker, numberMarker } from "./markers.js";

export interface HeadingBlock {
  type: "heading";
  depth: number;
  text: string;
  line: number;
}

export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  line: number;
  /** Set when the markup itself numbered the paragraph (an ordered-list item). */
  marker?: Marker;
  /** The whole paragraph is bold: a marginal note for the unit that follows. */
  bold?: boolean;
  /** Bold words the paragraph starts with ("**authorization** means …"): a defined term, unquoted. */
  leadBold?: string;
}

export type Block = HeadingBlock | ParagraphBlock;

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

export function parseMarkdown(text: string): { yaml: Yaml | null; blocks: Block[] } {
  const root = processor.parse(text) as Root;
  const first = root.children[0];
  const yaml = first?.type === "yaml" ? first : null;
  const blocks: Block[] = [];
  for (const node of root.children) collect(node, blocks);
  return { yaml, blocks };
}

function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 0;
}

function plain(node: RootContent | ListItem): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if (node.type === "break") return "\n";
  if ("children" in node) return (node.children as RootContent[]).map(plain).join("");
  return "";
}

function collect(node: RootContent, out: Block[]): void {
  switch (node.type) {
    case "yaml":
      return;
    case "heading":
      out.push({ type: "heading", depth: (node as Heading).depth, text: squash(plain(node)), line: lineOf(node) });
      return;
    case "paragraph": {
      const text = plain(node).trim();
      if (!text) return;
      const [lead] = node.children;
      const bold = node.children.length === 1 && lead!.type === "strong";
      const leadBold = !bold && lead?.type === "strong" ? squash(plain(lead)) : undefined;
      out.push({ type: "paragraph", text, line: lineOf(node), ...(bold ? { bold } : {}), ...(leadBold ? { leadBold } : {}) });
      return;
    }
    case "list":
      collectList(node, out);
      return;
    case "blockquote":
      for (const child of node.children) collect(child, out);
      return;
    case "code":
    case "html":
      if (node.value.trim()) out.push({ type: "paragraph", text: node.value.trim(), line: lineOf(node) });
      return;
    case "thematicBreak":
      return;
    default: {
      const text = plain(node).trim();
      if (text) out.push({ type: "paragraph", text, line: lineOf(node) });
    }
  }
}

function collectList(list: List, out: Block[]): void {
  list.children.forEach((item, index) => {
    const [head, ...rest] = item.children;
    const marker = list.ordered ? numberMarker((list.start ?? 1) + index) : undefined;
    if (head?.type === "paragraph") {
      const text = plain(head).trim();
      out.push({ type: "paragraph", text, line: lineOf(head), ...(marker ? { marker } : {}) });
    } else if (marker && !head) {
      // A numbered paragraph with no words of its own ("3." before its (a), (b)) still holds its number.
      out.push({ type: "paragraph", text: "", line: lineOf(item), marker });
    } else if (head) {
      collect(head, out);
    }
    for (const child of rest) collect(child, out);
  });
}

export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
