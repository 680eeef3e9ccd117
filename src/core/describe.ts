// Human wording of TimeML values, for messages a fact-checker reads ("2020-09" → "September 2020").
// The wording lives in the message catalog (messages/catalog.ts); these are its English forms, for
// callers that have no language to choose (the English output is the default everywhere).

import { messages } from './messages/catalog';

const english = messages('en');

/** "5 Dec 2020" for a YYYY-MM-DD date. */
export const shortDate = (isoDay: string): string => english.day(isoDay);

/** Describes a TimeML value in words; falls back to the value itself. */
export const describeValue = (value: string): string => english.describeValue(value);
