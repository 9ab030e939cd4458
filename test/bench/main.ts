// `npm run bench`: the figures behind "fast". Every speed is reported with a baseline measured in
// the same run (these machines are noisy) and the absolute numbers; the table is printed and written
// to bench-output/bench-<date>.json. `--quick` runs smaller load and scale stages.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { analyzeDraft } from "../../src/analyze/draft.js";
import { compare, gapReport, matrix } from "../../src/analyze/gaps.js";
import { openDatabase } from "../../src/store/db.js";
import { checkAll, ingestFiles, lawFiles } from "../../src/store/ingest.js";
import { defaultExemplarIndex } from "../../src/tag/exemplars.js";
import { startServer } from "../api/server.js";
import { CORPUS, ROOT, tempDir } from "../helpers.js";
import { jurisdictionCodes, writeSyntheticCorpus } from "./scale.js";

const quick = process.argv.includes("--quick");
const now = () => performance.now();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const timed = (run: () => void, times: number) =>
  Array.from({ length: times }, () => {
    const t = now();
    run();
    return now() - t;
  });

function ingestInto(db: string, paths: string[]) {
  const files = lawFiles(paths);
  const checked = checkAll(files);
  const store = openDatabase(db);
  const results = ingestFiles(store, files, { checked });
  store.$client.close();
  return results.reduce((n, r) => n + r.provisions, 0);
}

// 1. Ingest against reading and remark-parsing the same files. The two alternate, five rounds, so
// that the machine's drift over the run weighs on both alike; the ratio is of the medians.
function benchIngest() {
  const files = lawFiles([CORPUS]);
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
  const coldStart = now();
  defaultExemplarIndex();
  const indexMs = now() - coldStart;
  let provisions = 0;
  const baselines: number[] = [];
  const ingests: number[] = [];
  for (let k = 0; k < 5; k++) {
    baselines.push(...timed(() => files.forEach((f) => processor.parse(readFileSync(f, "utf8"))), 1));
    ingests.push(
      ...timed(() => {
        provisions = ingestInto(join(tempDir("bench-ingest-"), "laws.db"), [CORPUS]);
      }, 1),
    );
  }
  const baseline = median(baselines);
  const ingest = median(ingests);
  return {
    baselineMs: round(baseline),
    ingestMs: round(ingest),
    exemplarIndexMs: round(indexMs),
    ratio: round(ingest / baseline, 2),
    provisions,
    provisionsPerSecond: Math.round(provisions / (ingest / 1000)),
    goal: "ingest ≤ 2× baseline",
    met: ingest / baseline <= 2,
  };
}

// 2. The draft check of the largest corpus file, in-process (exemplar index already built).
function benchAnalyze() {
  const largest = lawFiles([CORPUS]).map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size)[0]!;
  const text = readFileSync(largest.f, "utf8");
  analyzeDraft(text);
  const ms = median(timed(() => analyzeDraft(text), 5));
  return {
    file: largest.f.replace(`${ROOT}/`, ""),
    kilobytes: Math.round(largest.size / 1024),
    medianMs: round(ms),
    goal: "< 300 ms",
    met: ms < 300,
    oneSection: benchOneSection(text),
  };
}

// 2b. A posted draft that is one huge section (the law's paragraphs under one heading), at half
// and at nearly all of the 2 MB body limit: the time must grow with the size, not its square.
function benchOneSection(law: string) {
  const paragraphs = law.split(/\n\s*\n/).filter((p) => !/^(#|---)/.test(p.trim()));
  const draftOf = (bytes: number) => {
    const out = ["### 1. Offences"];
    for (let k = 0, size = 0; size < bytes; k++) {
      const p = paragraphs[k % paragraphs.length]!;
      out.push(p);
      size += p.length + 2;
    }
    return out.join("\n\n");
  };
  const sized = (bytes: number) => {
    const text = draftOf(bytes);
    return { kilobytes: Math.round(Buffer.byteLength(text) / 1024), ms: round(median(timed(() => analyzeDraft(text), quick ? 1 : 3))) };
  };
  const half = sized(950_000);
  const full = sized(1_900_000);
  const growth = round(full.ms / half.ms, 2);
  return { half, full, growth, goal: "twice the size ≤ 3× the time", met: growth <= 3 };
}

/** A process busy this share of a core or more over a run had no time to spare. */
const BUSY = 0.9;

/**
 * CPU seconds a process has used (user + system), from /proc on Linux; null elsewhere. Linux
 * counts in clock ticks of 1/100 s (USER_HZ, which the kernel's ABI fixes at 100 on x86 and arm).
 */
function processCpuSeconds(pid: number): number | null {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(") ") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

// 3. The API under load, against GET /health measured in the same run. autocannon runs in this
// process, the server in a child: the CPU each used during a route's run says which one set its
// rate, and the server's requests per CPU second say what the server alone could serve.
async function benchApi(db: string) {
  const server = await startServer(db);
  const duration = quick ? 3 : 10;
  // The gap report twice: as autocannon asks by default, and gzipped, as browsers and most HTTP libraries ask.
  const routes: [string, Record<string, string>?][] = [
    ["/health"],
    ["/v1/jurisdictions/KE/gaps"],
    ["/v1/jurisdictions/KE/gaps", { "accept-encoding": "gzip" }],
    ["/v1/matrix"],
    ["/v1/compare?a=KE&b=TZ"],
    ["/v1/search?q=interception"],
  ];
  const runs = [];
  try {
    for (const [route, headers] of routes) {
      const serverBefore = processCpuSeconds(server.pid);
      const clientBefore = process.cpuUsage();
      const r = await autocannon({ url: server.url + route, connections: 10, duration, headers });
      const client = process.cpuUsage(clientBefore);
      const serverAfter = processCpuSeconds(server.pid);
      const serverCpu = serverBefore === null || serverAfter === null ? null : serverAfter - serverBefore;
      runs.push({
        path: headers ? `${route} (gzip)` : route,
        requestsPerSecond: round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        requests: r.requests.total,
        // Shares of one core over the run: the load generator's, and the server's.
        clientCpuShare: round((client.user + client.system) / 1e6 / r.duration, 2),
        serverCpuShare: serverCpu === null ? null : round(serverCpu / r.duration, 2),
        requestsPerServerCpuSecond: serverCpu ? Math.round(r.requests.total / serverCpu) : null,
      });
    }
  } finally {
    await server.stop();
  }
  const [health] = runs as [(typeof runs)[number]];
  const rows = runs.map((r) => ({
    ...r,
    ratioToHealth: round(r.requestsPerSecond / health.requestsPerSecond, 3),
    capacityRatioToHealth: r.requestsPerServerCpuSecond && health.requestsPerServerCpuSecond ? round(r.requestsPerServerCpuSecond / health.requestsPerServerCpuSecond, 3) : null,
    // The process that kept a core busy set the rate (both can, on a machine of two cores).
    boundBy: r.serverCpuShare === null ? null : r.clientCpuShare >= BUSY && r.clientCpuShare > r.serverCpuShare ? "load generator" : r.serverCpuShare >= BUSY ? "server" : "neither",
  }));
  const gaps = rows[1]!;
  return { durationSeconds: duration, connections: 10, routes: rows, goal: "gap report ≥ 50 % of /health requests/s, zero errors", met: gaps.ratioToHealth >= 0.5 && rows.every((r) => r.errors === 0) };
}

// 4. Scale: 20, 50, 100, 200 jurisdictions × 5 synthetic instruments.
function benchScale() {
  const stages = quick ? [5, 10] : [20, 50, 100, 200];
  const dir = tempDir("bench-scale-");
  const folders = writeSyntheticCorpus(join(dir, "corpus"), stages.at(-1)!);
  const db = join(dir, "scale.db");
  const rows = [];
  let done = 0;
  for (const stage of stages) {
    const t = now();
    ingestInto(db, folders.slice(done, stage));
    const ingestMs = now() - t;
    done = stage;
    const store = openDatabase(db, { readonly: true });
    const [a, b] = jurisdictionCodes(2) as [string, string];
    const matrixMs = timed(() => matrix(store, "budapest"), 30);
    const gapMs = timed(() => gapReport(store, a, "budapest"), 50);
    const compareMs = timed(() => compare(store, a, b, "budapest"), 50);
    store.$client.close();
    rows.push({
      jurisdictions: stage,
      instruments: stage * 5,
      ingestSecondsThisStage: round(ingestMs / 1000, 2),
      databaseMB: round(statSync(db).size / 1048576, 1),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      matrixP50Ms: round(median(matrixMs)),
      matrixP99Ms: round(percentile(matrixMs, 99)),
      gapP50Ms: round(median(gapMs)),
      gapP99Ms: round(percentile(gapMs, 99)),
      compareP50Ms: round(median(compareMs)),
      compareP99Ms: round(percentile(compareMs, 99)),
    });
    console.error(`scale: ${stage} jurisdictions done`);
  }
  const last = rows.at(-1)!;
  return { rows, goal: "at 200: matrix p99 < 50 ms, peak RSS < 500 MB, ingest linear in size", met: last.matrixP99Ms < 50 && last.peakRssMB < 500 };
}

// 4 runs in a process of its own, so that the peak RSS it reports is the scale stage's and not that
// of the 2 MB drafts of 2b, which the same process would otherwise count.
function benchScaleApart(): ReturnType<typeof benchScale> {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), "--scale-stage", ...(quick ? ["--quick"] : [])];
  const child = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`the scale stage exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout) as ReturnType<typeof benchScale>;
}

async function main() {
  const corpusDb = join(tempDir("bench-db-"), "laws.db");
  ingestInto(corpusDb, [CORPUS]);
  const machine = { cpus: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`, memoryGB: Math.round(totalmem() / 1073741824), node: process.version };
  const ingest = benchIngest();
  const analyze = benchAnalyze();
  const api = await benchApi(corpusDb);
  const scale = benchScaleApart();
  const result = { date: new Date().toISOString(), quick, machine, ingest, analyze, api, scale };

  console.log(`machine: ${machine.cpus}, ${machine.memoryGB} GB, Node ${machine.node}${quick ? " (quick run)" : ""}\n`);
  console.log(`1. ingest: ${ingest.ingestMs} ms vs ${ingest.baselineMs} ms to read + remark-parse = ${ingest.ratio}× (goal ≤ 2×: ${ingest.met ? "met" : "missed"}); ${ingest.provisionsPerSecond} provisions/s; exemplar index build ${ingest.exemplarIndexMs} ms once per process`);
  console.log(`2. analyze ${analyze.file} (${analyze.kilobytes} KB): median ${analyze.medianMs} ms (goal < 300 ms: ${analyze.met ? "met" : "missed"})`);
  const { half, full, growth, met: linear } = analyze.oneSection;
  console.log(`   one section of ${half.kilobytes} KB: ${half.ms} ms; of ${full.kilobytes} KB: ${full.ms} ms = ${growth}× (goal ≤ 3×: ${linear ? "met" : "missed"})`);
  console.log(`3. API, ${api.connections} connections × ${api.durationSeconds} s per route (goal: gaps ≥ 50 % of /health, no errors: ${api.met ? "met" : "missed"})`);
  for (const r of api.routes) {
    const cpu = `load generator ${Math.round(r.clientCpuShare * 100)}% of a core, server ${r.serverCpuShare === null ? "n/a" : `${Math.round(r.serverCpuShare * 100)}%`}`;
    const capacity = r.requestsPerServerCpuSecond === null ? "" : `; ${r.requestsPerServerCpuSecond} req per server CPU second (×${r.capacityRatioToHealth}); bound by: ${r.boundBy}`;
    console.log(`   ${String(r.path).padEnd(28)} ${String(r.requestsPerSecond).padStart(8)} req/s  ×${r.ratioToHealth}  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  errors ${r.errors}  (${cpu}${capacity})`);
  }
  console.log(`4. scale (goal at 200: matrix p99 < 50 ms, RSS < 500 MB: ${scale.met ? "met" : "missed"})`);
  console.log("   jurisdictions  ingest s  DB MB  RSS MB  matrix p50/p99  gap p50/p99  compare p50/p99");
  for (const r of scale.rows) {
    console.log(
      `   ${String(r.jurisdictions).padStart(13)}  ${String(r.ingestSecondsThisStage).padStart(8)}  ${String(r.databaseMB).padStart(5)}  ${String(r.peakRssMB).padStart(6)}  ${`${r.matrixP50Ms}/${r.matrixP99Ms}`.padStart(14)}  ${`${r.gapP50Ms}/${r.gapP99Ms}`.padStart(11)}  ${`${r.compareP50Ms}/${r.compareP99Ms}`.padStart(15)}`,
    );
  }
  const out = join(ROOT, "bench-output");
  mkdirSync(out, { recursive: true });
  const file = join(out, `bench-${result.date.slice(0, 19).replace(/[:T]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`\nwritten to ${file.replace(`${ROOT}/`, "")}`);
}

if (process.argv.includes("--scale-stage")) process.stdout.write(JSON.stringify(benchScale()));
else await main();
