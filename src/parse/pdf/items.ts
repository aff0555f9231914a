// Positioned text items in reading orientation. Whatever reads the PDF (pdf.js, or our own content-stream
// reader) hands over text runs with their transform; here every run is turned so that the page's text runs
// left to right with y growing upwards (PDF user space), whatever the page's /Rotate or the text matrix says.

export interface Item {
  str: string;
  x: number;
  y: number; // baseline
  w: number; // advance along the line
  size: number; // font size
}

/** One page's items and the vertical extent of its page box, in the same (turned) coordinates. */
export interface PageItems {
  items: Item[];
  top: number;
  bottom: number;
}

/** A text run as a PDF reader gives it: the string, its transform [a b c d e f] and its advance. */
export interface RawRun {
  str: string;
  transform: number[];
  width: number;
}

/** Quarter turns (0–3, counter-clockwise) of a run's direction, or -1 when it is set at a slant. */
function quarter(a: number, b: number): number {
  const angle = (Math.atan2(b, a) * 180) / Math.PI;
  const q = Math.round(angle / 90);
  if (Math.abs(angle - q * 90) > 8) return -1;
  return ((q % 4) + 4) % 4;
}

/** Turn (x, y) by -q quarter turns: text written in direction q then runs along +x. */
function turn(q: number, x: number, y: number): [number, number] {
  switch (q) {
    case 1:
      return [y, -x];
    case 2:
      return [-x, -y];
    case 3:
      return [-y, x];
    default:
      return [x, y];
  }
}

/**
 * Runs → items in reading orientation. The page's direction is the one most of its characters are written in
 * (a page rotated 90°, or a landscape table on a portrait page, reads like any other); runs in other
 * directions (stamps, margin notes, vertical labels) are left out. `view` is the page box [x0 y0 x1 y1].
 */
export function orientItems(runs: RawRun[], view: number[]): PageItems {
  const chars = [0, 0, 0, 0];
  const dirs = runs.map((r) => {
    const [a = 0, b = 0] = r.transform;
    const q = r.str.trim() ? quarter(a, b) : -1;
    if (q >= 0) chars[q]! += r.str.length;
    return q;
  });
  let q = 0;
  for (let k = 1; k < 4; k++) if (chars[k]! > chars[q]!) q = k;
  const items: Item[] = [];
  runs.forEach((r, i) => {
    if (dirs[i] !== q) return;
    const [, , c = 0, d = 0, x = 0, y = 0] = r.transform;
    const [tx, ty] = turn(q, x, y);
    items.push({ str: r.str, x: tx, y: ty, w: r.width, size: Math.hypot(c, d) || 10 });
  });
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = view;
  const ys = [turn(q, x0, y0)[1], turn(q, x1, y1)[1], turn(q, x0, y1)[1], turn(q, x1, y0)[1]];
  return { items, top: Math.max(...ys), bottom: Math.min(...ys) };
}
