// Probability distributions needed by the confidence intervals and trend tests, written from their
// mathematical definitions (series and continued fractions) and refined with Newton/Halley steps, so the
// quantiles agree with R's qnorm/qt/qchisq to about 1e-14 relative.
import { kpikitError } from "../errors.js";

const EPS = 1e-16;
const SQRT2 = Math.SQRT2;
const SQRT_PI = Math.sqrt(Math.PI);
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

// Lanczos approximation (g = 7, 9 terms); relative error about 1e-15.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Natural log of the gamma function for x > 0 (exact for small integers). @internal */
export function logGamma(x: number): number {
  if (Number.isInteger(x) && x > 0 && x <= 171) {
    let acc = 0;
    for (let k = 2; k < x; k++) acc += Math.log(k);
    return acc;
  }
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** erfc(x) for x >= 0, accurate to a few ulps relative. */
function erfcNonNegative(x: number): number {
  if (x < 1.2) {
    // erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_n (2x^2)^n x / (1*3*...*(2n+1)): all terms positive.
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 500; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
      if (term < sum * EPS) break;
    }
    return 1 - (2 / SQRT_PI) * Math.exp(-x2) * sum;
  }
  // Continued fraction erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n++) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + an / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/**
 * Standard normal cumulative distribution Φ(z), accurate in both tails.
 * @example
 * normalCdf(1.959963984540054).toFixed(15) //=> "0.975000000000000"
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return z < 0 ? 0.5 * erfcNonNegative(-z / SQRT2) : 1 - 0.5 * erfcNonNegative(z / SQRT2);
}

/** Lower tail Φ(z) for z <= 0 without cancellation. */
function normalLowerTailNeg(z: number): number {
  return 0.5 * erfcNonNegative(-z / SQRT2);
}

function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z - LN_SQRT_2PI);
}

/**
 * Quantile of the standard normal distribution (R's `qnorm(p)`), to full double precision.
 * @example
 * normalQuantile(0.975).toFixed(14) //=> "1.95996398454005"
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1))
    throw kpikitError("invalid-probability", `probability must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  // Work in the lower tail with q = min(p, 1 - p) so the tail probability keeps its precision.
  const upper = p > 0.5;
  const q = upper ? 1 - p : p;
  // Starting value: Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4), then Halley steps on the exact tail.
  const t = Math.sqrt(-2 * Math.log(q));
  let z = -(
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
  );
  for (let i = 0; i < 50; i++) {
    const e = normalLowerTailNeg(Math.min(z, 0)) - q;
    const u = e / normalDensity(z);
    const step = u / (1 + (z * u) / 2);
    z -= step;
    if (Math.abs(step) <= 1e-15 * Math.abs(z)) break;
  }
  return upper ? -z : z;
}

/** Regularized lower incomplete gamma P(a, x) and upper Q(a, x). @internal */
export function incompleteGamma(a: number, x: number): { readonly p: number; readonly q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 100000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    const p = sum * Math.exp(logPrefix);
    return { p, q: 1 - p };
  }
  // Continued fraction for Q(a, x) (modified Lentz).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const q = Math.exp(logPrefix) * h;
  return { p: 1 - q, q };
}

/**
 * Quantile of the gamma distribution with the given shape and scale 1 (R's `qgamma(p, shape)`).
 * @example
 * gammaQuantile(0.975, 1).toFixed(14) //=> "3.68887945411394" (= -log(0.025))
 */
export function gammaQuantile(p: number, shape: number): number {
  if (!(p >= 0 && p <= 1))
    throw kpikitError("invalid-probability", `probability must be in [0, 1], got ${p}`);
  if (!(shape >= 0) || !Number.isFinite(shape))
    throw kpikitError("invalid-shape", `gamma shape must be a non-negative number, got ${shape}`);
  if (shape === 0 || p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const a = shape;
  const upper = p > 0.5;
  const target = upper ? 1 - p : p;
  // Starting value: Wilson–Hilferty, or the small-x expansion P ≈ x^a / Γ(a+1) when that goes non-positive.
  const z = normalQuantile(p);
  let x = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  if (!(x > 0) || a < 1) {
    const small = Math.exp((Math.log(p) + logGamma(a + 1)) / a);
    if (!(x > 0) || small < x) x = small;
    // The quantile is below the smallest double: report 0, as R does.
    if (x === 0) return 0;
  }
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 200; i++) {
    const { p: pl, q: qu } = incompleteGamma(a, x);
    // f is increasing in x for the lower tail; for the upper tail use -(Q - target).
    const f = upper ? target - qu : pl - target;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) - x - logGamma(a));
    let next = x;
    if (density > 0 && Number.isFinite(density)) {
      const u = f / density;
      const curvature = (a - 1) / x - 1; // f''/f'
      const halley = u / (1 - Math.min(Math.max((u * curvature) / 2, -0.5), 0.5));
      next = x - halley;
    }
    if (!(next > lo && next < hi) || !Number.isFinite(next))
      next = Number.isFinite(hi) ? (lo + hi) / 2 : Math.max(2 * x, 1);
    if (Math.abs(next - x) <= 1e-15 * x) return next;
    x = next;
  }
  return x;
}

/**
 * Quantile of the chi-squared distribution (R's `qchisq(p, df)`).
 * @example
 * chiSquareQuantile(0.975, 2).toFixed(14) //=> "7.37775890822787"
 */
export function chiSquareQuantile(p: number, df: number): number {
  return 2 * gammaQuantile(p, df / 2);
}

/** Regularized incomplete beta I_x(a, b). @internal */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  // Continued fraction (modified Lentz).
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return (Math.exp(logFront) * h) / a;
}

/** Upper tail P(T > t) of Student's t with df degrees of freedom, for t >= 0. */
function studentUpperTail(t: number, df: number): number {
  return 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

function studentDensity(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Quantile of Student's t distribution (R's `qt(p, df)`).
 * @example
 * studentTQuantile(0.975, 7).toFixed(14) //=> "2.36462425159278"
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1))
    throw kpikitError("invalid-probability", `probability must be in [0, 1], got ${p}`);
  if (!(df > 0))
    throw kpikitError("invalid-degrees-of-freedom", `degrees of freedom must be positive, got ${df}`);
  if (p === 0.5) return 0;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const upper = p > 0.5;
  const q = upper ? 1 - p : p; // upper-tail target for |t|
  let t: number;
  if (df === 1) {
    t = 1 / Math.tan(Math.PI * q);
  } else if (df === 2) {
    t = (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  } else if (!Number.isFinite(df)) {
    t = -normalQuantile(q);
  } else {
    // Cornish–Fisher start from the normal quantile, then safeguarded Newton steps on the exact tail.
    const z = -normalQuantile(q);
    const z3 = z * z * z;
    t = z + (z3 + z) / (4 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * df * df);
    let lo = 0;
    let hi = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 200; i++) {
      const f = q - studentUpperTail(t, df); // increasing in t
      if (f === 0) break;
      if (f < 0) lo = t;
      else hi = t;
      const density = studentDensity(t, df);
      let next = t - f / density;
      if (!(next > lo && next < hi) || !Number.isFinite(next))
        next = Number.isFinite(hi) ? (lo + hi) / 2 : 2 * t + 1;
      if (Math.abs(next - t) <= 1e-15 * t) {
        t = next;
        break;
      }
      t = next;
    }
  }
  return upper ? t : -t;
}
