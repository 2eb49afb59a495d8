// Starts the TypeScript worker (worker.ts) through tsx's loader: worker threads do not inherit it.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
