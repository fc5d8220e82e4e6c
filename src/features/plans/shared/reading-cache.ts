// Line text → the model's reading of it, least recently used dropped first. The studio re-plans the whole treatment
// at every pause in typing, and the model is the cost of a plan (on WASM ~8× its native time, a few ms a line), so a
// line read once is not read again until it changes. Readings are small (spans and a setting), unlike the model's
// per-character probabilities, so a long treatment's worth fits in little memory.
import type { LineReading } from './line-reading';

export const CACHED_LINES = 2048;

export class ReadingCache {
  /** A Map keeps insertion order: delete + set moves a line to the newest end. */
  private readonly lines = new Map<string, LineReading>();

  constructor(private readonly capacity = CACHED_LINES) {}

  get size(): number {
    return this.lines.size;
  }

  get(line: string): LineReading | undefined {
    const hit = this.lines.get(line);
    if (hit) {
      this.lines.delete(line);
      this.lines.set(line, hit);
    }
    return hit;
  }

  set(line: string, reading: LineReading): void {
    if (this.capacity <= 0) return;
    this.lines.delete(line);
    this.lines.set(line, reading);
    while (this.lines.size > this.capacity) this.lines.delete(this.lines.keys().next().value!);
  }
}
