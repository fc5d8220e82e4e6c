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
    z-index: 1;
    margin: 0 auto;
    width: min(100% - 2rem, 60rem);
  }
  main {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(20rem, 26rem) minmax(0, 1fr);
    gap: clamp(1rem, 3vw, 2rem);
    padding: clamp(1rem, 3vw, 2rem);
    align-items: start;
  }
  .tools {
    display: grid;
    gap: 1rem;
  }
  .card {
    padding: 1rem;
    background: #fff;
    border: 1px solid #e4e6eb;
    border-radius: 14px;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  .generate {
    font: inherit;
    font-weight: 700;
    padding: 0.625rem 1.25rem;
    border: 0;
    border-radius: 10px;
    background: var(--toon-accent);
    color: #fff;
    white-space: nowrap;
    cursor: pointer;
  }
  .generate:disabled {
    background: #c9ced8;
    color: #4b5263;
    cursor: not-allowed;
  }
  .actions .note {
    font-size: 0.8125rem;
    color: #5b6272;
  }
  toon-strip-view {
    min-width: 0;
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
    main {
      grid-template-columns: minmax(0, 1fr);
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
