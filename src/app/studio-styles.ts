// Look of the studio shell: a tools column beside a centred vertical strip, stacked on phones.
import { css } from 'lit';

export const studioStyles = css`
  :host {
    --toon-ink: #1f2430;
    --toon-accent: #ff5a5f;
    --toon-focus: #2f6fed;
    --toon-paper: #f5f5f2;
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    background: var(--toon-paper);
    color: var(--toon-ink);
    font-family: Pretendard, 'Pretendard Variable', 'Noto Sans KR', 'Noto Sans CJK KR', 'Nanum Gothic',
      NanumGothic, 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif;
    line-height: 1.5;
    word-break: keep-all;
  }
  header {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    flex-wrap: wrap;
    padding: 0.75rem clamp(1rem, 3vw, 2rem);
    background: var(--toon-ink);
    color: #fff;
  }
  h1 {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 800;
    letter-spacing: -0.01em;
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .header-end {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  .language {
    display: inline-flex;
    border: 1px solid #4b5263;
    border-radius: 999px;
    overflow: hidden;
  }
  .language button {
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    padding: 0.25em 0.75em;
    border: 0;
    background: transparent;
    color: #b9bfcc;
    cursor: pointer;
    white-space: nowrap;
  }
  .language button[aria-pressed='true'] {
    background: #fff;
    color: var(--toon-ink);
  }
  .language button:focus-visible {
    outline: 2px solid var(--toon-focus);
    outline-offset: -2px;
  }
  .backend-choice select {
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    padding: 0.2em 0.5em;
    border: 1px solid #4b5263;
    border-radius: 999px;
    background: transparent;
    color: #b9bfcc;
  }
  .backend-choice select option {
    color: var(--toon-ink);
  }
  .backend-choice select:focus-visible {
    outline: 2px solid var(--toon-focus);
  }
  h1 .mark {
    color: var(--toon-accent);
  }
  h1 small {
    font-size: 0.8125rem;
    font-weight: 500;
    color: #b9bfcc;
  }
  toon-message-area {
    position: sticky;
    top: 4rem;
    /* Above the strip's sticky bar (z-index 1, later in the page), which otherwise hides the message's text. */
    z-index: 2;
    margin: 0 auto;
    width: min(100% - 2rem, 60rem);
  }
  main {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(20rem, 26rem) minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    grid-template-areas: 'tools strip' 'extras strip';
    gap: clamp(1rem, 3vw, 2rem);
    padding: clamp(1rem, 3vw, 2rem);
    align-items: start;
  }
  .tools,
  .extras {
    display: grid;
    gap: 1rem;
  }
  .tools {
    grid-area: tools;
  }
  .extras {
    grid-area: extras;
  }
  .card {
    padding: 1rem;
    background: #fff;
    border: 1px solid #e4e6eb;
    border-radius: 14px;
  }
  /* The strip and, above it, the CLIP lens that looks at it. */
  .strip-column {
    grid-area: strip;
    min-width: 0;
    display: grid;
    /* A fixed track: the lens table's widest row (Korean words do not break mid-word) must scroll, not widen the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
    align-content: start;
  }
  footer {
    padding: 1rem clamp(1rem, 3vw, 2rem) 1.5rem;
    font-size: 0.8125rem;
    color: #5b6272;
    text-align: center;
  }
  footer a {
    color: inherit;
  }
  @media (max-width: 52rem) {
    /* On phones the strip follows the controls; references and models come after it. */
    main {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto;
      grid-template-areas: 'tools' 'strip' 'extras';
    }
    /* The header wraps to two rows on phones; pinned it would eat an eighth of the screen. */
    header {
      position: static;
    }
    toon-message-area {
      top: 0.5rem;
    }
  }
`;
