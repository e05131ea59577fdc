/**
 * Editor benchmark: how the journey editor scales from 30 to 300 steps, in Chromium against the
 * production build. For each size it measures the time from navigation until every node is
 * rendered, and the frame intervals while a node is dragged with the mouse. Sizes are measured
 * side by side in interleaved rounds of one run, so the ratios compare like with like. No
 * thresholds: it reports figures and ratios for people to read.
 */
import { chromium, type Browser } from "@playwright/test";
import { buildBenchGraph } from "./editor/build-bench-graph";
import { measureEditor, type TEditorSample } from "./editor/measure-editor";
import { startBenchServer } from "./editor/start-bench-server";

const SIZES = [30, 100, 300] as const;
const ROUNDS = 3;
const LONG_FRAME_MS = 25;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

type TSummary = { size: number; loadMs: number; frameMean: number; frameP95: number; frameMax: number; longFrames: number; moveMs: number };

function summarise(size: number, samples: TEditorSample[]): TSummary {
  return {
    size,
    loadMs: median(samples.map((s) => s.loadMs)),
    frameMean: median(samples.map((s) => mean(s.frameMs))),
    frameP95: median(samples.map((s) => percentile(s.frameMs, 95))),
    frameMax: median(samples.map((s) => Math.max(...s.frameMs))),
    longFrames: median(samples.map((s) => s.frameMs.filter((f) => f > LONG_FRAME_MS).length)),
    moveMs: median(samples.map((s) => mean(s.moveMs))),
  };
}

function printTable(rows: TSummary[]): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const header = ["steps", "load → all rendered", "drag frame mean", "frame p95", "frame max", `frames > ${LONG_FRAME_MS} ms`, "per mouse move"];
  const lines = rows.map((r) => [String(r.size), ms(r.loadMs), ms(r.frameMean), ms(r.frameP95), ms(r.frameMax), String(r.longFrames), ms(r.moveMs)]);
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.001)).toFixed(2)}×`;
  lines.push([`${last.size} / ${first.size}`, ratio(last.loadMs, first.loadMs), ratio(last.frameMean, first.frameMean), ratio(last.frameP95, first.frameP95), ratio(last.frameMax, first.frameMax), "", ratio(last.moveMs, first.moveMs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(row(header));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  lines.forEach((l, i) => {
    if (i === lines.length - 1) console.log(widths.map((w) => "─".repeat(w)).join("  "));
    console.log(row(l));
  });
}

/** Runs the editor benchmark and prints its table. */
export async function runEditorBench(): Promise<void> {
  console.log("Editor benchmark: production build, headless Chromium 1440×900, median of %d interleaved rounds", ROUNDS);
  const server = await startBenchServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1440, height: 900 } });
    // tsx compiles with esbuild's keepNames, which wraps named functions in a `__name` helper that
    // does not exist in the page; functions sent to page.evaluate would throw without this no-op.
    await context.addInitScript({ content: "window.__name = (fn) => fn;" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("marketer@waymark.test");
    await page.getByLabel("Password").fill("waymark-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Journeys", exact: true }).waitFor();

    const urls = new Map<number, string>();
    for (const size of SIZES) {
      const response = await page.request.post("/api/v1/journeys", { data: { name: `Bench ${size} steps`, graph: buildBenchGraph(size) } });
      if (response.status() !== 201) throw new Error(`creating the ${size}-step journey failed: ${response.status()} ${await response.text()}`);
      urls.set(size, `/journeys/${((await response.json()) as { id: string }).id}`);
    }
    await page.close();
    const newPage = () => context.newPage();
    // One unmeasured pass warms the server's and the browser's caches for every size alike.
    for (const size of SIZES) await measureEditor(newPage, urls.get(size)!, size);

    const samples = new Map<number, TEditorSample[]>(SIZES.map((s) => [s, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order so no size always runs first (or last) in a round.
      const order = SIZES.map((_, i) => SIZES[(i + round) % SIZES.length]!);
      for (const size of order) {
        samples.get(size)!.push(await measureEditor(newPage, urls.get(size)!, size));
        process.stdout.write(".");
      }
    }
    process.stdout.write("\n\n");
    printTable(SIZES.map((size) => summarise(size, samples.get(size)!)));
    console.log("\nload: navigation → every card rendered and measured. drag: requestAnimationFrame intervals while one card is dragged by %d px with the mouse (16.7 ms = 60 fps).", 60 * 4);
  } finally {
    await browser?.close();
    await server.stop();
  }
}
