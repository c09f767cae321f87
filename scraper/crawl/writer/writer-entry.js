// The writer thread's entry point, plain JavaScript: a worker thread does not inherit the parent's
// module loader, so it registers tsx's own before loading the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./writer-worker.ts');
