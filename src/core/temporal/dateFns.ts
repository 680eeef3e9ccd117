// The date-fns functions the tagger uses, imported by name so that bundlers keep only these (a
// namespace import of 'date-fns' pulled the whole library into both extension bundles).
export { addDays, addMonths, addWeeks, addYears, getISODay, isLeapYear, nextDay, previousDay, subDays, subMonths } from 'date-fns';
