/**
 * Finding the connection under the pointer while a palette step is dragged over the canvas.
 * React Flow draws an invisible, wide "interaction" path along every edge, so hit-testing the
 * point with the browser's own geometry is both exact and cheap, however many edges there are.
 */
const DROP_TARGET_CLASS = "waymark-drop-target";

/** The id of the edge under the client point, if any. */
export function edgeAtPoint(clientX: number, clientY: number): string | undefined {
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    // A card above the edge wins: dropping onto a step is not inserting between steps.
    if (element.closest(".react-flow__node")) return undefined;
    const edge = element.closest(".react-flow__edge");
    const id = edge?.getAttribute("data-id");
    if (id) return id;
  }
  return undefined;
}

let highlighted: Element | null = null;

/** Marks the edge a drop would split (or clears the mark), without re-rendering React Flow. */
export function markDropTarget(edgeId: string | undefined): void {
  const next = edgeId ? document.querySelector(`.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`) : null;
  if (next === highlighted) return;
  highlighted?.classList.remove(DROP_TARGET_CLASS);
  next?.classList.add(DROP_TARGET_CLASS);
  highlighted = next;
}
