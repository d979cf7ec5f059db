import { ApiError, errorMessage } from '../../api/client';
import { chineseDatesIn } from '../../forms/chineseDates';

/**
 * What a citizen reads when the host says no: the rules' own sentences (APPT_MISMATCH …) where there
 * are some, else the API's message; `notFound` words a bare 404 for the screen at hand.
 */
export function refusalLines(error: unknown, notFound?: string): string[] {
  if (!(error instanceof ApiError)) return [errorMessage(error)];
  if (error.code === 'NOT_FOUND' && notFound) return [notFound];
  const lines = error.violations.map((v) => chineseDatesIn(v.message));
  return lines.length > 0 ? [...new Set(lines)] : [chineseDatesIn(error.message)];
}
