/** Recorded in attestations and verification summaries; kept in step with package.json (tested). */
export const VERSION = '0.1.0';
