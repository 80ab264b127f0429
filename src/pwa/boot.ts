// The offline layer, the same under every shell. index.html loads it before src/main.tsx, so the
// missing-chunk handler is in place before the app's first lazy import (its locale). The service
// worker is registered by src/main.tsx once the start-up is over.
import { watchForMissingChunks } from './chunkReload';

watchForMissingChunks();
