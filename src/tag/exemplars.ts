// Labelled exemplar sections and the TF-IDF similarity the tagger uses as its third signal: a
// section worded like another country's illegal-access section is probably about illegal access.
// Exemplars are the hand-labelled sections of the gold set (test/gold), Budapest articles first
// among them; a section is never compared with its own instrument's exemplars.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TfIdf } from "natural/lib/natural/tfidf/index.js";
import { words as stopwords } from "natural/lib/natural/util/stopwords.js";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { InputError } from "../errors.js";
import { flatten, parseLaw } from "../parse/parse.js";
import { REPO_ROOT } from "../paths.js";
import { CATEGORY_IDS } from "../taxonomy/taxonomy.js";
import { stemWord, tokenize } from "./text.js";

export interface Exemplar {
  /** Store key of the provision, where the exemplar comes from the store. */
  key?: string;
  jurisdiction?: string;
  instrument: string;
  citation: string;
  heading: string | null;
  categories: string[];
  text: string;
}

export type SimilarExemplar = Omit<Exemplar, "text"> & { similarity: number };

export const GOLD_DIR = join(REPO_ROOT, "test/gold");
export const CORPUS_DIR = join(REPO_ROOT, "corpus");

// A label that is no taxonomy id would score as a miss the tagger can never mend: refuse it by name.
const GOLD_FILE = z.object({
  instrument: z.string().regex(/^[a-z0-9-]+$/),
  sections: z.array(
    z.object({
      section: z.string().min(1),
      heading: z.string().optional(),
      categories: z.array(z.string().refine((id) => CATEGORY_IDS.has(id), { error: (issue) => `"${String(issue.input)}" is not a category id of the taxonomy` })),
      note: z.string().optional(),
    }),
  ),
});

/** One labelled instrument of the gold set (test/gold/GUIDE.md), as its file is checked. */
export type GoldFile = z.infer<typeof GOLD_FILE>;

export function readGold(dir = GOLD_DIR): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => {
      const parsed = GOLD_FILE.safeParse(parseYaml(readFileSync(join(dir, f), "utf8")));
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0]!;
      throw new InputError(issue.message, { file: join(dir, f), field: issue.path.join(".") });
    });
}

/** Gold labels joined to the section texts of the corpus files they label. */
export function loadExemplars(gold = readGold(), corpusDir = CORPUS_DIR): Exemplar[] {
  const byInstrument = new Map(gold.map((g) => [g.instrument, g]));
  const out: Exemplar[] = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith(".md") && f !== "README.md")) {
    const law = parseLaw(readFileSync(join(corpusDir, file), "utf8"), { file, requireFrontMatter: true });
    const labels = byInstrument.get(law.meta!.id);
    if (!labels) continue;
    const sections = new Map(flatten(law.provisions).filter((p) => p.kind === "section" || p.kind === "article").map((p) => [p.num!, p]));
    for (const s of labels.sections) {
      const p = sections.get(s.section);
      if (!p || s.categories.length === 0) continue;
      out.push({ instrument: law.meta!.id, citation: p.citation, heading: p.heading, categories: s.categories, text: `${p.heading ?? ""}\n${p.fullText}` });
    }
  }
  return out;
}

const STOP = new Set(stopwords.map(stemWord));

function terms(text: string): string[] {
  return tokenize(text)
    .map((t) => t.stem)
    .filter((s) => s.length > 2 && !STOP.has(s) && !/^\d+$/.test(s));
}

type Vector = Map<string, number>;

export class ExemplarIndex {
  private readonly tfidf = new TfIdf();
  private readonly vectors: Vector[];
  private readonly postings = new Map<string, { doc: number; weight: number }[]>();

  constructor(readonly exemplars: Exemplar[]) {
    const docs = exemplars.map((e) => terms(e.text));
    docs.forEach((d) => this.tfidf.addDocument(d));
    this.vectors = docs.map((d) => this.vector(d));
    this.vectors.forEach((v, doc) => {
      for (const [term, weight] of v) {
        const list = this.postings.get(term);
        if (list) list.push({ doc, weight });
        else this.postings.set(term, [{ doc, weight }]);
      }
    });
  }

  private vector(termList: string[]): Vector {
    const tf = new Map<string, number>();
    for (const t of termList) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * this.tfidf.idf(t);
      if (w > 0) {
        v.set(t, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  /** The exemplars most similar to a text (cosine over TF-IDF), best first; `exclude` names an instrument or tests each exemplar. */
  similar(text: string, options: { exclude?: string | ((e: Exemplar) => boolean); limit?: number } = {}): SimilarExemplar[] {
    const { exclude } = options;
    const excluded = typeof exclude === "function" ? exclude : (e: Exemplar) => e.instrument === exclude;
    const query = this.vector(terms(text));
    const scores = new Float64Array(this.exemplars.length);
    for (const [term, w] of query) {
      for (const { doc, weight } of this.postings.get(term) ?? []) scores[doc]! += w * weight;
    }
    const found: [number, number][] = [];
    scores.forEach((score, doc) => {
      if (score > 0 && !excluded(this.exemplars[doc]!)) found.push([doc, score]);
    });
    return found
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.limit ?? 5)
      .map(([doc, similarity]) => {
        const { key, jurisdiction, instrument, citation, heading, categories } = this.exemplars[doc]!;
        return { key, jurisdiction, instrument, citation, heading, categories, similarity: Math.round(similarity * 1000) / 1000 };
      });
  }
}

let shared: ExemplarIndex | null = null;

/** The index over the whole gold set, built once per process. */
export function defaultExemplarIndex(): ExemplarIndex {
  shared ??= new ExemplarIndex(loadExemplars());
  return shared;
}
