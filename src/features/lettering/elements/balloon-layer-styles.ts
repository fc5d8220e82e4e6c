// Look of the balloon layer: ink outlines on white, the lettering's own faces, and handles only on the selected one.
import { css } from 'lit';

export const balloonLayerStyles = css`
  :host {
    position: absolute;
    inset: 0;
    display: block;
    /* the editor's font scales with the panel's shown width */
    container-type: size;
  }
  .layer {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .balloon {
    outline: none;
  }
  .editable .balloon,
  .editable .handles > * {
    pointer-events: auto;
  }
  .editable .balloon {
    cursor: grab;
    touch-action: none;
  }
  .hit {
    fill: transparent;
  }
  /* the export's colours (balloon-draw.ts): white paper, ink outline and letters */
  .outline {
    fill: #fff;
    stroke: #111;
    stroke-linejoin: round;
  }
  .words {
    fill: #111;
    /* lines come centred with their alphabetic baseline from the layout, as the canvas draws them */
    text-anchor: middle;
    user-select: none;
    -webkit-user-select: none;
  }
  .kind-sfx .words {
    stroke: #fff;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .balloon:focus-visible .hit,
  .selected .hit {
    stroke: var(--toon-focus, #2f6fed);
    stroke-width: 2;
    stroke-dasharray: 6 6;
  }
  .frame {
    fill: none;
    stroke: var(--toon-focus, #2f6fed);
    stroke-width: 2;
    pointer-events: none;
  }
  .tail-handle,
  .resize-handle {
    fill: var(--toon-focus, #2f6fed);
    stroke: #fff;
    stroke-width: 3;
    touch-action: none;
  }
  .tail-handle {
    cursor: crosshair;
  }
  .resize-handle {
    cursor: nwse-resize;
  }
  .editor {
    position: absolute;
    box-sizing: border-box;
    z-index: 1;
    max-width: 100%;
    max-height: 100%;
    overflow: auto;
    display: grid;
    place-items: center;
    padding: 0.4em 0.6em;
    border-radius: 1em;
    border: 2px solid var(--toon-focus, #2f6fed);
    background: #fff;
    color: #111;
    /* 30 page px at the shown width, never below a readable 14 CSS px */
    font-size: max(14px, 3.75cqw);
    line-height: 1.35;
    text-align: center;
    word-break: keep-all;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
    outline: none;
  }
  .too-long {
    position: absolute;
    top: 0.25rem;
    right: 0.25rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: #8a4b00;
    color: #fff;
    font-size: 0.75rem;
    font-weight: 700;
  }
`;
