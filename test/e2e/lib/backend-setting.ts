// Sets the studio's backendPreference setting as the header select would, then reloads so the host starts with it.
import type { Page } from '@playwright/test';

export async function preferBackend(page: Page, url: string, preference: 'auto' | 'webgpu' | 'wasm'): Promise<void> {
  await page.goto(url);
  await page.evaluate((value) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('toonsmith');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('settings', 'readwrite');
      tx.objectStore('settings').put(value, 'backendPreference');
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  }), preference);
  await page.reload();
}
