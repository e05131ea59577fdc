import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canRedo, canUndo, COALESCE_MS, commit, createHistory, redo, undo } from "./history";

describe("undo history", () => {
  it("walks back and forth: undo after redo after undo lands where expected", () => {
    let h = createHistory("a");
    h = commit(h, "b");
    h = commit(h, "c");
    h = undo(h);
    expect(h.present).toBe("b");
    h = redo(h);
    expect(h.present).toBe("c");
    h = undo(h);
    h = undo(h);
    expect(h.present).toBe("a");
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe("b");
    expect(canRedo(h)).toBe(true);
  });

  it("forgets redo once something new is done", () => {
    let h = commit(commit(createHistory(1), 2), 3);
    h = undo(h);
    h = commit(h, 4);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(2);
  });

  it("keeps at most `limit` steps, dropping the oldest", () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = commit(h, i, { limit: 3 });
    expect(h.past).toEqual([7, 8, 9]);
    h = undo(undo(undo(h)));
    expect(h.present).toBe(7);
    expect(canUndo(h)).toBe(false);
  });

  it("merges quick edits of one field into one step, but not slow ones or other fields", () => {
    let h = createHistory("");
    h = commit(h, "H", { coalesceKey: "name", now: 0 });
    h = commit(h, "Hi", { coalesceKey: "name", now: 200 });
    h = commit(h, "Hi!", { coalesceKey: "name", now: 400 });
    expect(h.past).toEqual([""]);
    h = commit(h, "Hi! again", { coalesceKey: "name", now: 400 + COALESCE_MS + 1 });
    expect(h.past).toEqual(["", "Hi!"]);
    h = commit(h, "other", { coalesceKey: "other", now: 400 + COALESCE_MS + 2 });
    expect(h.past).toHaveLength(3);
  });

  it("treats committing the present as nothing happening", () => {
    const h = commit(createHistory("a"), "b");
    expect(commit(h, "b")).toBe(h);
  });

  it("returns to the start after undoing every commit, for any sequence of commits, undos and redos", () => {
    const op = fc.oneof(fc.record({ kind: fc.constant("commit" as const), value: fc.integer() }), fc.constant({ kind: "undo" as const }), fc.constant({ kind: "redo" as const }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let h = createHistory<number | string>("start");
        for (const o of ops) h = o.kind === "commit" ? commit(h, o.value) : o.kind === "undo" ? undo(h) : redo(h);
        while (canUndo(h)) h = undo(h);
        expect(h.present).toBe("start");
      }),
    );
  });
});
