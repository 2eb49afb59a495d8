// Who said each quote: the attributor and what it returns. The stages are listed in attributor.ts.
export { Attributor } from './attributor';
export { maskAffiliations, maskQuotes } from './masking';
export { MAX_READ_SPANS } from './reach';
export type { Attribution, Who } from './types';
