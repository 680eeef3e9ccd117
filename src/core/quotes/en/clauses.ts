// English words that shape clauses around a quote: what opens a subordinate or relative clause, what
// links phrases, what may stand before a name. Words as data: the attribution rules in the folder
// above ask these sets.

// Words before the subject of a subordinate clause ("when Trump said", "after she spoke"), or of a
// passive's agent ("asked by Smith to respond").
export const LEADING_SUBORDINATORS = new Set('when after before while as if because although though since once until unless whether by'.split(' '));

// Words that open a clause after the main one whose own subject keeps a quote in it ("…, when he
// claimed Obama was “…”", "…, although she tweeted that she “…”").
export const TRAILING_SUBORDINATORS = new Set(['when', 'although', 'though', 'while']);

// Relative pronouns that may open a clause with a subject of its own ("Trump, whom he called …",
// "the plan, which she described as …"), unlike "what", whose clause is what the main verb says.
export const OBJECT_RELATIVES = new Set(['who', 'whom', 'which']);

// Words that join two clauses, each with its own subject ("…, but she cautions that …").
export const COORDINATORS = new Set(['and', 'but']);

// The writer's own pronouns: "and I quote" is no speaker of the quote that follows.
export const FIRST_PERSON = new Set(['i', 'we']);

// Prepositions: after a capitalised word they make it a heading or a title ("Headline of the day"), not a subject.
export const PREPOSITIONS = new Set('of in on at for from with by about to into over under'.split(' '));

// Words that open a relative clause ("what she calls", "whom he called", "which he said").
export const RELATIVES = new Set(['what', 'which', 'whom', 'who', 'that']);

// Words that open a relative or subordinate clause.
export const SUBORDINATORS = new Set('that which who whom whose what if whether when where while because although though since unless until once'.split(' '));

// Words that open a clause or a phrase rather than a noun phrase.
export const CLAUSE_LINKS = new Set('and or but so as while when where if because although though after before since until that which who whom whose what how why than then with without by of to for from in on at into about over under'.split(' '));

export const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'then', 'later', 'earlier', 'still', 'yet', 'also', 'meanwhile']);

export const FUNCTION_WORDS_BEFORE_NAME = new Set(['that', 'which', 'who', 'and', 'or', 'but', 'by', 'of', 'to', 'for', 'from', 'with', 'in', 'on', 'at', 'as', 'is', 'was', 'were', 'are', 'has', 'had', 'have']);

export const INTRO_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'last', 'this', 'speaking', 'asked', 'as', 'for', 'with', 'earlier', 'later']);

// Adverb particles and possessives after a participle ("flying home", "filling in", "reprising his").
export const PARTICLES = new Set('home up down out off back away his her their its my our your'.split(' '));

// Words left lower-case inside titles ("The Art of the Deal").
export const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'or']);

// Pronouns that head a cue, as written right before the verb.
export const PRONOUNS_BEFORE_VERB = new Set(['he', 'she', 'they', 'we', 'I', 'He', 'She', 'They', 'We']);
