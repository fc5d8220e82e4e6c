// A promise made on first use and shared by every caller; a failure is forgotten, so the next call tries again.

export class Once<T> {
  private pending?: Promise<T>;

  constructor(private readonly make: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.pending) {
      const made = this.make();
      this.pending = made;
      made.catch(() => {
        if (this.pending === made) this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** What was made (undefined when nothing was, or it failed), forgetting it. */
  async take(): Promise<T | undefined> {
    const made = this.pending;
    this.pending = undefined;
    return made?.catch(() => undefined);
  }
}

/** One Once per key (a gallery per folder URL, a map per gallery). */
export class OncePerKey<K, T> {
  private readonly made = new Map<K, Once<T>>();

  constructor(private readonly make: (key: K) => Promise<T>) {}

  get(key: K): Promise<T> {
    let once = this.made.get(key);
    if (!once) {
      once = new Once(() => this.make(key));
      this.made.set(key, once);
    }
    return once.get();
  }
}
