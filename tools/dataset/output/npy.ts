// Minimal NumPy .npy (format 1.0) writer for uint8 arrays, streamed row by row.
import { closeSync, openSync, writeSync } from 'node:fs';

const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 0x01, 0x00]); // \x93NUMPY v1.0

/** The header bytes of a C-order uint8 array of `shape` (padded so the data starts 64-aligned). */
export function npyHeader(shape: readonly number[]): Buffer {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  const dict = `{'descr': '|u1', 'fortran_order': False, 'shape': (${dims}), }`;
  const unpadded = MAGIC.length + 2 + dict.length + 1;
  const padding = (64 - (unpadded % 64)) % 64;
  const text = dict + ' '.repeat(padding) + '\n';
  if (text.length > 0xffff) throw new Error('npy header too long for format 1.0');
  const len = Buffer.alloc(2);
  len.writeUInt16LE(text.length, 0);
  return Buffer.concat([MAGIC, len, Buffer.from(text, 'latin1')]);
}

/** Writes `rows` rows of `rowShape` one at a time; checks the count on close. */
export class NpyWriter {
  private fd: number;
  private written = 0;
  private readonly rowBytes: number;

  constructor(readonly path: string, readonly rows: number, readonly rowShape: readonly number[]) {
    this.rowBytes = rowShape.reduce((a, b) => a * b, 1);
    this.fd = openSync(path, 'w');
    writeSync(this.fd, npyHeader([rows, ...rowShape]));
  }

  write(row: Uint8Array): void {
    if (row.length !== this.rowBytes) throw new Error(`${this.path}: row has ${row.length} bytes, expected ${this.rowBytes}`);
    if (this.written >= this.rows) throw new Error(`${this.path}: more than the ${this.rows} rows declared`);
    writeSync(this.fd, row);
    this.written++;
  }

  close(): void {
    closeSync(this.fd);
    if (this.written !== this.rows) throw new Error(`${this.path}: wrote ${this.written} of ${this.rows} rows`);
  }
}
