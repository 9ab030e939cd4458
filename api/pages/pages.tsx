// Server-rendered pages for drafters and advisors. They call the same src/analyze functions as the
// API (never HTTP), read without JavaScript, and print cleanly.
import type { Comparison, GapReport, Matrix } from "../../src/analyze/gaps.js";
import type { DraftCheck } from "../../src/analyze/draft.js";
import { PROFILE_IDS, PROFILES } from "../../src/analyze/profiles.js";
import type { JurisdictionSummary, ProvisionDetail, SearchResult } from "../../src/analyze/provisions.js";
import type { GroupAccuracy } from "../../src/eval/measured.js";
import type { SimilarExemplar } from "../../src/tag/exemplars.js";
import type { TagEvidence } from "../../src/tag/tagger.js";
import { CATEGORIES, GROUPS } from "../../src/taxonomy/taxonomy.js";
import { Highlighted, Layout, Status } from "./layout.js";

const key = encodeURIComponent;
const provisionHref = (id: string) => `/provisions/${key(id)}`;
const SYMBOL = { covered: "■", partial: "◧", missing: "" } as const;

function ProfileSelect(props: { profile: string }) {
  return (
    <label>
      Benchmark
      <select name="profile">
        {PROFILE_IDS.map((id) => (
          <option value={id} selected={id === props.profile}>
            {PROFILES[id].title}
          </option>
        ))}
      </select>
    </label>
  );
}

function ProfilePicker(props: { action: string; profile: string }) {
  return (
    <form class="inline" method="get" action={props.action}>
      <ProfileSelect profile={props.profile} />
      <button type="submit">Show</button>
    </form>
  );
}

/** Wording from other jurisdictions for a category a law does not (fully) cover. */
function Examples(props: { examples: { id: string; jurisdiction: string; citation: string; heading: string | null; excerpt: string }[] }) {
  return (
    <ul>
      {props.examples.map((e) => (
        <li>
          <a href={provisionHref(e.id)}>
            {e.jurisdiction} {e.citation}
          </a>{" "}
          {e.heading}
          <div class="law">{e.excerpt}…</div>
        </li>
      ))}
    </ul>
  );
}

export function OverviewPage(props: { matrix: Matrix }) {
  const { matrix } = props;
  const groups = GROUPS.map((g) => ({ ...g, categories: matrix.categories.filter((c) => c.group === g.id) })).filter((g) => g.categories.length);
  return (
    <Layout title="Overview">
      <h1>Coverage of the {matrix.profile.title}</h1>
      <ProfilePicker action="/" profile={matrix.profile.id} />
      <p class="muted">
        Each cell: ■ covered, ◧ partial (an element the benchmark requires is missing), empty = missing, ? = missing, but a section carries some
        of the category's words: read it before trusting the cell. A cell links to the evidence in the jurisdiction's gap report.
      </p>
      <table class="matrix">
        <thead>
          <tr>
            <th rowspan={2}>Jurisdiction</th>
            {groups.map((g) => (
              <th colspan={g.categories.length} title={g.title}>
                {g.id}
              </th>
            ))}
            <th rowspan={2}>covered</th>
          </tr>
          <tr>
            {groups.flatMap((g) =>
              g.categories.map((c) => (
                <th class="cat" scope="col" title={c.title}>
                  {c.category}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={`/jurisdictions/${r.code}?profile=${matrix.profile.id}`}>{r.name}</a> <span class="muted">{r.code}</span>
              </th>
              {groups.flatMap((g) =>
                g.categories.map((c) => {
                  const status = r.cells[c.category]!;
                  const unsure = r.missingWithCandidates.includes(c.category);
                  return (
                    <td class={`cell ${status}`} data-status={status}>
                      <a
                        class={unsure ? "unsure" : undefined}
                        href={`/jurisdictions/${r.code}?profile=${matrix.profile.id}#${c.category}`}
                        aria-label={`${r.name}: ${c.title} ${status}${unsure ? ", but a section carries some of its words" : ""}`}
                      >
                        {unsure ? "?" : SYMBOL[status]}
                      </a>
                    </td>
                  );
                }),
              )}
              <td>
                {r.covered}/{matrix.categories.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

/** Why a candidate is not a tag, in the reader's words. */
const notTaggedBecause = (reason: "weak" | "role") => (reason === "role" ? "the section does not read as this kind of provision" : "too few of its cues");

/** The sections that carry a missing category's cues although the tagger did not tag them: read before trusting "missing". */
function Candidates(props: { candidates: { citation: string; heading: string | null; score: number; reason: "weak" | "role"; href?: string }[]; of: string }) {
  const { candidates } = props;
  if (!candidates.length) return null;
  return (
    <p class="candidates">
      Not found by the tagger, but some of its words are in{" "}
      {candidates.map((k, i) => (
        <>
          {i ? "; " : ""}
          <strong>{k.href ? <a href={k.href}>{k.citation}</a> : k.citation}</strong> {k.heading ?? ""}{" "}
          <span class="muted">({notTaggedBecause(k.reason)}, score {k.score.toFixed(2)})</span>
        </>
      ))}
      : read {candidates.length > 1 ? "them" : "it"} before concluding that {props.of} lacks this.
    </p>
  );
}

/** Under a "missing" verdict: how many of this group's categories the tagger finds in laws it has not seen. */
function MissAccuracy(props: { status: string; accuracy: GroupAccuracy | null }) {
  const a = props.accuracy;
  if (props.status !== "missing" || !a) return null;
  const group = GROUPS.find((g) => g.id === a.group)?.title ?? a.group;
  return (
    <p class="muted accuracy">
      In the laws its rules were not written from, the tagger found{" "}
      {a.recall === 1 ? "every one" : `${Math.round(a.recall * 100)}%`} of the {a.support} categories of “{group}” those laws have
      (hand labels, <code>npm run eval</code>){a.recall < 1 ? ": this “missing” may be its miss, so read the law before relying on it." : "."}
    </p>
  );
}

export function JurisdictionPage(props: { jurisdiction: JurisdictionSummary; report: GapReport; examples: Map<string, { id: string; jurisdiction: string; citation: string; heading: string | null; excerpt: string }[]> }) {
  const { jurisdiction: j, report } = props;
  const base = `/jurisdictions/${j.code}`;
  return (
    <Layout title={`${j.name}: gap report`}>
      <h1>
        {j.name} ({j.code})
      </h1>
      <h2>Instruments</h2>
      <ul>
        {j.instruments.map((i) => (
          <li>
            <strong>{i.title}</strong> — as at {i.asAt}; {i.status}; <a href={i.sourceUrl}>official source</a>
            {i.current ? null : <span class="muted"> (older version)</span>}
            {i.suspended.length ? (
              <div class="muted">
                Suspended or struck down:{" "}
                {i.suspended.map((s) => (
                  <span class="suspended" title={`${s.scope}; ${s.by}`}>
                    {s.provision}{" "}
                  </span>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <h2>Gap report against the {report.profile.title}</h2>
      <ProfilePicker action={base} profile={report.profile.id} />
      {report.note ? <p class="muted">{report.note}</p> : null}
      <p>
        {report.summary.covered} covered, {report.summary.partial} partial, {report.summary.missing} missing of {report.summary.total} categories.{" "}
        <span class="noprint">
          Download: <a href={`${base}/report.md?profile=${report.profile.id}`}>markdown</a> · <a href={`${base}/report.csv?profile=${report.profile.id}`}>CSV</a>
        </span>
      </p>
      {report.categories.map((c) => (
        <section id={c.category}>
          <h3>
            <Status status={c.status} /> {c.title} <span class="muted">{c.category}</span>
          </h3>
          <p class="muted">
            {c.reference ? `Benchmark article ${c.reference}${c.confidence === "seen" ? "" : ` (unverified: ${c.confidence})`}` : null}
            {c.missingElements.length ? ` · lacks: ${c.missingElements.join(", ")}` : null}
          </p>
          {c.covering.length ? (
            <ul>
              {c.covering.map((p) => (
                <li>
                  <a href={provisionHref(p.id)} class={p.suspended ? "suspended" : ""}>
                    {p.citation}
                  </a>{" "}
                  {p.heading} {p.suspended ? <em>(suspended: not counted)</em> : null}
                  <div class="muted">
                    why: {p.evidence.headingCue ? `heading “${p.evidence.heading}” names it; ` : ""}
                    {p.evidence.matched.length ? `words “${[...new Set(p.evidence.matched.map((m) => m.words))].slice(0, 4).join("”, “")}”; ` : ""}
                    {p.evidence.exemplar ? `worded like ${p.evidence.exemplar.instrument} ${p.evidence.exemplar.citation} (${p.evidence.exemplar.similarity.toFixed(2)}); ` : ""}
                    role {p.evidence.role}
                    {p.evidence.part ? `, the category’s role from the Part “${p.evidence.part}”` : ""}; score {p.score.toFixed(2)}
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
          <Candidates candidates={c.candidates.map((k) => ({ ...k, href: provisionHref(k.id) }))} of="the law" />
          <MissAccuracy status={c.status} accuracy={c.taggerAccuracy} />
          {c.status !== "covered" && props.examples.get(c.category)?.length ? (
            <div>
              <p>How other jurisdictions worded it:</p>
              <Examples examples={props.examples.get(c.category)!} />
            </div>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}

/** A missing side's candidates, in a comparison cell. */
function ToRead(props: { citations: string[] }) {
  return props.citations.length ? <span class="muted to-read"> but read {props.citations.join(", ")}</span> : null;
}

export function ComparePage(props: { jurisdictions: { code: string; name: string }[]; a: string; b: string; profile: string; comparison: Comparison | null }) {
  const c = props.comparison;
  const months = (m: number | "life" | null) => (m === null ? "—" : m === "life" ? "life" : `${m} months`);
  const Pick = (p: { name: string; value: string }) => (
    <label>
      {p.name === "a" ? "First jurisdiction" : "Second jurisdiction"}
      <select name={p.name}>
        {props.jurisdictions.map((j) => (
          <option value={j.code} selected={j.code === p.value}>
            {j.name} ({j.code})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Layout title={c ? `${c.a.name} and ${c.b.name} compared` : "Compare jurisdictions"}>
      <h1>{c ? `${c.a.name} and ${c.b.name}` : "Compare two jurisdictions"}</h1>
      <form class="inline" method="get" action="/compare">
        <Pick name="a" value={props.a} />
        <Pick name="b" value={props.b} />
        <ProfileSelect profile={props.profile} />
        <button type="submit">Compare</button>
      </form>
      {c ? (
        <>
          <p>
            Alignment <strong>{c.alignment.toFixed(3)}</strong> <span class="muted">(Jaccard index over the categories each covers)</span>: both{" "}
            {c.counts.both}, only {c.a.code} {c.counts.only_a}, only {c.b.code} {c.counts.only_b}, neither {c.counts.neither}.
          </p>
          <table>
            <thead>
              <tr>
                <th>Category</th>
                <th>{c.a.name}</th>
                <th>{c.b.name}</th>
                <th>Mental element</th>
                <th>Without right</th>
                <th>Maximum imprisonment</th>
              </tr>
            </thead>
            <tbody>
              {c.categories.map((x) => {
                const e = x.elements;
                const differs = (f: (s: NonNullable<typeof e>["a"]) => string) => (e && f(e.a) !== f(e.b) ? "diff" : "");
                const mental = (s: NonNullable<typeof e>["a"]) => s.mentalElement.join(", ") || "none found";
                const right = (s: NonNullable<typeof e>["a"]) => s.withoutRight.join(", ") || "none found";
                const prison = (s: NonNullable<typeof e>["a"]) => months(s.maxImprisonmentMonths);
                return (
                  <tr>
                    <th scope="row">{x.title}</th>
                    <td>
                      <Status status={x.a} />
                      <ToRead citations={x.candidates.a} />
                    </td>
                    <td>
                      <Status status={x.b} />
                      <ToRead citations={x.candidates.b} />
                    </td>
                    <td class={differs(mental)}>{e ? `${mental(e.a)} | ${mental(e.b)}` : ""}</td>
                    <td class={differs(right)}>{e ? `${right(e.a)} | ${right(e.b)}` : ""}</td>
                    <td class={differs(prison)}>{e ? `${prison(e.a)} | ${prison(e.b)}` : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </Layout>
  );
}

/** The words a tag's or candidate's cues matched, with where: at most six, each once. */
const matchedWords = (e: TagEvidence) => [...new Set(e.matched.map((m) => `“${m.words}” (${m.citation})`))].slice(0, 6).join(", ");

export function ProvisionPage(props: { provision: ProvisionDetail; similar: SimilarExemplar[] }) {
  const p = props.provision;
  const words = p.tags.flatMap((t) => t.evidence.matched.map((m) => m.words));
  return (
    <Layout title={`${p.citation} ${p.heading ?? ""} — ${p.instrument.title}`}>
      <p class="muted">
        <a href={`/jurisdictions/${p.jurisdiction}`}>{p.jurisdiction}</a> · {p.instrument.title}, as at {p.instrument.asAt} ·{" "}
        <a href={p.instrument.sourceUrl}>official source</a>
        {p.parent ? (
          <>
            {" "}
            · part of <a href={provisionHref(p.parent.id)}>{p.parent.citation}</a>
          </>
        ) : null}
      </p>
      <h1>
        {p.citation} {p.heading}
      </h1>
      {p.suspended ? <p><strong>Suspended or struck down by a court; not counted as coverage.</strong></p> : null}
      <Highlighted text={p.fullText} words={words} />
      <h2>Tags</h2>
      {p.tags.length ? (
        <ul>
          {p.tags.map((t) => (
            <li>
              <span class="tag">{t.category}</span> score {t.score.toFixed(2)} ({t.level === "direct" ? "its own words" : "from the units it holds"})
              <div class="muted">
                {t.evidence.headingCue ? `heading cue “${t.evidence.headingCue}”; ` : ""}
                {t.evidence.matched.length ? `words: ${matchedWords(t.evidence)}; ` : ""}
                {t.evidence.exemplar ? `most similar exemplar ${t.evidence.exemplar.instrument} ${t.evidence.exemplar.citation}; ` : ""}
                role {t.evidence.role}
                {t.evidence.part ? `, the category’s role from the Part “${t.evidence.part}”` : ""}; tagger {t.taggerVersion}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No taxonomy category.</p>
      )}
      {p.candidates.length ? (
        <>
          <h2 id="candidates">Words of other categories, not tagged</h2>
          <ul class="candidates">
            {p.candidates.map((k) => (
              <li>
                <span class="tag">{k.category}</span> score {k.score.toFixed(2)} (
                {notTaggedBecause(k.reason)}; the section reads as {k.evidence.role})
                <div class="muted">
                  {k.evidence.headingCue ? `heading cue “${k.evidence.headingCue}”; ` : ""}
                  {k.evidence.matched.length ? `words: ${matchedWords(k.evidence)}` : ""}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {p.children.length ? (
        <>
          <h2>Units</h2>
          <ul>
            {p.children.map((c) => (
              <li>
                <a href={provisionHref(c.id)}>{c.citation}</a> {c.heading}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Similar provisions elsewhere</h2>
      <ul>
        {props.similar.map((s) => (
          <li>
            {s.key ? <a href={provisionHref(s.key)}>{`${s.jurisdiction} ${s.citation}`}</a> : `${s.jurisdiction} ${s.citation}`} {s.heading}{" "}
            <span class="muted">similarity {s.similarity.toFixed(2)}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function CheckPage(props: { profile: string; text: string; check: DraftCheck | null; error: string | null }) {
  const c = props.check;
  return (
    <Layout title="Draft check">
      <h1>Check a draft</h1>
      <p>Paste a draft bill or upload a .md or .txt file. It is analysed and shown here; nothing is stored.</p>
      <form method="post" action="/check" enctype="multipart/form-data">
        <label>
          Draft text
          <textarea name="text">{props.text}</textarea>
        </label>
        <div class="inline" style="display:flex;gap:1rem;align-items:end;margin-top:.5rem">
          <label>
            or a file
            <input type="file" name="file" accept=".md,.txt,text/markdown,text/plain" />
          </label>
          <ProfileSelect profile={props.profile} />
          <button type="submit">Check</button>
        </div>
      </form>
      {props.error ? (
        <p role="alert">
          <strong>Cannot check this text:</strong> {props.error}
        </p>
      ) : null}
      {c ? (
        <>
          <h2>What the draft covers</h2>
          <table>
            <thead>
              <tr>
                <th>Provision</th>
                <th>Role</th>
                <th>Categories</th>
              </tr>
            </thead>
            <tbody>
              {c.provisions
                .filter((p) => p.kind === "section" || p.kind === "article")
                .map((p) => (
                  <tr>
                    <th scope="row">
                      {p.citation} {p.heading}
                    </th>
                    <td>{p.role}</td>
                    <td>
                      {p.tags.map((t) => (
                        <span class="tag">{t.category}</span>
                      ))}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          <h2 id="missing">What it misses against the {c.profile.title}</h2>
          <ul>
            {c.gaps.map((g) => (
              <li>
                <Status status={g.status} /> <strong>{g.title}</strong> <span class="muted">{g.category}</span>
                {g.missingElements.length ? <span class="muted"> — lacks {g.missingElements.join(", ")}</span> : null}
                <Candidates candidates={g.candidates} of="the draft" />
                <MissAccuracy status={g.status} accuracy={g.taggerAccuracy} />
                {g.examples.length ? (
                  <Examples examples={g.examples} />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}

export function SearchPage(props: { q: string; jurisdiction: string; category: string; jurisdictions: { code: string; name: string }[]; result: SearchResult | null; error: string | null }) {
  const r = props.result;
  const pageHref = (page: number) =>
    `/search?${new URLSearchParams({ q: props.q, jurisdiction: props.jurisdiction, category: props.category, page: String(page) })}`;
  return (
    <Layout title={props.q ? `Search: ${props.q}` : "Search"}>
      <h1>Search the laws</h1>
      <form class="inline" method="get" action="/search" role="search">
        <label>
          Words
          <input type="search" name="q" value={props.q} required />
        </label>
        <label>
          Jurisdiction
          <select name="jurisdiction">
            <option value="">all</option>
            {props.jurisdictions.map((j) => (
              <option value={j.code} selected={j.code === props.jurisdiction}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select name="category">
            <option value="">all</option>
            {CATEGORIES.map((c) => (
              <option value={c.id} selected={c.id === props.category}>
                {c.id}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {props.error ? <p role="alert">{props.error}</p> : null}
      {r ? (
        <>
          <p>
            {r.total} provisions match; page {r.page} of {Math.max(1, Math.ceil(r.total / r.perPage))}.
          </p>
          <ol start={(r.page - 1) * r.perPage + 1}>
            {r.hits.map((h) => (
              <li>
                <a href={provisionHref(h.id)}>
                  {h.jurisdiction} {h.citation}
                </a>{" "}
                {h.heading}
                <div class="muted">{h.snippet.replace(/[«»]/g, "")}</div>
              </li>
            ))}
          </ol>
          <nav class="noprint">
            {r.page > 1 ? <a href={pageHref(r.page - 1)}>← previous</a> : null} {r.page * r.perPage < r.total ? <a href={pageHref(r.page + 1)}>next →</a> : null}
          </nav>
        </>
      ) : null}
    </Layout>
  );
}
