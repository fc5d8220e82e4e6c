// The studio's small outlined button (models panel "Load", a panel's "Regenerate"); the element sets its size.
import { css } from 'lit';

export const outlineButtonStyles = css`
  .outline-button {
    font: inherit;
    font-size: var(--outline-button-font-size, 0.875rem);
    font-weight: 600;
    padding: var(--outline-button-padding, 0.375rem 0.875rem);
    border-radius: 8px;
    border: 1px solid var(--toon-ink, #1f2430);
    background: #fff;
    color: var(--toon-ink, #1f2430);
    cursor: pointer;
  }
  .outline-button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .outline-button:focus-visible {
    outline: 2px solid var(--toon-focus, #2f6fed);
    outline-offset: 2px;
  }
`;
