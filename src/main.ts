// Entry point: registers the studio shell; index.html places <toon-studio>.
import './app/toon-studio';
import { registerServiceWorker } from './runtime/client/offline-registration';

// Only the build has /sw.js; the dev server sends COOP/COEP itself.
if (import.meta.env.PROD) void registerServiceWorker();
// The lettering faces' declarations load after the shell, so the first paint never waits for them.
void import('./features/lettering/client/fonts');
