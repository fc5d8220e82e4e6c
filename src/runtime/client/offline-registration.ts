// Registers /sw.js (built only into dist/): offline use, and COOP/COEP on hosts that send none.
// A page that is not cross-origin isolated reloads once, when the worker first controls it, to get
// threaded WASM; a sessionStorage mark makes that at most one reload per tab, so it can never loop.
// Without service workers (or with them blocked) the page simply runs on WASM with one thread.

export const RELOAD_MARK = 'toonsmith:isolation-reload';

export interface IsolationState {
  supported: boolean;
  isolated: boolean;
  /** True when this load is the one reload made for isolation. */
  reloaded: boolean;
}

export function isolationState(): IsolationState {
  return {
    supported: 'serviceWorker' in navigator,
    isolated: globalThis.crossOriginIsolated === true,
    reloaded: readMark() !== null,
  };
}

function readMark(): string | null {
  try {
    return sessionStorage.getItem(RELOAD_MARK);
  } catch {
    return null;
  }
}

/** Resolves once the page is controlled (at once when it already is). */
function controlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}

export async function registerServiceWorker(url = new URL('sw.js', document.baseURI).href): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(url, { scope: new URL('./', url).href });
  } catch (err) {
    // e.g. an insecure origin or a browser setting: the app works on, only without threads or offline.
    console.warn(`Service worker not registered: ${(err as Error).message}`);
    return;
  }
  if (globalThis.crossOriginIsolated === true) return;
  if (readMark() !== null) return; // reloaded once already and still not isolated: stay on one thread
  await controlled();
  try {
    sessionStorage.setItem(RELOAD_MARK, String(Date.now()));
  } catch {
    return; // no way to mark the reload, so no reload: one thread rather than a risk of a loop
  }
  location.reload();
}
