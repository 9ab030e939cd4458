// The pages in a real browser (Debian's chromium driven by playwright-core) against a real server
// on loopback: what a person sees, with and without JavaScript. Screenshots go to test-output/.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, startServer } from "./api/server.js";
import { accuracyOf } from "../src/eval/measured.js";
import { lawFile } from "./fixtures.js";
import { ROOT, runCli, tempDir } from "./helpers.js";

const SHOTS = join(ROOT, "test-output/screenshots");
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // A copy of the corpus database plus one provision whose text carries markup.
  const dir = tempDir("pages-");
  const db = join(dir, "laws.db");
  copyFileSync(inject("corpusDb"), db);
  const hostile = join(dir, "hostile.md");
  writeFileSync(
    hostile,
    lawFile(
      { id: "zz-hostile-act", jurisdiction: "NZ", title: "Hostile Test Act" },
      "### 1. Markup in law text\n\nA person who writes <script>window.__pwned = true</script> and <img src=x onerror=\"window.__pwned = true\"> in a law commits an offence.\n",
    ),
  );
  const r = runCli(["--db", db, "ingest", hostile]);
  if (r.status !== 0) throw new Error(r.stderr);
  server = await startServer(db);
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, ...options });
  const page = await context.newPage();
  const res = await page.goto(server.url + path);
  expect(res?.status()).toBe(200);
  return page;
}

describe("pages in a browser", () => {
  it("overview: a heat-map row per jurisdiction, cells linking to the evidence", async () => {
    const page = await open("/");
    expect(await page.title()).toMatch(/^Overview/);
    const rows = page.locator("table.matrix tbody tr");
    const health = (await (await fetch(`${server.url}/health`)).json()) as { counts: { jurisdictions: number } };
    expect(await rows.count()).toBe(health.counts.jurisdictions);
    await expect(page.locator("table.matrix tbody th", { hasText: "Kenya" }).count()).resolves.toBe(1);
    const cell = page.locator('table.matrix td.cell a[href^="/jurisdictions/KE"]').first();
    expect(await cell.getAttribute("href")).toMatch(/#cia\.illegal_access$/);
    // A missing cell whose words a section carries says so.
    const unsure = page.locator('table.matrix td.cell a[href$="/jurisdictions/UG?profile=budapest#proc.realtime_traffic"]');
    expect(await unsure.textContent()).toBe("?");
    expect(await unsure.getAttribute("aria-label")).toMatch(/missing, but a section carries some of its words$/);
    await page.screenshot({ path: join(SHOTS, "overview.png"), fullPage: true });
  });

  it("jurisdiction: instruments, suspended provisions, and the illegal-access provision with its evidence", async () => {
    const page = await open("/jurisdictions/KE");
    expect(await page.locator("h1").textContent()).toBe("Kenya (KE)");
    await expect(page.locator(".suspended", { hasText: "s. 53" }).count()).resolves.toBeGreaterThan(0);
    const access = page.locator("section#cia\\.illegal_access");
    expect(await access.locator("a", { hasText: "s. 14" }).count()).toBe(1);
    expect(await access.textContent()).toMatch(/heading “Unauthorised access” names it/);
    const download = page.locator('a[href^="/jurisdictions/KE/report.csv"]');
    const csv = await (await fetch(server.url + (await download.getAttribute("href")))).text();
    expect(csv.split("\r\n")[0]).toBe("jurisdiction,profile,category,title,status,provisions,lacks,to_read");
    await page.screenshot({ path: join(SHOTS, "jurisdiction-ke.png"), fullPage: false });
  });

  it("jurisdiction: a missing category names the section to read, with a link to it", async () => {
    const page = await open("/jurisdictions/UG");
    const realtime = page.locator('section[id="proc.realtime_traffic"] .candidates');
    expect(await realtime.textContent()).toMatch(/some of its words are in s\. 31 Search and seizure/);
    const link = realtime.locator("a", { hasText: "s. 31" });
    await link.click();
    await page.waitForURL(/\/provisions\//);
    expect(await page.locator("h1").textContent()).toContain("s. 31");
    // The provision says why it was named: the category's words it carries.
    const candidate = page.locator("ul.candidates li", { hasText: "proc.realtime_traffic" });
    expect(await candidate.textContent()).toMatch(/too few of its cues[\s\S]*“traffic data in real time”/);
  });

  it("jurisdiction: a missing category says how many of its group the tagger finds in laws it has not seen", async () => {
    const proc = accuracyOf("proc.realtime_traffic")!;
    const page = await open("/jurisdictions/UG");
    const note = page.locator('section[id="proc.realtime_traffic"] .accuracy');
    expect(await note.textContent()).toMatch(
      new RegExp(`found ${Math.round(proc.recall * 100)}% of the ${proc.support} categories of “Procedural powers” those laws have[\\s\\S]*may be its miss`),
    );
    // A covered category carries no such note.
    const access = page.locator('section[id="cia.illegal_access"]');
    expect(await access.locator("h3").textContent()).toMatch(/Illegal access/);
    expect(await access.locator(".accuracy").count()).toBe(0);
  });

  it("draft check: a pasted draft shows what it covers and the categories it misses", async () => {
    const page = await open("/check");
    await page.locator("textarea[name=text]").fill(
      "1. Short title\nThis Act may be cited as the Test Act.\n\n2. Illegal access\nA person who intentionally and without right accesses a computer system commits an offence.\n\n" +
        "3. Orders of a magistrate\nA magistrate may, on the application of a police officer, order a person in control of a computer system to collect traffic data in real time for a period not exceeding seven days.\n",
    );
    await page.locator("button[type=submit]").click();
    await page.waitForSelector("#missing");
    expect(await page.locator("table").textContent()).toContain("cia.illegal_access");
    const missing = await page.locator("#missing + ul").textContent();
    expect(missing).toContain("Illegal interception");
    expect(missing).not.toContain("Illegal access (hacking)");
    // A gap the tagger may have missed says which section to read.
    const realtime = page.locator("#missing + ul > li", { hasText: "proc.realtime_traffic" });
    expect(await realtime.locator(".candidates").textContent()).toMatch(/some of its words are in s\. 3 Orders of a magistrate/);
    expect(await realtime.locator(".accuracy").textContent()).toMatch(/categories of “Procedural powers” those laws have/);
    expect(await page.locator("#missing + ul > li", { hasText: "cia.illegal_interception" }).locator(".candidates").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "draft-check.png") });
  });

  it("draft check: an uploaded .md file is checked like pasted text", async () => {
    const page = await open("/check");
    await page.locator("input[type=file]").setInputFiles({
      name: "draft.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("### 4. Interception\n\nA person who intentionally and without right intercepts any non-public transmission of computer data commits an offence.\n"),
    });
    await page.locator("button[type=submit]").click();
    await page.waitForSelector("#missing");
    expect(await page.locator("table").textContent()).toContain("cia.illegal_interception");
    expect(await page.locator("#missing + ul").textContent()).toContain("Illegal access");
  });

  it("prints without the navigation and forms", async () => {
    const page = await open("/jurisdictions/KE");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header").isVisible()).toBe(false);
    expect(await page.locator("form").first().isVisible()).toBe(false);
    expect(await page.locator("section#cia\\.illegal_access").isVisible()).toBe(true);
  });

  it("compare, provision and search pages answer with what was asked", async () => {
    const compare = await open("/compare?a=KE&b=TZ");
    expect(await compare.locator("h1").textContent()).toBe("Kenya and United Republic of Tanzania");
    expect(await compare.locator("main").textContent()).toMatch(/Alignment 0\.\d{3}/);
    const withUganda = await open("/compare?a=KE&b=UG");
    const realtime = withUganda.locator("tr", { has: withUganda.locator("th", { hasText: /^Real-time collection/ }) });
    expect(await realtime.locator(".to-read").textContent()).toBe(" but read s. 31");
    const provision = await open(`/provisions/${encodeURIComponent("ke-cmca-2018@2025-11-04~sec_14")}`);
    expect(await provision.locator("mark").count()).toBeGreaterThan(0);
    expect(await provision.locator("h1").textContent()).toContain("s. 14");
    const search = await open("/search");
    await search.locator("input[name=q]").fill("interception");
    await search.locator("input[name=q]").press("Enter");
    await search.waitForURL(/q=interception/);
    expect(await search.locator("ol li").count()).toBeGreaterThan(0);
  });

  it("law text is shown as text: markup in a provision is escaped, never run", async () => {
    const page = await open(`/provisions/${encodeURIComponent("zz-hostile-act@2024-01-01~sec_1")}`);
    expect(await page.locator(".law").textContent()).toContain("<script>window.__pwned = true</script>");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator(".law img").count()).toBe(0);
  });

  it("reads without JavaScript", async () => {
    const page = await open("/jurisdictions/KE", { javaScriptEnabled: false });
    expect(await page.locator("section#cia\\.illegal_access a", { hasText: "s. 14" }).count()).toBe(1);
    const overview = await open("/?profile=un2024", { javaScriptEnabled: false });
    expect(await overview.locator("h1").textContent()).toContain("UN Convention");
  });

  it("says what is wrong for an unknown jurisdiction", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${server.url}/jurisdictions/QQ`);
    expect(res?.status()).toBe(404);
    expect(await page.locator("main").textContent()).toContain('no jurisdiction "QQ"');
    for (const asked of ["-1", "0", "two"]) {
      await page.goto(`${server.url}/search?q=access&page=${asked}`);
      expect(await page.locator("main").textContent()).toContain(`page "${asked}": expected a page number from 1`);
    }
    await page.goto(`${server.url}/search?q=access&page=2`);
    expect(await page.locator("main").textContent()).not.toContain("expected a page number");
  });
});
