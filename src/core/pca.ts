// 2-D PCA of embeddings (a map of the gallery): power iteration with deflation, no linear-algebra library.
import { createRng, deriveSeed } from './rng';

export interface Pca2d {
  /** Mean of the rows, length d. */
  mean: Float64Array;
  /** Two orthonormal directions of largest variance, each length d; largest entry (by magnitude) positive. */
  components: [Float64Array, Float64Array];
  /** Variance along each component (eigenvalues of the covariance, divided by n − 1). */
  variances: [number, number];
  /** Sum of all variances (trace of the covariance), for "explained variance" ratios. */
  totalVariance: number;
  /** Rows projected on the components, interleaved: x0, y0, x1, y1, … */
  projected: Float64Array;
}

export interface PcaOptions {
  /** Power-iteration cap per component. */
  maxIterations?: number;
  /** Stop when no entry of the eigenvector moves more than this. */
  tolerance?: number;
}

/**
 * PCA onto 2 components of n rows of dimension d (row-major). Works on the d×d covariance,
 * or on the n×n Gram matrix when n < d (fewer rows than dimensions), which gives the same
 * components at lower cost. Cost is about n·min(n,d)² multiply-adds to build the matrix.
 */
export function pca2d(data: Float32Array | Float64Array, n: number, d: number, options: PcaOptions = {}): Pca2d {
  if (!Number.isInteger(n) || !Number.isInteger(d) || n < 2 || d < 2) {
    throw new RangeError(`pca2d: needs at least 2 rows of at least 2 dimensions, got n=${n}, d=${d}`);
  }
  if (data.length < n * d) throw new RangeError(`pca2d: data holds ${data.length} values, ${n}×${d} needs ${n * d}`);
  const maxIterations = options.maxIterations ?? 2000;
  const tolerance = options.tolerance ?? 1e-11;

  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const centred = new Float64Array(n * d);
  for (let i = 0; i < n * d; i++) {
    const value = data[i];
    if (!Number.isFinite(value)) throw new RangeError(`pca2d: row ${Math.floor(i / d)} contains NaN or Infinity`);
    centred[i] = value - mean[i % d];
  }

  const useGram = n < d;
  const m = useGram ? n : d;
  const matrix = useGram ? gramMatrix(centred, n, d) : covarianceMatrix(centred, n, d);
  let totalVariance = 0;
  for (let i = 0; i < m; i++) totalVariance += matrix[i * m + i];
  // Eigenvalues below this are rounding noise: their direction carries no variance.
  const negligible = Math.max(totalVariance, Number.MIN_VALUE) * 1e-12;

  const components: Float64Array[] = [];
  const variances: number[] = [];
  for (let c = 0; c < 2; c++) {
    const { vector, value } = topEigenpair(matrix, m, maxIterations, tolerance, c);
    let component: Float64Array | null = null;
    if (value > negligible) {
      component = useGram ? liftGramVector(centred, n, d, vector) : vector;
    }
    component = component && orthonormalise(component, components) ? component : basisFallback(d, components);
    flipSign(component);
    components.push(component);
    variances.push(value > negligible ? value : 0);
    if (c === 0) deflate(matrix, m, vector, value);
  }

  const projected = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 2; c++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += centred[i * d + j] * components[c][j];
      projected[2 * i + c] = dot;
    }
  }
  return {
    mean,
    components: [components[0], components[1]],
    variances: [variances[0], variances[1]],
    totalVariance,
    projected,
  };
}

function covarianceMatrix(centred: Float64Array, n: number, d: number): Float64Array {
  const cov = new Float64Array(d * d);
  // Rank-1 update per row over the upper triangle keeps the inner loop contiguous.
  for (let i = 0; i < n; i++) {
    const row = i * d;
    for (let a = 0; a < d; a++) {
      const xa = centred[row + a];
      if (xa === 0) continue;
      const out = a * d;
      for (let b = a; b < d; b++) cov[out + b] += xa * centred[row + b];
    }
  }
  return symmetrise(cov, d, n - 1);
}

function gramMatrix(centred: Float64Array, n: number, d: number): Float64Array {
  const gram = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += centred[a * d + j] * centred[b * d + j];
      gram[a * n + b] = dot;
    }
  }
  return symmetrise(gram, n, n - 1);
}

function symmetrise(upper: Float64Array, m: number, divisor: number): Float64Array {
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      const value = upper[a * m + b] / divisor;
      upper[a * m + b] = value;
      upper[b * m + a] = value;
    }
  }
  return upper;
}

/** Largest eigenpair of a symmetric positive semi-definite m×m matrix by power iteration. */
function topEigenpair(matrix: Float64Array, m: number, maxIterations: number, tolerance: number, salt: number) {
  // A seeded random start: deterministic, and almost surely not orthogonal to the answer.
  const rng = createRng(deriveSeed(0x5ca1ab1e, salt));
  let vector = new Float64Array(m);
  for (let j = 0; j < m; j++) vector[j] = rng.range(-1, 1);
  scaleToUnit(vector);
  let value = 0;
  let next = new Float64Array(m);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    multiply(matrix, m, vector, next);
    value = dot(vector, next);
    if (scaleToUnit(next) === 0) return { vector, value: 0 };
    let change = 0;
    for (let j = 0; j < m; j++) change = Math.max(change, Math.abs(next[j] - vector[j]));
    [vector, next] = [next, vector];
    if (change < tolerance) break;
  }
  multiply(matrix, m, vector, next);
  return { vector, value: dot(vector, next) };
}

function deflate(matrix: Float64Array, m: number, vector: Float64Array, value: number): void {
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) matrix[a * m + b] -= value * vector[a] * vector[b];
}

/** Turns an eigenvector u of the Gram matrix into the matching covariance eigenvector Xᵀu / ‖Xᵀu‖. */
function liftGramVector(centred: Float64Array, n: number, d: number, u: Float64Array): Float64Array {
  const v = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) v[j] += centred[i * d + j] * u[i];
  return v;
}

/** Removes the parts along `previous` and scales to unit length; false when nothing is left. */
function orthonormalise(vector: Float64Array, previous: Float64Array[]): boolean {
  for (const p of previous) {
    const along = dot(vector, p);
    for (let j = 0; j < vector.length; j++) vector[j] -= along * p[j];
  }
  return scaleToUnit(vector) > 1e-9;
}

/** Zero-variance data has no preferred direction: use the first basis vector not yet taken. */
function basisFallback(d: number, previous: Float64Array[]): Float64Array {
  for (let j = 0; j < d; j++) {
    const candidate = new Float64Array(d);
    candidate[j] = 1;
    if (orthonormalise(candidate, previous)) return candidate;
  }
  throw new Error('pca2d: no direction left for a component');
}

/** Makes the entry of largest magnitude positive (first one on ties), as scikit-learn's svd_flip does. */
function flipSign(vector: Float64Array): void {
  let best = 0;
  for (let j = 1; j < vector.length; j++) if (Math.abs(vector[j]) > Math.abs(vector[best]) + 1e-12) best = j;
  if (vector[best] < 0) for (let j = 0; j < vector.length; j++) vector[j] = -vector[j];
}

function multiply(matrix: Float64Array, m: number, vector: Float64Array, out: Float64Array): void {
  for (let a = 0; a < m; a++) {
    let sum = 0;
    for (let b = 0; b < m; b++) sum += matrix[a * m + b] * vector[b];
    out[a] = sum;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j] * b[j];
  return sum;
}

function scaleToUnit(vector: Float64Array): number {
  const norm = Math.sqrt(dot(vector, vector));
  if (norm > 0) for (let j = 0; j < vector.length; j++) vector[j] /= norm;
  return norm;
}
