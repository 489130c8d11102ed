/** Strength of the L2 prior on (a, b), in units of standardised margins. */
const PRIOR = 1;

/**
 * Platt scaling: fit confidence = σ(a · margin + b) to whether predicted spans were right. Margins are first
 * divided by their mean so the fit is well conditioned, then Newton's method with step halving minimises the
 * log-loss plus a weak L2 prior (a handful of separable samples cannot send a and b to infinity); a ≥ 0, as a
 * wider margin must never mean less confidence.
 *
 * @example
 * fitCalibration([{ margin: 9, correct: true }, { margin: 0.5, correct: false }]) // { a: ..., b: ... }
 */
export function fitCalibration(samples: readonly { margin: number; correct: boolean }[]): { a: number; b: number } {
  if (samples.length === 0) return { a: 1, b: 0 };
  const unit = samples.reduce((s, x) => s + x.margin, 0) / samples.length || 1;
  const xs = samples.map((s) => s.margin / unit);
  const ys = samples.map((s) => (s.correct ? 1 : 0));
  const loss = (a: number, b: number) => {
    let sum = (PRIOR * (a * a + b * b)) / 2;
    for (let k = 0; k < xs.length; k++) {
      const z = a * xs[k] + b;
      sum += Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0) - ys[k] * z;
    }
    return sum;
  };
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = PRIOR * a;
    let gb = PRIOR * b;
    let haa = PRIOR;
    let hab = 0;
    let hbb = PRIOR;
    for (let k = 0; k < xs.length; k++) {
      const p = 1 / (1 + Math.exp(-(a * xs[k] + b)));
      const d = p - ys[k];
      const v = p * (1 - p);
      ga += d * xs[k];
      gb += d;
      haa += v * xs[k] * xs[k];
      hab += v * xs[k];
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    const before = loss(a, b);
    let step = 1;
    while (step > 1e-4 && loss(Math.max(0, a - step * da), b - step * db) > before) step /= 2;
    const na = Math.max(0, a - step * da);
    const nb = b - step * db;
    const moved = Math.abs(na - a) + Math.abs(nb - b);
    a = na;
    b = nb;
    if (moved < 1e-9) break;
  }
  return { a: a / unit, b };
}
