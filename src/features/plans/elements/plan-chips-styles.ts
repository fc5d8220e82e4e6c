// The chips' styles: one coloured pill per slot (place green, time amber, cast pink), carried ones dotted and faded,
// unsure ones dashed; kept apart from the element so its file holds behaviour only.
import { css } from 'lit';

export const planChipsStyles = css`
  :host {
    display: block;
    font-size: 0.875rem;
    color: #222;
    --chip-bg: #eef2ff;
    --chip-border: #a5b4fc;
  }
  h2,
  h3 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
  h3 {
    font-size: 0.875rem;
    margin-top: 0.75rem;
  }
  .hint {
    margin: 0 0 0.5rem;
    color: #555;
  }
  .status {
    margin: 0.25rem 0 0.5rem;
    color: #555;
  }
  .status.failed {
    color: #8a1c1c;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  li.line {
    display: grid;
    grid-template-columns: 1.75rem minmax(0, 1fr);
    column-gap: 0.375rem;
    padding: 0.375rem 0.25rem;
    border-top: 1px solid #e5e5e5;
  }
  .no {
    font-weight: 700;
    color: #555;
    text-align: right;
    line-height: 1.9rem;
  }
  .text {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: #444;
    margin-bottom: 0.25rem;
  }
  .stale {
    color: #8a5a00;
    font-size: 0.75rem;
    margin-left: 0.375rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    align-items: center;
  }
  .chip {
    font: inherit;
    display: inline-flex;
    align-items: baseline;
    gap: 0.25rem;
    max-width: 100%;
    min-height: 1.75rem;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    border: 1px solid var(--chip-border);
    background: var(--chip-bg);
    color: #1e1b4b;
    cursor: pointer;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip:hover {
    background: #e0e7ff;
  }
  .chip:focus-visible,
  .editor :focus-visible {
    outline: 2px solid #1d4ed8;
    outline-offset: 2px;
  }
  .chip[aria-expanded='true'] {
    background: #c7d2fe;
  }
  .chip .slot {
    font-size: 0.7rem;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: #4338ca;
  }
  .chip.place {
    --chip-bg: #ecfdf5;
    --chip-border: #6ee7b7;
  }
  .chip.place .slot {
    color: #047857;
  }
  .chip.time {
    --chip-bg: #fff7ed;
    --chip-border: #fdba74;
  }
  .chip.time .slot {
    color: #b45309;
  }
  .chip.cast {
    --chip-bg: #fdf2f8;
    --chip-border: #f9a8d4;
  }
  .chip.empty {
    color: #666;
    font-style: italic;
  }
  .chip.carried {
    opacity: 0.72;
    border-style: dotted;
  }
  .from {
    font-size: 0.7rem;
    color: #555;
  }
  .chip.unsure {
    border-style: dashed;
    border-color: #b45309;
  }
  .mark {
    font-size: 0.7rem;
    font-weight: 700;
    color: #92400e;
  }
  .add {
    font: inherit;
    min-height: 1.75rem;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    border: 1px dashed #888;
    background: #fff;
    color: #333;
    cursor: pointer;
  }
  .unknown {
    display: inline-flex;
    gap: 0.25rem;
    align-items: baseline;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: #f3f3f3;
    color: #757575;
    border: 1px dashed #ccc;
  }
  .unknown small {
    font-size: 0.7rem;
    font-style: italic;
  }
  .editor {
    margin-top: 0.375rem;
    padding: 0.5rem;
    border: 1px solid #c7d2fe;
    border-radius: 0.5rem;
    background: #fafaff;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .editor label,
  .cast-list label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.75rem;
    color: #444;
  }
  select,
  input,
  .editor button {
    font: inherit;
    font-size: 0.875rem;
    min-height: 1.75rem;
  }
  select {
    max-width: 14rem;
  }
  .cast-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.375rem;
  }
  .cast-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .cast-list .id {
    font-family: ui-monospace, monospace;
    color: #666;
    min-width: 2rem;
    line-height: 1.75rem;
  }
  .cast-list input {
    width: 10rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
