// After the first strip drawn: by then the author has used the studio, so it is the moment to
// - ask the browser to keep this origin's storage (models, gallery, drafts) under storage pressure
//   (a browser that prompts, like Firefox, asks at a moment that makes sense);
// - have the service worker cache the rest of the suite's models, so every mode works offline.
// Once per page.

let done: Promise<boolean> | undefined;

export function keepForOffline(): Promise<boolean> {
  done ??= (async () => {
    const nav = (globalThis as { navigator?: Navigator }).navigator;
    const suite = new URLSearchParams(globalThis.location?.search ?? '').get('suite');
    nav?.serviceWorker?.controller?.postMessage({ type: 'cache-suite', suite });
    const storage = nav?.storage;
    if (!storage?.persist) return false;
    try {
      if (await storage.persisted()) return true;
      return await storage.persist();
    } catch {
      return false;
    }
  })();
  return done;
}
