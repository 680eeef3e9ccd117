// English words the clause-tense scan (tense.ts) reads: future, past and present cues, commitments,
// scheduled events and what is not a verb. Data per language, as the tagger's words are (words.ts).

// Words that mark a future (or planned / predicted) event in the words right after them.
// "Analysts expect the firm to report on Tuesday": a present expectation looks ahead, object or not.
export const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'wo', "won't", 'won’t', 'would', "'d", 'upcoming', 'scheduled', 'tomorrow', 'expected', 'expect', 'expects']);
// Reporting verbs end the reporting clause: "Bush on Tuesday said [the US may extend ...]".
export const REPORTING_VERBS = new Set(['said', 'says', 'told', 'announced', 'added', 'noted', 'stated', 'reported', 'explained', 'disclosed', 'warned', 'predicted']);
// Two-word cues: first word → allowed second words.
export const FUTURE_PAIRS: Record<string, Set<string>> = {
  going: new Set(['to']),
  expected: new Set(['to']),
  expects: new Set(['to']),
  plans: new Set(['to']),
  plan: new Set(['to']),
  planning: new Set(['to']),
  // "protesters planned a rally on Saturday": what is planned lies ahead.
  planned: new Set(['to', 'for', 'a', 'an']),
  scheduled: new Set(['to', 'for', 'a', 'an']),
  set: new Set(['to', 'for']),
  due: new Set(['to', 'in', 'on', 'by']),
  slated: new Set(['to', 'for']),
  aims: new Set(['to']),
  intends: new Set(['to']),
  hopes: new Set(['to']),
  projected: new Set(['to']),
  forecast: new Set(['to']),
  poised: new Set(['to']),
  about: new Set(['to']),
  likely: new Set(['to']),
  // "The rules take effect Jan. 1", "tickets go on sale Friday", "workers go on strike Monday".
  takes: new Set(['effect']),
  take: new Set(['effect']),
  goes: new Set(['on']),
  go: new Set(['on']),
  is: new Set(['to']),
  are: new Set(['to']),
};
// Verbs and nouns of commitment whose infinitive names a later event: "agreed to buy the unit in
// February", "has decided to admit them in March", "ready to leave as soon as Tuesday". Told in the
// past, the commitment is past but what was agreed lies after it, so the date reads forward.
const COMMITMENT_WORDS = [
  'agreed', 'agrees', 'agree', 'agreement', 'decided', 'decides', 'decision', 'promised', 'promises', 'pledged',
  'pledges', 'vowed', 'vows', 'voted', 'intended', 'intend', 'ready', 'prepared',
];
export const COMMITMENT = new Set(COMMITMENT_WORDS);
for (const word of COMMITMENT_WORDS) FUTURE_PAIRS[word] = new Set(['to']);
// After "to", these start a noun phrase ("agreed to the terms on Monday"), not an infinitive.
export const NOT_INFINITIVE = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'no', 'such']);
// Modals that make a prediction when followed by a base verb.
export const MODALS = new Set(['may', 'might', 'could', 'should', 'must', 'can']);

export const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'ago', 'said', 'told', 'went', 'came', 'took', 'made', 'gave', 'got', 'began',
  'became', 'won', 'lost', 'left', 'met', 'saw', 'found', 'held', 'brought', 'bought', 'sold', 'paid', 'fell',
  'rose', 'led', 'ran', 'wrote', 'spoke', 'chose', 'knew', 'thought', 'felt', 'kept', 'sent', 'spent', 'built',
  'struck', 'taught', 'caught', 'fought', 'sought', 'drew', 'grew', 'threw', 'flew', 'stood', 'understood',
  'wore', 'broke', 'forgot', 'shot', 'hid', 'fled', 'froze', 'ate', 'drove', 'rode', 'swore', 'sank', 'sang',
  'overtook', 'withdrew', 'undertook', 'oversaw', 'heard', 'meant', 'dealt', 'lent', 'slid', 'split', 'quit',
  'wasn\'t', 'weren\'t', 'didn\'t', 'hadn\'t', 'wasn’t', 'weren’t', 'didn’t', 'hadn’t', 'then-', 'former', 'earlier',
]);
export const PRESENT_WORDS = new Set([
  'is', 'are', 'am', 'has', 'have', 'does', 'do', "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't",
  'isn’t', 'aren’t', 'hasn’t', 'haven’t', 'doesn’t', 'don’t', 'now', 'currently', 'says', 'remains', 'seeks',
  'wants', 'needs', 'believes', 'continues', 'plans', 'thinks', 'expects', 'hopes', 'today',
]);
// Scheduled events told in the present ("construction resumes in January", "before the museum
// reopens"): the present of such a verb points ahead of the publication date, like a future.
export const SCHEDULED_EVENT_VERBS = new Set([
  'resumes', 'reopens', 'restarts', 'begins', 'starts', 'opens', 'closes', 'ends', 'expires', 'lapses', 'convenes',
  'reconvenes', 'concludes', 'arrives', 'departs', 'launches', 'finishes', 'meets', 'retires', 'debuts', 'premieres',
]);
// The same verbs in the base form, scheduled when a plural subject comes right before them ("talks
// resume in January", "deliveries start in the third quarter", "polls close at 8 p.m. Tuesday"); after
// anything else the word is as often a noun ("the start of the year") or an infinitive.
export const SCHEDULED_BASE_VERBS = new Set([
  'resume', 'reopen', 'restart', 'begin', 'start', 'open', 'close', 'end', 'expire', 'lapse', 'convene',
  'reconvene', 'conclude', 'arrive', 'depart', 'launch', 'finish', 'meet', 'debut', 'premiere',
]);
// Words ending in s that are not plural subjects ("this start", "its close", "has begun").
export const NOT_PLURAL_SUBJECTS = new Set([
  'is', 'was', 'has', 'does', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'as', 'us', 'thus', 'plus',
  'always', 'perhaps', 'less', 'unless', 'whereas', 'news', 'yes', 'across', 'besides', 'sometimes', 'towards',
  'afterwards', 'nevertheless', 'regardless', 'various', 'previous', 'serious', 'famous', 'numerous', 'obvious',
  'nervous', 'anxious', 'cautious', 'ambitious',
]);
// Pronoun subjects of a plural verb.
export const PLURAL_PRONOUNS = new Set(['they', 'we']);

// Words ending in -ed that are not past-tense verbs.
export const NOT_PAST_ED = new Set([
  'need', 'speed', 'indeed', 'red', 'bed', 'hundred', 'feed', 'seed', 'breed', 'proceed', 'exceed', 'succeed',
  'embed', 'shed', 'bred', 'fled', 'led', 'wed', 'based', 'united', 'limited', 'supposed', 'used', 'ted',
  'ned', 'fred', 'ahmed', 'mohammed', 'muhammad', 'reed', 'creed', 'greed', 'weed', 'deed', 'steed', 'sled',
  'med', 'bled', 'biased', 'scheduled', 'expected', 'interested', 'concerned', 'related', 'detailed', 'advanced',
  'planned', 'set', 'dedicated', 'talented', 'learned', 'skilled', 'armed', 'married', 'aged', 'tired',
  'experienced', 'alleged', 'so-called', 'elected', 'unprecedented', 'unexpected', 'undisclosed', 'unnamed',
  // Negated participles used as adjectives: "on a still unspecified date in January".
  'unspecified', 'unidentified', 'unconfirmed', 'unannounced', 'unresolved', 'unrelated', 'unsolved', 'unauthorized',
  'undecided', 'unemployed', 'unarmed', 'unopposed', 'unsecured', 'unchanged',
]);
// Words that open a new clause; the tense of an expression is read in its own clause first.
export const CLAUSE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'after', 'before',
  'since', 'until', 'but', 'where',
]);

// Words after which a narrative names another time in passing (see narrativeAside in tagger.ts):
// the past perfect of a flashback, and "until" ending something that lasted from the story's time.
export const ASIDE_WORDS = ['had', 'until'];
