import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const NODE_TYPES = ["trigger", "wait", "waitForEvent", "branch", "split", "message", "suppress", "updateProfile", "exit"] as const;

type TGraph = { nodes: { id: string; type: string; position: { x: number; y: number }; data: unknown }[]; edges: { id: string; source: string; sourceHandle: string; target: string }[] };

const trigger = (id = "start", y = 0) => ({ id, type: "trigger", position: { x: 0, y }, data: { source: { kind: "event", event: "Signed Up" }, reentry: "never" } });
const wait = (id: string, y: number) => ({ id, type: "wait", position: { x: 0, y }, data: { mode: "duration", duration: { amount: 1, unit: "days" } } });
const exit = (id: string, y: number) => ({ id, type: "exit", position: { x: 0, y }, data: { reason: "Done" } });
const edge = (source: string, target: string, sourceHandle = "next") => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target });

/** Creates a journey through the API (as the signed-in user) and opens it in the editor. */
async function openNewJourney(page: Page, name: string, graph?: TGraph): Promise<string> {
  const response = await page.request.post("/api/v1/journeys", { data: graph ? { name, graph } : { name } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/journeys/${id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  return id;
}

const canvas = (page: Page) => page.getByTestId("journey-canvas");
const nodes = (page: Page, type?: string) => page.locator(type ? `.react-flow__node-${type}` : ".react-flow__node");
const saved = (page: Page) => page.getByRole("status").filter({ hasText: /^\s*Saved$/ });

async function dragFromPalette(page: Page, type: string, to: { x: number; y: number }) {
  await page.getByTestId(`palette-${type}`).dragTo(canvas(page), { targetPosition: to });
}

/** A point in the middle of an edge's drawn path, in page coordinates. */
async function edgeMidpoint(edgeElement: Locator): Promise<{ x: number; y: number }> {
  return edgeElement.locator("path.react-flow__edge-path").evaluate((path: SVGPathElement) => {
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
}

/** Drags a palette step and drops it onto the middle of an edge. */
async function dropOnEdge(page: Page, type: string, edgeElement: Locator) {
  const point = await edgeMidpoint(edgeElement);
  const box = (await canvas(page).boundingBox())!;
  await dragFromPalette(page, type, { x: point.x - box.x, y: point.y - box.y });
}

/** Drags from a node's labelled output to another node's input with the real mouse. */
async function connect(page: Page, from: Locator, handleLabel: string, to: Locator) {
  const source = await from.getByLabel(`${handleLabel} output`).boundingBox();
  const target = await to.locator(".react-flow__handle.target").boundingBox();
  if (!source || !target) throw new Error("handle not on screen");
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

const edgeFrom = (page: Page, source: string) => page.locator(`.react-flow__edge[aria-label^="Edge from ${source} to"]`);

test.beforeEach(async ({ page }) => {
  await signIn(page, "marketer");
});

test("every step type drags from the palette onto the canvas, and undo / redo walk the additions back and forth", async ({ page }) => {
  await openNewJourney(page, "Every step type");
  await expect(nodes(page)).toHaveCount(1);
  const box = (await canvas(page).boundingBox())!;
  for (const [i, type] of NODE_TYPES.entries()) {
    const to = { x: box.width * (0.2 + 0.3 * (i % 3)), y: box.height * (0.15 + 0.3 * Math.floor(i / 3)) };
    await dragFromPalette(page, type, to);
    await expect(nodes(page, type)).toHaveCount(type === "trigger" ? 2 : 1);
  }
  await expect(nodes(page)).toHaveCount(10);
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.screenshot({ path: screenshotPath("builder-every-type") });

  for (let i = 0; i < 9; i++) await page.keyboard.press("Control+z");
  await expect(nodes(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  for (let i = 0; i < 5; i++) await page.keyboard.press("Control+Shift+z");
  await expect(nodes(page)).toHaveCount(6);
  for (let i = 0; i < 4; i++) await page.keyboard.press("Control+y");
  await expect(nodes(page)).toHaveCount(10);
  await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();
  // Undo and redo are edits like any other: the draft saves itself.
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(nodes(page)).toHaveCount(10);
});

test("a branching journey: connect, configure the branch, fix what validation reports, publish, then see and undo a draft change", async ({ page }) => {
  await openNewJourney(page, "Plan-based welcome", { nodes: [trigger()], edges: [] });
  const box = (await canvas(page).boundingBox())!;
  const triggerCard = nodes(page, "trigger");
  const triggerBox = (await triggerCard.boundingBox())!;
  await dragFromPalette(page, "branch", { x: triggerBox.x - box.x + triggerBox.width / 2, y: triggerBox.y - box.y + 190 });
  const branch = nodes(page, "branch");
  await connect(page, triggerCard, "Next", branch);
  await expect(edgeFrom(page, "start")).toHaveCount(1);

  // Configure the branch in the inspector: path label and a trait condition.
  await branch.click();
  const inspector = page.getByRole("complementary", { name: "Inspector" });
  await inspector.getByLabel("Path 1 label").fill("Pro plan");
  const condition = inspector.getByRole("group", { name: "Path 1 condition" });
  await condition.getByRole("button", { name: "Add condition" }).click();
  await condition.getByLabel("Condition 1 trait").fill("plan");
  await condition.getByRole("textbox", { name: "Condition 1 value" }).fill("pro");
  await expect(condition.getByLabel("Path 1 condition in words")).toContainText("plan");
  await expect(branch).toContainText("Pro plan");

  // Both outputs are open: errors, with their fixes, block publishing.
  await expect(branch.getByLabel(/^\d+ errors?$/)).toBeVisible();
  const publish = page.getByRole("button", { name: "Publish", exact: true });
  await expect(publish).toHaveAttribute("aria-disabled", "true");
  await expect(publish).toHaveAttribute("title", /Fix \d+ errors? before publishing/);
  await page.getByRole("button", { name: /^Issues/ }).click();
  const issues = page.getByRole("region", { name: "Issues" });
  const openOutput = issues.getByRole("button", { name: /The "Pro plan" output of this branch is not connected/ });
  await expect(openOutput).toContainText("Fix: Connect it to the next step, or to an exit.");
  await page.keyboard.press("Escape");
  await expect(branch).not.toHaveClass(/selected/);
  await openOutput.click();
  await expect(branch).toHaveClass(/selected/);
  await page.screenshot({ path: screenshotPath("builder-issues") });

  // Fix: an exit after each output (click-to-add appends on the first free output).
  await page.getByTestId("palette-exit").click();
  await branch.click();
  await page.getByTestId("palette-exit").click();
  await expect(nodes(page, "exit")).toHaveCount(2);
  await expect(page.getByTestId("issue-counts")).toHaveText("No issues");
  await expect(publish).toHaveAttribute("aria-disabled", "false");
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  await page.screenshot({ path: screenshotPath("builder-valid") });

  // Publish: the dialog saves first and summarises what goes live.
  await publish.click();
  const dialog = page.getByRole("dialog", { name: "Publish version 1" });
  await expect(dialog.getByTestId("publish-diff-summary")).toHaveText("This is the first version: every step goes live.");
  await page.screenshot({ path: screenshotPath("builder-publish-dialog") });
  await dialog.getByRole("button", { name: "Publish v1" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("live-version")).toHaveText("v1 live");
  await expect(page.locator("header").getByText("live", { exact: true })).toBeVisible();

  // Edit the draft: a wait dropped onto trigger → branch splits that connection.
  await dropOnEdge(page, "wait", edgeFrom(page, "start"));
  await expect(nodes(page, "wait")).toHaveCount(1);
  const waitId = await nodes(page, "wait").getAttribute("data-id");
  await expect(page.locator(`.react-flow__edge[aria-label="Edge from start to ${waitId}"]`)).toHaveCount(1);
  await expect(page.locator(`.react-flow__edge[aria-label^="Edge from ${waitId} to"]`)).toHaveCount(1);

  // Version history: v1 listed, the wait marked as added on the canvas, the trigger as rewired.
  await page.getByRole("button", { name: "Version history" }).click();
  const history = page.getByRole("complementary", { name: "Version history" });
  await expect(history.getByRole("heading", { name: "Draft vs. live v1" })).toBeVisible();
  await expect(history.getByRole("region", { name: "Added steps" })).toContainText("Wait 1 day");
  await expect(history.getByRole("region", { name: "Changed steps" })).toContainText("Signed Up");
  await expect(history.getByRole("region", { name: "Published versions" })).toContainText("v1");
  await expect(nodes(page, "wait").getByTestId("node-wait")).toHaveAttribute("data-highlight", "added");
  await expect(triggerCard.getByTestId("node-trigger")).toHaveAttribute("data-highlight", "changed");
  await history.getByRole("button", { name: /^Added: Wait/ }).click();
  await expect(nodes(page, "wait")).toHaveClass(/selected/);
  await page.screenshot({ path: screenshotPath("builder-history-diff") });
  await history.getByRole("button", { name: "Close version history" }).click();
  await expect(nodes(page, "wait").getByTestId("node-wait")).not.toHaveAttribute("data-highlight");

  // Undo puts the direct connection back; redo brings the wait again.
  await page.keyboard.press("Control+z");
  await expect(nodes(page, "wait")).toHaveCount(0);
  await expect(edgeFrom(page, "start")).toHaveCount(1);
  await page.keyboard.press("Control+y");
  await expect(nodes(page, "wait")).toHaveCount(1);
});

test("keyboard: copy, paste, duplicate, select-all, box-select and delete; shortcuts stay out of text fields; ? lists them", async ({ page }) => {
  await openNewJourney(page, "Keyboard work", { nodes: [trigger(), wait("pause", 160), exit("end", 320)], edges: [edge("start", "pause"), edge("pause", "end")] });
  await nodes(page, "wait").click();
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(nodes(page, "wait")).toHaveCount(2);
  await page.keyboard.press("Control+d");
  await expect(nodes(page, "wait")).toHaveCount(3);

  // Two steps with their connection: the copy brings a connection of its own.
  await page.keyboard.press("Escape");
  // The copies sit offset down and to the right of the original: take it by its uncovered corner.
  await page.locator('.react-flow__node[data-id="pause"]').click({ position: { x: 8, y: 8 } });
  await nodes(page, "exit").click({ modifiers: ["Control"] });
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("2 steps selected");
  const edgesBefore = await page.locator(".react-flow__edge").count();
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(nodes(page)).toHaveCount(7);
  await expect(page.locator(".react-flow__edge")).toHaveCount(edgesBefore + 1);

  // Keys typed into a field are text, not commands.
  await page.getByRole("button", { name: "Keyboard work", exact: true }).click();
  const nameField = page.getByLabel("Journey name");
  await nameField.press("End");
  await nameField.press("Backspace");
  await nameField.press("?");
  await nameField.press("Control+a");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await nameField.press("Escape");
  await expect(nodes(page)).toHaveCount(7);

  // Select everything with a box drawn on the empty canvas, then delete it in one step.
  await page.getByRole("button", { name: "Zoom to fit" }).click();
  const box = (await canvas(page).boundingBox())!;
  await page.mouse.move(box.x + 8, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 8, box.y + box.height - 200, { steps: 15 });
  await page.mouse.up();
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText(/\d+ steps selected/);
  await page.keyboard.press("Control+a");
  await expect(page.getByRole("complementary", { name: "Inspector" })).toContainText("7 steps selected");
  await page.keyboard.press("Delete");
  await expect(nodes(page)).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(nodes(page)).toHaveCount(7);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const keys of ["Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+C", "Ctrl+V", "Ctrl+D", "Delete", "Ctrl+S", "Shift+L"]) await expect(help.getByText(keys, { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath("builder-shortcuts") });
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test("two tabs: a stale save is refused with a choice, never overwritten silently", async ({ page }) => {
  const id = await openNewJourney(page, "Two tabs", { nodes: [trigger()], edges: [] });
  const other = await page.context().newPage();
  await other.goto(`/journeys/${id}`);
  await expect(nodes(other)).toHaveCount(1);

  // Tab A adds a wait after the trigger and autosaves.
  await nodes(page, "trigger").click();
  await page.getByTestId("palette-wait").click();
  await expect(saved(page)).toBeVisible();

  // Tab B, still on the old revision, adds an exit: its save is refused.
  await other.getByTestId("palette-exit").click();
  const banner = other.getByRole("alert").filter({ hasText: "This journey was changed in another tab or by someone else" });
  await expect(banner).toBeVisible();
  await other.screenshot({ path: screenshotPath("builder-conflict") });
  await banner.getByRole("button", { name: "Reload their version" }).click();
  await expect(banner).toBeHidden();
  await expect(nodes(other, "wait")).toHaveCount(1);
  await expect(nodes(other, "exit")).toHaveCount(0);

  // Now B saves first, and A chooses to overwrite with its own version.
  await other.getByTestId("palette-split").click();
  await expect(saved(other)).toBeVisible();
  await page.getByTestId("palette-message").click();
  const mine = page.getByRole("alert").filter({ hasText: "This journey was changed in another tab" });
  await expect(mine).toBeVisible();
  await mine.getByRole("button", { name: "Overwrite with mine" }).click();
  await expect(saved(page)).toBeVisible();
  const stored = (await (await page.request.get(`/api/v1/journeys/${id}`)).json()) as { graph: TGraph };
  expect(stored.graph.nodes.map((n) => n.type).sort()).toEqual(["message", "trigger", "wait"]);
  await other.close();
});

test("export downloads the journey as JSON; import checks it first and replaces the canvas as one undo step", async ({ page }) => {
  await openNewJourney(page, "Round trip", { nodes: [trigger(), wait("pause", 160), exit("end", 320)], edges: [edge("start", "pause"), edge("pause", "end")] });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
  expect(download.suggestedFilename()).toBe("round-trip.journey.json");
  const exported = JSON.parse(readFileSync(await download.path(), "utf8")) as { name: string; graph: TGraph; settings: unknown };
  expect(exported.name).toBe("Round trip");
  expect(exported.graph.nodes.map((n) => n.id)).toEqual(["start", "pause", "end"]);
  expect(exported.settings).toMatchObject({ frequencyCapExempt: false });

  // A broken file: the path of the problem, and nothing replaced.
  const broken = structuredClone(exported);
  broken.graph.nodes[1]!.type = "teleport";
  await page.getByRole("button", { name: "Import JSON" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a journey" });
  await dialog.getByLabel("Or paste JSON").fill(JSON.stringify(broken));
  await dialog.getByRole("button", { name: "Import" }).click();
  await expect(dialog.getByRole("alert")).toContainText("nodes.1.type: ");
  await page.screenshot({ path: screenshotPath("builder-import-error") });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(nodes(page)).toHaveCount(3);

  // A good file with one more step replaces the canvas; one undo restores it.
  const bigger = structuredClone(exported);
  bigger.graph.nodes.splice(2, 0, wait("second", 240) as TGraph["nodes"][number]);
  bigger.graph.edges = [edge("start", "pause"), edge("pause", "second"), edge("second", "end")];
  await page.getByRole("button", { name: "Import JSON" }).click();
  await dialog.getByLabel("Journey file").setInputFiles({ name: "bigger.journey.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bigger)) });
  await expect(dialog).toBeHidden();
  await expect(nodes(page, "wait")).toHaveCount(2);
  await page.keyboard.press("Control+z");
  await expect(nodes(page, "wait")).toHaveCount(1);
  await expect(nodes(page)).toHaveCount(3);
});

test("a journey from the cascade template validates clean, renames inline, publishes, pauses and resumes", async ({ page }) => {
  const created = await page.request.post("/api/v1/journeys", { data: { template: "cascade" } });
  expect(created.status()).toBe(201);
  const { id, name } = (await created.json()) as { id: string; name: string };
  await page.goto(`/journeys/${id}`);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("issue-counts")).toHaveText("No issues");
  await expect(page.getByRole("img", { name: /errors?$/ })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("builder-cascade") });

  await page.getByRole("button", { name, exact: true }).click();
  await page.getByLabel("Journey name").fill("Cascade for VIPs");
  await page.getByLabel("Journey name").press("Enter");
  await expect(page.getByRole("heading", { name: "Cascade for VIPs" })).toBeVisible();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("dialog", { name: "Publish version 1" }).getByRole("button", { name: "Publish v1" }).click();
  await expect(page.getByTestId("live-version")).toHaveText("v1 live");
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByTestId("live-version")).toHaveText("v1 paused");
  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByTestId("live-version")).toHaveText("v1 live");

  await page.reload();
  await expect(page.getByRole("heading", { name: "Cascade for VIPs" })).toBeVisible();
  await expect(page.getByTestId("live-version")).toHaveText("v1 live");
});
