// English words of the temporal tagger: names of months, weekdays, units, numbers, seasons. Keys are
// lower case. A second language is a sibling folder with the same exports.

// Maps rather than plain objects: the tagger looks up every token it reads with a string built at run
// time (see docs/performance.md).
export function words<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

export const MONTHS: ReadonlyMap<string, number> = words({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});
/** Abbreviations that need a following period or day number to count as a month. */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: ReadonlyMap<string, number> = words({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
});
export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE' | 'Q' | 'WE' | 'FN';

export const UNITS: ReadonlyMap<string, Unit> = words({
  year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D',
  hour: 'H', hours: 'H', minute: 'MIN', minutes: 'MIN', second: 'S', seconds: 'S', decade: 'DE', decades: 'DE',
  century: 'CE', centuries: 'CE', quarter: 'Q', quarters: 'Q', weekend: 'WE', weekends: 'WE', fortnight: 'FN',
  fortnights: 'FN',
});

export const NUMBER_WORDS: ReadonlyMap<string, number> = words({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, half: 0.5, single: 1, couple: 2,
});
/** Vague quantities: the TimeML value uses X ("several years" → PXY). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'many', 'some', 'numerous', 'multiple', 'recent', 'coming', 'ensuing']);

export const ORDINALS: ReadonlyMap<string, number> = words({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, final: -1, last: -1,
});

/** Days of the month in words: "March eighth", "the fifth of May" (tens joined: "twenty-first"). */
export const DAY_ORDINALS: ReadonlyMap<string, number> = words({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
});

export const SEASONS: ReadonlyMap<string, string> = words({ spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' });
export const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
/** Months each season starts in (northern hemisphere, meteorological) for calendar ranges. */
export const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const DAY_PARTS: ReadonlyMap<string, string> = words({
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
});

/** Adverbs of frequency that are SETs by themselves. */
export const FREQUENCY_WORDS: ReadonlyMap<string, string> = words({
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
  quarterly: 'P3M', biweekly: 'P2W', biannually: 'P6M', semiannually: 'P6M',
});

/** Fixed-date holidays (month, day). */
export const HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25], 'christmas eve': [12, 24], 'new year\'s day': [1, 1], 'new year\'s eve': [12, 31],
  halloween: [10, 31], 'valentine\'s day': [2, 14], 'independence day': [7, 4], 'boxing day': [12, 26],
};

/** Tokens that can never be part of a temporal expression's left context. */
export const TIME_ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'et', 'pt', 'jst', 'ist', 'msk']);
