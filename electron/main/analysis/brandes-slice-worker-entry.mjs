// Worker threads do not inherit tsx's loader from the parent process, so register it here and
// then load the TypeScript worker (the CLI always runs under tsx).
import { register } from 'tsx/esm/api';

register();
await import('./brandes-slice-worker.ts');
