// A set of callbacks with the one subscribe shape the studio uses: add() returns the unsubscribe function.
export class Listeners<Args extends unknown[]> {
  private readonly set = new Set<(...args: Args) => void>();

  add(cb: (...args: Args) => void): () => void {
    this.set.add(cb);
    return () => this.set.delete(cb);
  }

  /** Over a copy, so a listener may unsubscribe (or subscribe another) while it is called. */
  emit(...args: Args): void {
    for (const cb of [...this.set]) cb(...args);
  }

  clear(): void {
    this.set.clear();
  }
}
