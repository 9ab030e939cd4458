// The bad-input suite: malformed and merely unusual files fed to both `cli ingest` and
// POST /v1/analyze. Each gets a clear, named error (or a correct result where the input is only
// unusual), and the database file is byte-identical afterwards.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, startServer } from "./api/server.js";
import { FRONT_MATTER, GOOD_BODY, lawFile } from "./fixtures.js";
import { fileState, runCli, tempDir } from "./helpers.js";

const dir = tempDir("bad-");
const db = join(dir, "laws.db");
let server: RunningServer;

beforeAll(async () => {
  writeFileSync(join(dir, "seed.md"), lawFile());
  expect(runCli(["--db", db, "ingest", join(dir, "seed.md")]).status).toBe(0);
  server = await startServer(inject("corpusDb"));
});
afterAll(() => server?.stop());

const fm = (fields: Record<string, unknown>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n")}\n---\n\n`;
const without = (field: string) => fm(Object.fromEntries(Object.entries(FRONT_MATTER).filter(([k]) => k !== field))) + GOOD_BODY;
const nested = (depth: number) => Array.from({ length: depth }, (_, k) => `${"  ".repeat(k)}- (a) level ${k}`).join("\n");

interface Case {
  name: string;
  content: string | Buffer;
  /** `cli ingest`: the error it must print, or "ok". */
  ingest: RegExp | "ok";
  /** POST /v1/analyze: the status it must answer, and words of the error's detail or, for 200, of a warning. */
  analyze: [number, RegExp?];
}

const cases: Case[] = [
  // A draft needs no front matter: a broken one is read for its title only, and `warnings` names what was wrong.
  ...Object.keys(FRONT_MATTER).map((field): Case => ({ name: `front matter without ${field}`, content: without(field), ingest: new RegExp(`field \`${field}\`: required field is missing`), analyze: [200, new RegExp(`field \`${field}\`: required field is missing`)] })),
  // Without a closing line there is no front matter: ingest refuses, a draft check reads the text.
  { name: "front matter never closed", content: `---\nid: x\n\n### 1. A\n\nText.\n`, ingest: /missing front matter/, analyze: [200] },
  { name: "front matter is a list", content: `---\n- a\n- b\n---\n\n${GOOD_BODY}`, ingest: /front matter must be a YAML mapping/, analyze: [200, /mapping/] },
  { name: "front matter alias bomb", content: `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n\n${GOOD_BODY}`, ingest: /front matter cannot be read: Excessive alias count/, analyze: [200, /alias/] },
  { name: "no front matter", content: GOOD_BODY, ingest: /missing front matter/, analyze: [200] },
  { name: "country name instead of code", content: lawFile({ jurisdiction: "Kenya" }), ingest: /field `jurisdiction`: unknown jurisdiction code "Kenya"/, analyze: [200, /field `jurisdiction`/] },
  { name: "reserved ISO code", content: lawFile({ jurisdiction: "XX" }), ingest: /unknown jurisdiction code "XX"/, analyze: [200, /"XX"/] },
  { name: "impossible date", content: lawFile({ as_at: "2020-13-45" }), ingest: /field `as_at`: not a real date/, analyze: [200, /field `as_at`/] },
  { name: "date in words", content: lawFile({ as_at: "yesterday" }), ingest: /field `as_at`: expected a date/, analyze: [200, /field `as_at`/] },
  { name: "unknown kind", content: lawFile({ kind: "decree" }), ingest: /field `kind`/, analyze: [200, /field `kind`/] },
  { name: "unknown status", content: lawFile({ status: "pending" }), ingest: /field `status`: must begin with one of/, analyze: [200, /field `status`/] },
  { name: "source_url not a URL", content: lawFile({ source_url: "the gazette" }), ingest: /field `source_url`/, analyze: [200, /field `source_url`/] },
  { name: "no sections", content: lawFile({}, "A letter to the editor.\n\nNothing numbered.\n"), ingest: /no recognisable sections/, analyze: [400, /no recognisable sections/] },
  { name: "only whitespace", content: "   \n\n\t\n", ingest: /missing front matter/, analyze: [400, /no recognisable sections/] },
  { name: "empty", content: "", ingest: /the file is empty/, analyze: [400, /empty/] },
  { name: "duplicate section numbers", content: lawFile({}, "### 2. A\n\nText.\n\n### 2. B\n\nText.\n"), ingest: /duplicate section number 2/, analyze: [400, /duplicate section number 2/] },
  { name: "binary junk", content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0]), ingest: /binary content/, analyze: [400, /binary content/] },
  { name: "NUL byte inside text", content: Buffer.concat([Buffer.from(lawFile()), Buffer.from([0]), Buffer.from("tail")]), ingest: /binary content/, analyze: [400, /binary/] },
  { name: "Windows-1252 bytes", content: Buffer.concat([Buffer.from(lawFile()), Buffer.from([0x93, 0x41, 0x94])]), ingest: /invalid UTF-8/, analyze: [400, /UTF-8/] },
  { name: "over 20 MB", content: lawFile({}, GOOD_BODY + "x".repeat(21 * 1024 * 1024)), ingest: /the limit is 20\.0 MB/, analyze: [413] },
  { name: "suspended provision that is not there", content: lawFile({}).replace('language: "en"', 'language: "en"\nsuspended:\n  - provision: "s. 99"\n    scope: whole\n    by: "a court"'), ingest: /suspended\[0\]\.provision/, analyze: [200] },
  // Unusual but valid: a correct result, not an error.
  { name: "byte-order mark", content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lawFile({ id: "zz-bom-act" }))]), ingest: "ok", analyze: [200] },
  { name: "CRLF line ends", content: lawFile({ id: "zz-crlf-act" }).replace(/\n/g, "\r\n"), ingest: "ok", analyze: [200] },
  { name: "HTML and scripts in the text", content: lawFile({ id: "zz-html-act" }, `${GOOD_BODY}\n<div onclick="x()"><script>alert(1)</script></div>\n`), ingest: "ok", analyze: [200] },
  { name: "huge section numbers", content: lawFile({ id: "zz-huge-act" }, "### 99999999999999999999. Big\n\nA person who intentionally accesses a computer system commits an offence.\n"), ingest: "ok", analyze: [200] },
  { name: "deeply nested lists", content: lawFile({ id: "zz-nested-act" }, `${GOOD_BODY}\n${nested(300)}\n`), ingest: "ok", analyze: [200] },
  { name: "a 1 MB single line", content: lawFile({ id: "zz-long-act" }, `### 1. Long\n\n${"word ".repeat(210_000)}\n`), ingest: "ok", analyze: [200] },
  { name: "numbered lines only (a pasted draft)", content: "1. Short title\nThis Act may be cited as the Draft Act.\n\n2. Illegal access\nA person who intentionally accesses a computer system without right commits an offence.\n", ingest: /missing front matter/, analyze: [200] },
];

describe("bad input", () => {
  it("has at least 30 cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const c of cases) {
    it(`${c.name}: cli ingest`, () => {
      const file = join(dir, `${c.name.replace(/\W+/g, "-")}.md`);
      writeFileSync(file, c.content);
      const target = c.ingest === "ok" ? join(tempDir("ok-"), "ok.db") : db;
      const before = fileState(db);
      const r = runCli(["--db", target, "ingest", file]);
      if (c.ingest === "ok") {
        expect(r.stderr).toBe("");
        expect(r.stdout).toMatch(/1 added/);
      } else {
        expect(r.status).not.toBe(0);
        expect(r.stderr).toContain(file.split("/").pop());
        expect(r.stderr).toMatch(c.ingest);
      }
      expect(fileState(db)).toBe(before);
    });

    it(`${c.name}: POST /v1/analyze`, async () => {
      const res = await fetch(`${server.url}/v1/analyze`, { method: "POST", headers: { "content-type": "text/markdown" }, body: new Uint8Array(Buffer.from(c.content)) });
      const [status, detail] = c.analyze;
      expect(res.status).toBe(status);
      const body = await res.json();
      if (status !== 200) {
        expect(res.headers.get("content-type")).toMatch(/problem\+json/);
        if (detail) expect(`${body.detail} ${body.parameter ?? ""}`).toMatch(detail);
      } else {
        expect(Array.isArray(body.provisions)).toBe(true);
        if (detail) expect(body.warnings.join(" ")).toMatch(detail);
        else expect(body.warnings.filter((w: string) => w.startsWith("front matter"))).toEqual([]);
      }
    });
  }
});
