// Asks the browser to keep this origin's storage (models, gallery, drafts) under storage pressure.
// Asked once per page, after the first strip drawn: by then the author has used the studio, the models
// are cached, and a browser that prompts (Firefox) asks at a moment that makes sense.

let asked: Promise<boolean> | undefined;

export function askPersistentStorage(): Promise<boolean> {
  asked ??= (async () => {
    const storage = (globalThis as { navigator?: Navigator }).navigator?.storage;
    if (!storage?.persist) return false;
    try {
      if (await storage.persisted()) return true;
      return await storage.persist();
    } catch {
      return false;
    }
  })();
  return asked;
}
