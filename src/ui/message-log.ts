// The shell's list of visible messages: newest last, no duplicates, each dismissible by id.
import type { StudioMessage } from './message-area';

/** A message's words: a function is read again at each render, so a language switch retranslates it. */
export type MessageText = string | (() => string);

interface Entry { id: string; kind: StudioMessage['kind']; text: MessageText }

const read = (text: MessageText) => (typeof text === 'function' ? text() : text);

export class MessageLog {
  private nextId = 1;
  private entries: Entry[] = [];

  constructor(private readonly onChange: () => void) {}

  /** The messages in the UI language of the moment. */
  get messages(): StudioMessage[] {
    return this.entries.map((e) => ({ id: e.id, kind: e.kind, text: read(e.text) }));
  }

  /** Adds a message unless the same text is already showing; returns its id. */
  add(kind: StudioMessage['kind'], text: MessageText): string {
    const words = read(text);
    const existing = this.entries.find((m) => read(m.text) === words);
    if (existing) return existing.id;
    const id = `m${this.nextId++}`;
    this.entries = [...this.entries, { id, kind, text }];
    this.onChange();
    return id;
  }

  error(error: unknown, context?: MessageText): string {
    const text = error instanceof Error ? error.message : String(error);
    return this.add('error', context ? () => `${read(context)}: ${text}` : text);
  }

  dismiss(id: string): void {
    this.entries = this.entries.filter((m) => m.id !== id);
    this.onChange();
  }
}
