// English context words of the temporal tagger: the words around a trigger that make it a date, a
// deadline, an idiom or a count. Keys are lower case. A second language is a sibling folder.
import { MONTHS, SEASONS, WEEKDAYS, words } from './lexicon';

// Trigger words, whole; and numbers that can start an expression: a 4-digit year, or a short number
// followed by a unit, a month, a clock or ordinal suffix ("11 months", "18 October", "07:08", "4th").
// One case-insensitive pass finds digit runs and whole trigger words; month and weekday names must
// then be capitalized ("may", "march", "sun" are other words) and short numbers must be followed by
// a unit, a month, a clock or an ordinal suffix (checked on the raw text before any tokenizing).
// "the nineties": decades in words, read as the twentieth century's.
export const DECADE_WORDS = new Map([['thirties', 1930], ['forties', 1940], ['fifties', 1950], ['sixties', 1960], ['seventies', 1970], ['eighties', 1980], ['nineties', 1990]]);

// Word lists checked on every candidate: module constants, not an array literal made per check.
export const LAST_THIS_NEXT = new Set(['last', 'this', 'next']);
export const ORDINAL_SUFFIXES = new Set(['th', 'st', 'nd', 'rd']);
export const WORDS_BEFORE_BARE_YEAR = new Set(['in', 'of', 'since', 'until', 'from', 'to', 'year', 'by', 'during', 'before', 'after', 'early', 'late', 'mid', 'circa', 'c', 'around', 'and']);
export const EARLY_LATE_MID = new Set(['early', 'late', 'mid']);
export const AGO_EARLIER_LATER = new Set(['ago', 'earlier', 'later']);
export const RELATIVE_FOLLOWERS = new Set(['ago', 'earlier', 'later', 'before', 'after']);
export const SEASON_CONTEXT = new Set(['in', 'during', 'since', 'until', 'by', 'through', 'this', 'that', 'each', 'every']);
export const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'before', 'after', 'since', 'till', 'around']);
export const PREPOSITIONS_BEFORE_THE_PAST = new Set(['in', 'than', 'from', 'into', 'of', 'to']);

/** Prepositions that make a bare date a deadline ("extended to Nov. 20", "through January"). */
export const DEADLINE_WORDS = new Set(['until', 'till', 'through', 'by', 'before', 'thru']);
/** Verbs that turn a following "to" into a deadline ("extended to Nov. 20"). */
export const DEADLINE_VERBS = new Set(['extended', 'postponed', 'delayed', 'moved', 'pushed', 'adjourned', 'deferred', 'extend', 'postpone', 'delay']);

export const COUNT_NOUNS = new Set([
  'people', 'troops', 'soldiers', 'shares', 'tons', 'tonnes', 'votes', 'jobs', 'workers', 'members', 'units',
  'cases', 'deaths', 'dollars', 'euros', 'barrels', 'feet', 'miles', 'meters', 'metres', 'km', 'acres',
  'copies', 'vehicles', 'cars', 'homes', 'students', 'employees', 'residents', 'rooms', 'seats', 'points',
  'times', 'hectares', 'kilometers', 'kilometres', 'pounds', 'police', 'officers', 'refugees', 'civilians',
  'delegates', 'yards', 'words', 'calories', 'pages', 'signatures', 'patients', 'passengers', 'children',
  'men', 'women', 'mph', 'kg', 'mm', 'cm', 'lbs', 'ft', 'm', 'x',
]);

// Left modifiers of a duration or a relative expression, and how they change it.
export const DIRECTION_WORDS = words<-1 | 0 | 1>({
  last: -1, past: -1, previous: -1, preceding: -1, recent: -1, latest: -1, next: 1, coming: 1, following: 1,
  upcoming: 1, this: 0, current: 0,
});
export const APPROXIMATORS = new Set(['nearly', 'almost', 'around', 'approximately', 'roughly']);
export const TWO_WORD_APPROXIMATORS: Record<string, Set<string>> = {
  more: new Set(['than']),
  less: new Set(['than']),
  fewer: new Set(['than']),
  at: new Set(['least', 'most']),
  up: new Set(['to']),
};

/** Words after "the March" that make it the noun (a march), not the month. */
export const MARCH_NOUN_FOLLOWERS = new Set(['of', 'on', 'for', 'to', 'in', 'and', 'or', 'by', 'from', 'at', 'with', 'against', 'through', 'was', 'is', 'will', 'had', 'has']);

/** Words before a bare month that show it is a date ("in May", "since March"). */
export const MONTH_CONTEXT = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'during', 'from',
  'to', 'through', 'before', 'after', 'between', 'and', 'or', 'on', 'end', '-', 'that', 'each', 'every', 'for',
  'around', 'previous', 'preceding', 'following',
]);

export const FRONTED_DEADLINE_OPENERS = new Set(['but', 'and', 'up', 'not', 'yet']);

/** Words after which "one day" means "some day": "will one day be", "she one day hopes". */
export const SOMEDAY_BEFORE = new Set(['will', 'would', 'shall', 'may', 'might', 'could', 'can', 'should', 'must', 'he', 'she', 'they', 'we', 'i', 'you', 'it', 'll', 'd']);

export const PERIOD_END_WORDS = new Set(['ended', 'ending', 'ends', 'through']);

/** "the day after the vote" is one day on from the event; "the day before", one day back. */
export const DAY_RELATIONS: Record<string, number> = { after: 1, following: 1, before: -1 };
export const IN_THE_DAY = new Set(['in', 'during', 'of', 'for', 'through', 'throughout']);
/** Verbs after "the day" that make it a figure of speech: "the day will come", "the day came when". */
export const DAY_IDIOM_VERBS = new Set(['will', 'would', 'shall', 'may', 'might', 'could', 'must', 'came', 'comes', 'come']);
/** Verbs before "the day" in idioms: "carried the day", "saved the day". */
/**
 * Words that open a relative clause right after "a day", "a year": "there came a day when ...",
 * "not a day anybody can be ready for" name an occasion, not a length of time.
 */
export const OCCASION_CLAUSE_OPENERS = new Set(['when', 'where', 'i', 'we', 'you', 'he', 'she', 'they', 'anybody', 'anyone', 'nobody', 'everybody', 'everyone']);
/** Words before "a day" that make it a length even with a clause after it ("for a week they waited", "took a year when ..."). */
export const LENGTH_PREPOSITIONS = new Set([
  'for', 'in', 'within', 'over', 'after', 'about', 'than', 'once', 'per', 'only', 'just', 'half', 'nearly', 'almost', 'around',
  'took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts', 'lasting', 'spent', 'spend', 'spends', 'waited', 'wait', 'waits',
]);
export const DAY_IDIOM_OBJECTS = new Set(['carried', 'carry', 'carries', 'won', 'win', 'wins', 'saved', 'save', 'saves', 'seize', 'seized', 'call', 'called']);

export const DAY_PAIR_LINKS = new Set(['-', '–', 'and', 'or', 'to', 'through']);

// Words after which "over" means "more than" ("lowest in over a decade"), not "during" ("used over three years").
export const OVER_AS_MORE_THAN = new Set(['in', 'for', 'just', 'last', 'lasted', 'lasts', 'lasting']);

export const OPENING_QUOTES = new Set(['"', "'", '“', '‘', '`']);
export const COMPARISON_WORDS = new Set(['same', 'corresponding', 'comparable', 'equivalent', 'like']);
export const COMPARED_PERIODS = new Set(['period', 'month', 'quarter', 'week', 'day', 'time', 'season', 'half']);

/**
 * Words before a date that make it the time of the clause ("In October 1984, he flew"), unlike a
 * date that names an event ("the Dec. 21, 1988, bombing") or a starting point ("since June 1998").
 */
export const SCENE_PREPOSITIONS = new Set(['in', 'on', 'during', 'by', 'from', 'until']);

export const PERIOD_WORDS = new Set(['quarter', 'period', 'results', 'quarters', 'months', 'month', 'week', 'level', 'levels']);

// Words after which "last" is the verb ("will last two weeks", "expected to last a year").
export const BEFORE_VERB_LAST = new Set(['will', 'would', 'to', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'll', 'not', 'did', 'does', 'do', 'which']);

export const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** Words that may follow an adverb of frequency ("rises annually by 5%"). */
export const ADVERB_FOLLOWERS = new Set(['by', 'in', 'at', 'on', 'to', 'for', 'and', 'or', 'since', 'until', 'from', 'through', 'basis', 'as', 'with', 'over']);
export const PER_UNIT_COUNTS = new Set(['times', 'twice', 'once', 'thrice', 'percent', 'million', 'billion', 'dollars', 'cents', 'hundred', 'thousand']);
export const COUNT_ADJECTIVES = new Set(['trading', 'straight', 'consecutive', 'business', 'working', 'successive', 'more', 'additional', 'further']);
export const UNIT_ADJECTIVES = new Set(['fiscal', 'full', 'entire', 'whole', 'calendar', 'same']);
export const BOUNDARY_WORDS = new Set(['end', 'beginning', 'start', 'middle', 'turn']);
/** Capitalized words a year may follow mid-sentence ("in September 2019", "since Christmas 2019"). */
export const NAME_BEFORE_YEAR_OK = new Set([...[...MONTHS.keys()], ...[...SEASONS.keys()], ...[...WEEKDAYS.keys()], 'christmas', 'easter', 'fiscal', 'fy', 'ad', 'bc', 'ce']);
/** Words before h:mm:ss that make it a time taken, not a time of day ("finished in 3:07:35", "a time of 2:05:10"). */
export const RESULT_WORDS = new Set(['in', 'of', 'clocked', 'timed', 'ran', 'run', 'finished', 'won', 'completed', 'record']);

// Reference words used as ordinary adjectives or nouns (see parseRelativeWord).
/** Nouns after "today's" that make it "present-day" in general: "today's youth", "in today's world". */
export const PRESENT_DAY_NOUNS = new Set(['world', 'youth', 'society', 'generation', 'generations', 'children', 'kids', 'teenagers', 'young', 'standards', 'culture', 'consumers', 'families', 'students']);
/** Quantifiers before "of today's": "many of today's computers" are the kind in use, no day. */
export const QUANTIFIERS_OF = new Set(['many', 'most', 'some', 'all', 'few', 'much', 'none', 'several']);
