/** One series of a learning curve. */
export interface CurveSeries {
  readonly label: string;
  readonly color: string;
  /** `[x, y]` points; y may be null (no data at that x). */
  readonly points: ReadonlyArray<readonly [number, number | null]>;
}

/** Options of {@link learningCurveSvg}. */
export interface CurveOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Fixed y range (default: fitted to the data). */
  readonly yRange?: readonly [number, number];
  /** Horizontal reference lines, e.g. a baseline's score. */
  readonly references?: ReadonlyArray<{ readonly label: string; readonly y: number; readonly color: string }>;
}

const WIDTH = 720;
const HEIGHT = 400;
const MARGIN = { left: 60, right: 170, top: 36, bottom: 48 };

/**
 * A self-contained SVG line chart (no scripts, no external fonts): the learning curve of a run. Written by hand
 * because it is one small picture and a plotting dependency would outweigh it.
 */
export function learningCurveSvg(series: readonly CurveSeries[], options: CurveOptions): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = [...series.flatMap((s) => s.points.map((p) => p[1]).filter((y): y is number => y !== null)), ...(options.references ?? []).map((r) => r.y)];
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  let [yMin, yMax] = options.yRange ?? (ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1]);
  if (yMax === yMin) [yMin, yMax] = [yMin - 1, yMax + 1];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + (xMax === xMin ? plotW / 2 : ((x - xMin) / (xMax - xMin)) * plotW);
  const sy = (y: number) => MARGIN.top + plotH - ((y - yMin) / (yMax - yMin)) * plotH;
  const fmt = (v: number) =>
    Math.abs(v) >= 1e6 ? `${Number((v / 1e6).toFixed(2))}M` : Math.abs(v) >= 1e3 ? `${Number((v / 1e3).toFixed(1))}k` : Number(v.toFixed(2)).toString();
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`);
  parts.push(`<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14">${escapeXml(options.title)}</text>`);
  for (let k = 0; k <= 4; k++) {
    const y = yMin + ((yMax - yMin) * k) / 4;
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${sy(y).toFixed(1)}" y2="${sy(y).toFixed(1)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${MARGIN.left - 6}" y="${(sy(y) + 4).toFixed(1)}" text-anchor="end">${fmt(y)}</text>`);
    const x = xMin + ((xMax - xMin) * k) / 4;
    parts.push(`<text x="${sx(x).toFixed(1)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${fmt(x)}</text>`);
  }
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`);
  parts.push(`<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`);
  let legendY = MARGIN.top + 10;
  const legend = (label: string, color: string, dashed: boolean) => {
    const x = MARGIN.left + plotW + 12;
    parts.push(`<line x1="${x}" x2="${x + 20}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="2"${dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    parts.push(`<text x="${x + 26}" y="${legendY + 4}">${escapeXml(label)}</text>`);
    legendY += 18;
  };
  for (const ref of options.references ?? []) {
    parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${sy(ref.y).toFixed(1)}" y2="${sy(ref.y).toFixed(1)}" stroke="${ref.color}" stroke-dasharray="4 3"/>`);
    legend(`${ref.label} (${fmt(ref.y)})`, ref.color, true);
  }
  for (const s of series) {
    const segments: string[][] = [[]];
    for (const [x, y] of s.points) {
      if (y === null) segments.push([]);
      else segments[segments.length - 1]!.push(`${sx(x).toFixed(1)},${sy(y).toFixed(1)}`);
    }
    for (const seg of segments) if (seg.length) parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${seg.join(' ')}"/>`);
    legend(s.label, s.color, false);
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** A trailing moving average (window `k`), skipping nulls. */
export function movingAverage(points: ReadonlyArray<readonly [number, number | null]>, k: number): Array<[number, number | null]> {
  return points.map(([x], i) => {
    const window = points.slice(Math.max(0, i - k + 1), i + 1).map((p) => p[1]).filter((y): y is number => y !== null);
    return [x, window.length ? window.reduce((a, b) => a + b, 0) / window.length : null];
  });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
