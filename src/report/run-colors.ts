import { forHtml } from '../core/escape.js';
import type { RunStepStatus } from './run-types.js';

/** One colour per status, shared by the graph and the table so they read the same. */
export function statusColor(s: RunStepStatus): string {
  switch (s) {
    case 'passed':
      return '#2da44e';
    case 'failed':
      return '#cf222e';
    case 'not-applicable':
      return '#8c959f';
    case 'not-implemented':
      return '#8c959f';
    case 'skipped':
      return '#d0d7de';
    case 'interrupted':
      return '#8250df';
    case 'missing':
      return '#bf8700';
    default:
      // signature, subject, chain and format problems: worse than a plain failure
      return '#82071e';
  }
}

/** HTML text and attribute values (control characters removed too). */
export const escapeHtml = forHtml;
