import { describe, expect, it } from "vitest";
import { SHORTCUTS, shortcutFor, withShortcut } from "./shortcuts";

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean; code?: string } = {}) =>
  shortcutFor({ key, code: mods.code ?? "", ctrlKey: Boolean(mods.ctrl), metaKey: Boolean(mods.meta), shiftKey: Boolean(mods.shift), altKey: Boolean(mods.alt) });

describe("editor shortcuts", () => {
  it("tells undo from both redos, with Ctrl or Cmd", () => {
    expect(press("z", { ctrl: true })).toBe("undo");
    expect(press("z", { meta: true })).toBe("undo");
    expect(press("Z", { ctrl: true, shift: true })).toBe("redo");
    expect(press("y", { ctrl: true })).toBe("redoAlt");
  });

  it("needs the modifier for clipboard keys, and none for plain keys", () => {
    expect(press("c")).toBeUndefined();
    expect(press("c", { ctrl: true })).toBe("copy");
    expect(press("Delete")).toBe("delete");
    expect(press("Delete", { ctrl: true })).toBeUndefined();
    expect(press("?", { shift: true })).toBe("help");
  });

  it("finds Shift+1 by the physical key, whatever character the layout gives", () => {
    expect(press("!", { shift: true, code: "Digit1" })).toBe("fit");
    expect(press("+", { shift: true, code: "Digit1" })).toBe("fit");
    expect(press("1", { code: "Digit1" })).toBeUndefined();
  });

  it("opens the path preview with Shift+P, and plain P does nothing", () => {
    expect(press("P", { shift: true })).toBe("preview");
    expect(press("p")).toBeUndefined();
    expect(withShortcut("Preview", "preview")).toBe("Preview (Shift+P)");
  });

  it("ignores Alt combinations, which belong to the browser and the OS", () => {
    expect(press("z", { ctrl: true, alt: true })).toBeUndefined();
  });

  it("names every shortcut once and shows it in titles", () => {
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
    expect(withShortcut("Undo", "undo")).toBe("Undo (Ctrl+Z)");
  });
});
