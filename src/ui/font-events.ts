// Tells lettering when more fonts have loaded: text measured with a fallback face before then is laid out again.
const listeners = new Set<() => void>();
if (typeof document !== 'undefined' && document.fonts) {
  document.fonts.addEventListener('loadingdone', () => {
    for (const listener of listeners) listener();
  });
}

/** Called each time the document finishes loading fonts; returns the way to stop listening. */
export function onFontsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
