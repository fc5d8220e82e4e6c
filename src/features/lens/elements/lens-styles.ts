// Look of the CLIP lens: a card above the strip, in the studio's palette.
import { css } from 'lit';

export const lensStyles = css`
  :host { display: block; }
  .lens { background: #fff; border: 1px solid #e4e6eb; border-radius: 14px; padding: 0.5rem 1rem; }
  h2 { margin: 0; font-size: 1rem; }
  h3 { margin: 1.25rem 0 0.25rem; font-size: 0.95rem; }
  h4 { margin: 0 0 0.25rem; font-size: 0.875rem; }
  h4 small { font-weight: 500; color: #5b6272; }
  [hidden] { display: none !important; }
  button { font: inherit; cursor: pointer; color: var(--toon-ink, #1f2430); }
  button:focus-visible { outline: 2px solid var(--toon-focus, #2f6fed); outline-offset: 2px; }
  .toggle { display: flex; align-items: baseline; gap: 0.4rem; width: 100%; padding: 0.375rem 0; border: 0; background: none;
    font-weight: 700; text-align: left; }
  .toggle small { font-weight: 500; font-size: 0.8125rem; color: #5b6272; }
  .chevron { width: 1rem; }
  #lens-body { padding-bottom: 0.75rem; }
  .secondary { margin-left: 0.5rem; padding: 0.25rem 0.75rem; border-radius: 8px; border: 1px solid var(--toon-ink, #1f2430);
    background: #fff; font-size: 0.8125rem; font-weight: 600; }
  .smoke, .note { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-radius: 0.5rem; font-size: 0.85rem; }
  .smoke { background: #fff6e0; color: #6b4a00; }
  .note { background: #eef3fd; color: #1e3a6e; }
  .message { margin: 0.5rem 0; font-size: 0.875rem; color: #3c4353; }
  .message.error { color: #c62f34; }
  .progress { display: flex; align-items: center; gap: 0.75rem; margin: 0.5rem 0; font-size: 0.875rem; flex-wrap: wrap; }
  .progress progress { flex: 1; min-width: 8rem; height: 6px; accent-color: var(--toon-accent, #ff5a5f); }
  .result.dim { opacity: 0.55; }
  .hint { margin: 0 0 0.5rem; font-size: 0.8125rem; color: #5b6272; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-size: 0.875rem; }
  th, td { border: 1px solid #e4e6eb; padding: 0.3rem 0.5rem; }
  thead th { font-weight: 600; font-size: 0.8125rem; vertical-align: bottom; text-align: center; min-width: 4.5rem; }
  th.corner { text-align: left; color: #5b6272; font-weight: 500; }
  th[scope='row'] { text-align: left; font-weight: 500; max-width: 16rem; }
  .line-no { display: inline-grid; place-items: center; width: 1.25rem; height: 1.25rem; border-radius: 50%; background: #1f2430;
    color: #fff; font-size: 0.75rem; font-weight: 700; }
  .thumb { width: 44px; margin: 0 auto 0.2rem; border-radius: 4px; overflow: hidden; }
  td { text-align: center; font-variant-numeric: tabular-nums; }
  td .score { font-weight: 700; font-size: 1rem; }
  td .ref { display: block; font-size: 0.75rem; color: #5b6272; }
  td.diag { background: #fff1f1; box-shadow: inset 0 0 0 2px var(--toon-accent, #ff5a5f); }
  td .star { margin-left: 0.15rem; color: #b7791f; font-size: 0.75rem; vertical-align: super; }
  .summary { margin: 0.5rem 0 0; font-size: 0.875rem; }
  .label-panels { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
  .label-panels > li { border: 1px solid #e4e6eb; border-radius: 10px; padding: 0.5rem 0.75rem; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; }
  .which { font-size: 0.75rem; font-weight: 600; color: #5b6272; text-transform: uppercase; letter-spacing: 0.04em; }
  ol.labels { margin: 0.15rem 0 0; padding-left: 1.1rem; font-size: 0.8125rem; }
  ol.labels li { margin: 0.1rem 0; }
  .gloss { color: #5b6272; font-size: 0.75rem; }
  /* A flex row inside the list item: a long name wraps beside its score instead of pushing the score onto the next label. */
  ol.labels .row { display: flex; align-items: baseline; gap: 0.5rem; }
  ol.labels .what { flex: 1; min-width: 0; }
  .label-score { flex: none; font-weight: 700; font-variant-numeric: tabular-nums; }
`;
