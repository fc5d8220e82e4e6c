// The shell's list of visible messages: newest last, no duplicates, each dismissible by id.
import type { StudioMessage } from './message-area';

export class MessageLog {
  private nextId = 1;
  messages: StudioMessage[] = [];

  constructor(private readonly onChange: () => void) {}

  /** Adds a message unless the same text is already showing; returns its id. */
  add(kind: StudioMessage['kind'], text: string): string {
    const existing = this.messages.find((m) => m.text === text);
    if (existing) return existing.id;
    const id = `m${this.nextId++}`;
    this.messages = [...this.messages, { id, kind, text }];
    this.onChange();
    return id;
  }

  error(error: unknown, context?: string): string {
    const text = error instanceof Error ? error.message : String(error);
    return this.add('error', context ? `${context}: ${text}` : text);
  }

  dismiss(id: string): void {
    this.messages = this.messages.filter((m) => m.id !== id);
    this.onChange();
  }
}
