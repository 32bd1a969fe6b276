import { value } from '../fixtures/esm/tla-export.mjs';
console.log('static import waited for TLA:', value);
