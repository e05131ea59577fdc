"use client";

import { POINTER_GESTURES, SHORTCUTS } from "../shortcuts";
import { Modal } from "./modal";

function Keys({ keys }: { keys: string }) {
  return <kbd className="whitespace-nowrap rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-700 shadow-[inset_0_-1px_0_rgb(203_213_225)]">{keys}</kbd>;
}

/** Every shortcut and gesture of the editor (opened with `?`). */
export function ShortcutHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" description="Shortcuts work on the canvas, not while you type in a field. Ctrl is Cmd on a Mac." wide>
      <div className="grid gap-6 sm:grid-cols-2">
        <section>
          <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Keys</h3>
          <table className="w-full text-sm">
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.id} className="align-top">
                  <td className="py-1 pr-3">
                    <Keys keys={s.keys} />
                  </td>
                  <td className="py-1 text-slate-700">{s.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Mouse</h3>
          <dl className="space-y-2 text-sm">
            {POINTER_GESTURES.map((g) => (
              <div key={g.keys}>
                <dt className="font-medium text-slate-800">{g.keys}</dt>
                <dd className="text-slate-600">{g.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Modal>
  );
}
