// The offline layer, the same under every shell. index.html loads it before src/main.tsx, so the
// missing-chunk handler is in place before the app's first lazy import (its locale).
import { watchForMissingChunks } from './chunkReload';
import { registerServiceWorker } from './serviceWorker';

watchForMissingChunks();
registerServiceWorker();
