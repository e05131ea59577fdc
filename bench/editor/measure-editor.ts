import type { Page } from "@playwright/test";

export type TEditorSample = {
  /** Navigation start → every node rendered and measured by React Flow. */
  loadMs: number;
  /** requestAnimationFrame intervals while a node was dragged. */
  frameMs: number[];
  /** Time each synthetic mouse move took to be dispatched and handled. */
  moveMs: number[];
};

declare global {
  interface Window {
    __benchFrames?: number[];
    __benchRecording?: boolean;
  }
}

const DRAG_MOVES = 60;
const DRAG_STEP_PX = 4;

/** Opens the journey and waits until React Flow has rendered and measured all `size` nodes. */
async function measureLoad(page: Page, url: string, size: number): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  // The page's own clock starts at navigation, so the value returned is "time to all nodes".
  const handle = await page.waitForFunction(
    (expected) => {
      const rendered = document.querySelectorAll<HTMLElement>(".react-flow__node");
      if (rendered.length < expected) return false;
      for (const node of rendered) if (node.style.visibility === "hidden") return false;
      return performance.now();
    },
    size,
    { polling: "raf", timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** The centre of the rendered node closest to the canvas centre, and its id. */
async function pickNodeNearCentre(page: Page): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="journey-canvas"]')!.getBoundingClientRect();
    const cx = canvas.left + canvas.width / 2;
    const cy = canvas.top + canvas.height / 2;
    let best = { id: "", x: 0, y: 0, d: Infinity };
    for (const node of document.querySelectorAll<HTMLElement>(".react-flow__node")) {
      const r = node.getBoundingClientRect();
      const x = r.left + r.width / 2;
      // Grab the card near its top, away from the output handles along its bottom edge.
      const y = r.top + Math.min(12, r.height / 4);
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      if (d < best.d) best = { id: node.dataset.id ?? "", x, y, d };
    }
    return { id: best.id, x: best.x, y: best.y };
  });
}

/** Drags a node across the canvas with the real mouse, recording frame intervals meanwhile. */
async function measureDrag(page: Page): Promise<{ frameMs: number[]; moveMs: number[] }> {
  const target = await pickNodeNearCentre(page);
  const transformOf = () => page.evaluate((id) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`)?.style.transform ?? "", target.id);
  const before = await transformOf();
  await page.evaluate(() => {
    window.__benchFrames = [];
    window.__benchRecording = true;
    let last = performance.now();
    const tick = (now: number) => {
      window.__benchFrames!.push(now - last);
      last = now;
      if (window.__benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  const moveMs: number[] = [];
  for (let i = 1; i <= DRAG_MOVES; i++) {
    const started = performance.now();
    await page.mouse.move(target.x + i * DRAG_STEP_PX, target.y + i * (DRAG_STEP_PX / 2));
    moveMs.push(performance.now() - started);
  }
  await page.mouse.up();
  const frameMs = await page.evaluate(() => {
    window.__benchRecording = false;
    // The first interval spans the set-up before the drag began.
    return (window.__benchFrames ?? []).slice(1);
  });
  if ((await transformOf()) === before) throw new Error(`the drag did not move node ${target.id}; the measurement would be meaningless`);
  return { frameMs, moveMs };
}

/** One load + drag measurement of the editor on a fresh page (nothing cached in the page itself). */
export async function measureEditor(newPage: () => Promise<Page>, url: string, size: number): Promise<TEditorSample> {
  const page = await newPage();
  try {
    const loadMs = await measureLoad(page, url, size);
    const drag = await measureDrag(page);
    return { loadMs, ...drag };
  } finally {
    await page.close();
  }
}
