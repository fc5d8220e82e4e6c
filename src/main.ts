// Entry point: registers the studio shell; index.html places <toon-studio>.
import './app/toon-studio';
import { registerServiceWorker } from './runtime/client/offline-registration';

// Only the build has /sw.js; the dev server sends COOP/COEP itself.
if (import.meta.env.PROD) void registerServiceWorker();
