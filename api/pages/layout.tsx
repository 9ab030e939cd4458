// The frame of every page: title, navigation, and one small stylesheet (inline: nothing is loaded
// from elsewhere). Law text reaches pages only as JSX children, which Hono escapes.
import type { Child } from "hono/jsx";

const CSS = `
:root { --covered: #1b7f3b; --partial: #c98a00; --missing: #b3261e; --ink: #1d1d1f; --muted: #5f6368; --line: #d7d7db; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--ink); margin: 0; }
header { background: #0b3954; color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
header a { color: #fff; }
header .brand { font-weight: 700; text-decoration: none; }
main { padding: 1rem 1.2rem 3rem; max-width: 1400px; }
h1 { font-size: 1.6rem; margin: .4rem 0 1rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
a { color: #0b57d0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; }
th { background: #f3f4f6; text-align: left; }
.matrix th.cat { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: 500; font-size: .8rem; max-height: 14rem; }
.matrix td.cell { width: 1.8rem; height: 1.8rem; padding: 0; text-align: center; }
.matrix td.cell a { display: block; width: 100%; height: 100%; text-decoration: none; color: #fff; line-height: 1.8rem; }
.matrix td.cell a.unsure { color: var(--missing); font-weight: 700; }
.covered { background: var(--covered); color: #fff; }
.partial { background: var(--partial); color: #fff; }
.missing { background: #f6d7d5; color: var(--missing); }
.status { display: inline-block; min-width: 5.5rem; padding: 0 .4rem; border-radius: 3px; font-size: .85rem; text-align: center; }
.muted { color: var(--muted); font-size: .9rem; }
.law { white-space: pre-wrap; background: #fafafa; border-left: 3px solid var(--line); padding: .5rem .8rem; }
mark { background: #ffe58a; }
.diff { background: #fff4ce; }
form.inline { display: flex; gap: .8rem; flex-wrap: wrap; align-items: end; margin: .5rem 0 1rem; }
label { display: flex; flex-direction: column; font-size: .9rem; gap: .2rem; }
textarea { width: 100%; min-height: 16rem; font: 14px/1.4 ui-monospace, monospace; }
button, select, input { font: inherit; padding: .3rem .5rem; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.suspended { text-decoration: line-through; }
.tag { display: inline-block; background: #e8f0fe; border-radius: 3px; padding: 0 .35rem; margin: 0 .25rem .25rem 0; font-size: .85rem; }
@media print { header, form, .noprint { display: none !important; } a { color: inherit; text-decoration: none; } main { padding: 0; } }
`;

export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — Cybercrime law harmonization`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <a class="brand" href="/">Cybercrime law harmonization</a>
          <nav>
            <a href="/">Overview</a> · <a href="/compare">Compare</a> · <a href="/check">Draft check</a> · <a href="/search">Search</a> ·{" "}
            <a href="/docs">API</a>
          </nav>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function Status(props: { status: "covered" | "partial" | "missing" }) {
  return <span class={`status ${props.status}`}>{props.status}</span>;
}

/** Law text with the matched words highlighted; every piece is a text node, so it is escaped. */
export function Highlighted(props: { text: string; words: string[] }) {
  const spans: [number, number][] = [];
  for (const w of new Set(props.words.filter((x) => x.length > 1))) {
    let at = props.text.indexOf(w);
    while (at >= 0) {
      spans.push([at, at + w.length]);
      at = props.text.indexOf(w, at + w.length);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: Child[] = [];
  let pos = 0;
  for (const [from, to] of spans) {
    if (from < pos) continue;
    parts.push(props.text.slice(pos, from), <mark>{props.text.slice(from, to)}</mark>);
    pos = to;
  }
  parts.push(props.text.slice(pos));
  return <div class="law">{parts}</div>;
}
