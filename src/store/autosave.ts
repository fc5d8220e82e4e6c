// Debounced draft saving: the latest text wins, and a failed save keeps the text pending for the next try.

export interface AutosaverOptions {
  save: (text: string) => Promise<unknown>;
  delayMs?: number;
  onSaved?: (text: string) => void;
  onError?: (error: unknown) => void;
}

export class DraftAutosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly delayMs: number;

  constructor(private readonly options: AutosaverOptions) {
    this.delayMs = options.delayMs ?? 400;
  }

  /** The text that has not reached storage yet, if any. */
  get unsaved(): string | undefined {
    return this.pending;
  }

  schedule(text: string): void {
    this.pending = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves now (e.g. on pagehide); resolves when the newest text has been tried. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Chain so two saves never race and an older text cannot overwrite a newer one.
    this.inFlight = this.inFlight.then(() => this.saveLatest());
    return this.inFlight;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async saveLatest(): Promise<void> {
    const text = this.pending;
    if (text === undefined) return;
    try {
      await this.options.save(text);
      if (this.pending === text) this.pending = undefined;
      this.options.onSaved?.(text);
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
