// The chips' public types (status, the two DOM events), the editor's open state, and the view through which the
// render helpers in this folder read and change the element without reaching its private fields.
import type { PlanEdit } from '../shared/plan-contract';
import type { PlanCatalog } from '../shared/plan-catalog';

/** Below this a slot is marked unsure. */
export const UNSURE_BELOW = 0.5;

export type PlanStatus = 'idle' | 'planning' | 'ready' | 'failed';

export interface PlanLineEditDetail {
  /** The line's place in the plan (0-based) and its text, which the edit is keyed by. */
  index: number;
  text: string;
  /** The slots the author changed; the others are left as they were. */
  edit: PlanEdit;
}
export type PlanLineEditEvent = CustomEvent<PlanLineEditDetail>;

export interface PlanCastEditDetail {
  id: string;
  name?: string;
  kind?: string;
}
export type PlanCastEditEvent = CustomEvent<PlanCastEditDetail>;

export type Slot = 'setting' | 'time' | 'cast' | 'object' | 'add';
export interface Open {
  line: number;
  slot: Slot;
  /** The cast id or object kind of the chip. */
  key?: string;
}

// The id focus returns to when an editor closes, so it must be the same for the chip on every render.
export const chipId = (line: number, slot: Slot, key = '') => `chip-${line}-${slot}-${key}`;

/** The element as its render helpers see it; getters read its current state, so handlers never act on a stale copy. */
export interface ChipsView {
  readonly catalog: PlanCatalog | null;
  /** The treatment's current lines (a plan line not among them is marked as changed). */
  readonly lines: readonly string[] | null;
  readonly open: Open | null;
  /** The add-an-object editor's choices, kept until it closes. */
  addKind: string;
  addCount: string;
  toggle(open: Open): void;
  close(): void;
  /** Sets the open editor; with refocus, also where focus goes after the next render ('editor' or a chip's id). */
  setOpen(open: Open | null, refocus?: string): void;
  emitLine(index: number, text: string, edit: PlanEdit): void;
  emitCast(detail: PlanCastEditDetail): void;
  onEditorKey(event: KeyboardEvent): void;
}
