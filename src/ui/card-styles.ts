// The look the studio's tool cards share: a block host with a small heading.
import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
  }
`;
