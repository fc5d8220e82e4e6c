// The treatment as a script: scene lines (one panel each) and the dialogue written under them. Produced by
// lettering/shared/treatment-script.ts, read by the strip's treatment rules (panels = scene lines only) and, later,
// by the lettering step that draws the balloons. Types only: other features' shared code may import this file.

/** speech `Name: "text"`, thought `Name: (text)`, shout a speech ending in `!!`, narration `[text]`, sfx `*text*`. */
export type ScriptLineKind = 'speech' | 'thought' | 'shout' | 'narration' | 'sfx';

export interface ScriptLine {
  kind: ScriptLineKind;
  /** The name before the colon, as written (speech, thought, shout only). */
  speaker?: string;
  /** The text inside the quotes or brackets, trimmed; as written otherwise (markup stays text, `!!` stays). */
  text: string;
  /** 1-based line number in the treatment, as the editor counts lines (CRLF, CR, LF). */
  line: number;
}

/** 'long': a blank line or `---` (time skip) came between the previous panel and this one. */
export type Gutter = 'normal' | 'long';

export interface ScriptPanel {
  /** The scene line, trimmed: what the panel draws. */
  scene: string;
  /** Its 1-based line number. */
  sceneLine: number;
  /** The dialogue written under it, in order. */
  lines: ScriptLine[];
  gutterBefore: Gutter;
}

export type ScriptProblemKind =
  /** Dialogue above the first scene line: kept, given to the first panel (or to `unplaced` when there is none). */
  | 'before-first-scene'
  /** A quote or bracket opened but not closed at the end of the line: kept as dialogue, text to the line's end. */
  | 'unclosed'
  /** `Mina: ""`, `[]`, `**`: an empty balloon, kept. */
  | 'empty-text';

export interface ScriptProblem {
  kind: ScriptProblemKind;
  /** 1-based line number. */
  line: number;
}

export interface TreatmentScript {
  /** One per scene line, in order. */
  panels: ScriptPanel[];
  /** Dialogue with no scene line anywhere to go with (a treatment of dialogue only); each is also a problem. */
  unplaced: ScriptLine[];
  problems: ScriptProblem[];
}

/** Text → script; the strip's rules take the parser as a value, since a feature's shared may not import another's code. */
export type ScriptParser = (text: string) => TreatmentScript;
