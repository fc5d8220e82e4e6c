// Styles of <toon-layout-editor>.
import { css } from 'lit';
import { outlineButtonStyles } from '../../../ui/outline-button-styles';

export const layoutEditorStyles = [outlineButtonStyles, css`
  :host {
    display: block;
    font-size: 0.8125rem;
  }
  .editor {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 7rem;
    gap: 0.5rem;
    align-items: start;
  }
  .stage {
    position: relative;
    background: #eef0f4;
    touch-action: none;
    user-select: none;
    outline: none;
    overflow: hidden;
    border-radius: 6px;
  }
  .stage:focus-visible {
    box-shadow: 0 0 0 2px var(--toon-accent, #ff5a5f);
  }
  .drawing {
    position: absolute;
    inset: 0;
  }
  .box {
    position: absolute;
    box-sizing: border-box;
    border: 1.5px dashed rgb(31 36 48 / 0.55);
    cursor: grab;
  }
  .box:hover {
    border-color: #1f2430;
  }
  .box.selected {
    border: 2px solid var(--toon-accent, #ff5a5f);
    background: rgb(255 90 95 / 0.08);
  }
  .tag {
    position: absolute;
    left: -1px;
    top: -1.25rem;
    padding: 0 0.25rem;
    background: rgb(31 36 48 / 0.75);
    color: #fff;
    font-size: 0.6875rem;
    border-radius: 3px;
    white-space: nowrap;
    pointer-events: none;
  }
  .handle {
    position: absolute;
    right: -7px;
    bottom: -7px;
    width: 12px;
    height: 12px;
    background: #fff;
    border: 2px solid var(--toon-accent, #ff5a5f);
    border-radius: 3px;
    cursor: nwse-resize;
  }
  .composing {
    position: absolute;
    right: 0.375rem;
    bottom: 0.375rem;
    padding: 0.125rem 0.375rem;
    background: rgb(31 36 48 / 0.7);
    color: #fff;
    border-radius: 4px;
  }
  .depth {
    margin: 0;
    display: grid;
    gap: 0.25rem;
    color: #5b6272;
    font-size: 0.75rem;
  }
  .tools, .add {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  label {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  select, input {
    font: inherit;
    padding: 0.25rem 0.375rem;
    border: 1px solid #c9cdd6;
    border-radius: 6px;
  }
  .hits {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hint, .notice {
    color: #5b6272;
    margin: 0;
  }
  .notice {
    grid-column: 1 / -1;
    color: #8a4b00;
  }
  button.primary {
    margin-left: auto;
  }
`];
