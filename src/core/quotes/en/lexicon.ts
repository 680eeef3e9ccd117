// Word lists for attribution. Kept as Sets of lower-case forms so look-ups stay O(1) on the hot path.

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/**
 * Verbs that introduce speech or writing ("Arce said", "said Arce"). Inflected forms are listed
 * explicitly: a stemmer would be slower and would also accept nouns ("says" yes, "saying" yes,
 * "sayings" no).
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding explain explains explained
  note notes noted state states stated write writes wrote written tweet tweets tweeted tweeting
  claim claims claimed argue argues argued insist insists insisted continue continues continued
  recall recalls recalled ask asks asked answer answers answered reply replies replied respond
  responds responded declare declares declared announce announces announced acknowledge
  acknowledges acknowledged admit admits admitted warn warns warned suggest suggests suggested
  remark remarks remarked observe observes observed comment comments commented conclude
  concludes concluded stress stresses stressed emphasize emphasizes emphasized emphasise
  emphasises emphasised quip quips quipped joke jokes joked recount recounts recounted report
  reports reported predict predicts predicted concede concedes conceded contend contends
  contended assert asserts asserted maintain maintains maintained mention mentions mentioned
  specify specifies specified exclaim exclaimed shout shouts shouted shouting yell yells yelled yelling cry cries
  cried whisper whispered boast boasts boasted complain complains complained lament laments
  lamented counter counters countered retort retorts retorted vow vows vowed promise promises
  promised pledge pledges pledged urge urges urged demand demands demanded testify testifies
  testified confirm confirms confirmed deny denies denied disclose discloses disclosed reveal
  reveals revealed speculate speculates speculated wonder wonders wondered posted post posts
  chanted chant chants read reads sang sings sing muse muses mused mutter muttered scoffed
  scoff scoffs sighed chimed interjected interrupted begged pleaded proclaimed proclaims
  summarized summed opined reiterated reiterates reasoned agreed agrees
  cautioned cautions advised advises estimated estimates blamed blames charged charges
  alleged alleges thundered fumed raged objected objects protested protests asking
  writing noting arguing claiming insisting explaining declaring warning
  posting stating answering replying responding recalling acknowledging suggesting
  announcing predicting asserting remembered remembers reacted elaborated elaborates confessed
  pondered assure assures assured exhorted riffed
`);

/**
 * Verbs that frame a short partial quote as someone's characterisation ("called the senator a
 * "nasty guy""). They attribute a quote inside their own sentence but never introduce a quote
 * that follows in an inverted "…," called X" pattern.
 */
export const FRAMING_VERBS = words(`
  call calls called calling describe describes described describing dub dubs dubbed label labels
  labeled labelled brand brands branded term terms termed accuse accuses accused blast blasts
  blasted slam slams slammed praise praises praised criticize criticizes criticized criticise
  criticised condemn condemns condemned tout touts touted mock mocks mocked defend defends
  defended characterize characterized characterise characterised refer refers referred dismiss
  dismisses dismissed hail hails hailed decry decries decried deride derided attack attacks
  attacked lambaste lambasted ridicule ridiculed question questions questioned challenge
  challenged applaud applauded thank thanked welcome welcomed invoke invoked cite cites cited
  quote quotes quoted vowing saying telling adding
  labeling labelling branding dubbing accusing blasting slamming praising criticizing
  criticising condemning touting mocking characterizing characterising dismissing hailing
  decrying deriding lambasting ridiculing applauding
`);

/** Words that can sit between a subject and its reporting verb ("Arce also said"). */
export const VERB_MODIFIERS = words(`
  also then later further again once previously recently repeatedly quickly simply finally
  has have had would will could did does do is was were been being be went on to
  just even never still often already first last initially subsequently reportedly only
  not n't himself herself themselves itself
`);

export const PRONOUNS = words('he she they we i it');

/** Titles stripped from a canonical name and never part of it. Lower case, without the period. */
export const TITLES = words(`
  president president-elect vice mr mrs ms miss dr sen senator rep representative gov governor
  ambassador secretary minister prime premier gen general judge justice mayor chairman
  chairwoman chair chancellor king queen prince princess pope rev reverend prof professor
  sheriff chief lt col capt cpt sgt adm admiral speaker leader director commissioner ceo cfo
  spokesman spokeswoman spokesperson attorney councilman councilwoman congressman
  congresswoman rabbi father sister brother lord lady sir dame foreign deputy former
  then-president candidate nominee democrat republican democratic independent presidential hopeful
  lawmaker coach manager founder executive officer correspondent host anchor editor analyst
  commander inspector superintendent ex-president ex
`);

/**
 * Nouns that head a description of a speaker ("the president", "a senior official",
 * "campaign spokesman"). Plural forms let bare plurals stand alone ("officials said").
 */
export const ROLE_NOUNS = words(`
  president president-elect senator spokesman spokeswoman spokesperson official officials
  minister ambassador governor candidate nominee congressman congresswoman lawmaker lawmakers
  chairman chairwoman director secretary mayor leader leaders source sources analyst analysts
  expert experts aide aides adviser advisers advisor advisors businessman billionaire mogul
  campaign statement report reports agency ministry company police officer officers judge
  lawyer lawyers attorney professor economist economists strategist strategists pollster
  pollsters organizer organizers activist activists critic critics supporter supporters
  voter voters resident residents witness witnesses protester protesters
  spokespeople representative representatives rep governor-elect premier chancellor king queen
  prime envoy diplomat diplomats general commander chief head founder executive ceo owner
  manager coach player woman man mother father wife husband son daughter friend people group
  groups democrat democrats republican republicans committee court network newspaper paper
  site website magazine study survey poll polls document documents letter memo filing
  complaint lawsuit indictment ruling release note post tweet message email emails
  administration government department office white house team staff member members
  scientist scientists researcher researchers doctor doctors
  businesswoman incumbent challenger rival opponent host moderator author
  reporter reporters journalist journalists columnist editor editors writer insider insiders
  individual individuals person persons someone spokesmen
`);

/** Determiners that open a description ("the", "a", "his"). */
export const DETERMINERS = words('the a an his her their its our one another two three several some many both this these those');

/** Capitalised words that start sentences or clauses but never start a name. */
export const NOT_NAME_START = words(`
  the a an but and so in on at for as if when while this that then yesterday today tomorrow
  however meanwhile still also after before since although though because during with without
  now later earlier last next speaking asked writing there here it its his her their our my your
  maybe perhaps despite between among amid amidst against toward towards within across around
  through throughout beyond upon those these much nothing nobody everyone everybody
  each every either neither four five six seven eight nine ten eleven twelve thirteen
  fourteen fifteen twenty hours days weeks months years minutes moments
  we i he she they you what why how who where which according from by of to instead even just
  yes no not mr mrs ms monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december
  ever once only soon already indeed again yet thus hence otherwise nonetheless nevertheless
  moreover furthermore finally eventually ultimately recently previously currently initially
  afterward afterwards overall likewise similarly clearly obviously apparently certainly actually
  especially specifically notably unfortunately fortunately ironically separately additionally
  given good see somewhere alongside led do does did
`);

/** Lower-case words allowed inside a name or organisation ("Bank of America", "Charles de Gaulle"). */
export const NAME_PARTICLES = words('of de del della di da van von der den la le al bin ibn du dos das y');

/**
 * First names that almost always belong to one gender in English-language news, and titles or
 * roles that say it. Used only to keep "he" from resolving to a woman named just before, and
 * "she" to a man; names used for both (Jordan, Jean, Robin …) are left out on purpose.
 */
export const FEMALE_FIRST_NAMES = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
  sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
  katherine christine debra rachel carolyn janet catherine maria heather diane julie joyce victoria
  christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline
  gloria teresa ann sara janice julia marie madison grace judy theresa beverly denise marilyn amber
  danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla hillary nikki
  kamala ruth condoleezza madeleine sonia sonya elena ilhan alexandria kirsten
  kristen tammy dianne nina chelsea melania ivanka michele oprah jacinda ursula
  margrethe beatrix indira benazir golda yulia sahra nadia fatima aisha leila
  svetlana olga irina natasha tatiana anastasia katarina ingrid greta astrid mette sanna
  carmen lucia isabel isabella sofia valentina gabriela mariana paula veronica ana rosa yolanda
  priya sunita meena kate katie liz beth jenny jen sue sally meg annie becky debbie kathy cathy
  patty peggy molly maggie ellen eileen claire clare alice lucy sophie charlotte caroline hilary
  nora valerie vicki wendy tina gina joanne jill kay louise marsha mia natalia nicola pauline
  penny rita sheila stacey tara vanessa yvonne zoe
`);

export const MALE_FIRST_NAMES = words(`
  james robert john michael david william richard joseph thomas charles christopher daniel matthew
  anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
  jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
  samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
  henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger gerald harold
  sean austin carl arthur lawrence dylan jesse bryan joe billy bruce albert willie gabriel logan
  alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack
  bernie mitch chuck marco ted rand mike jeb newt rudy bill vladimir boris emmanuel
  recep narendra jair luiz luis evo hugo nicolas fidel raul mohammed muhammad ahmed
  hassan hussein omar abdullah mahmoud bashar sergei dmitry alexei igor ivan viktor volodymyr
  olaf angelo giuseppe matteo francesco pedro pablo carlos miguel jorge diego andres manuel
  antonio fernando ricardo alejandro sergio hans klaus jurgen wolfgang helmut gerhard pierre
  jacques francois jean-claude jean-luc shinzo yoshihide fumio
  malcolm tony gordon keir rishi nigel tom jim bob dan dave steve rick ron
  tim ken greg matt nick ben jon andy fred doug jeff josh zach nate pete phil rob mitt
`);

/** Titles and roles that state a gender. */
export const FEMALE_TITLES = words('mrs ms miss madam madame lady dame queen princess sister spokeswoman chairwoman congresswoman councilwoman businesswoman');
export const MALE_TITLES = words('mr sir lord king prince father brother spokesman chairman congressman councilman businessman');

/**
 * What follows the hyphen of a capitalised compound that modifies a noun ("a Trump-style retort",
 * "Obama-era rules", "a Saudi-led coalition"): an adjective, never a name.
 */
export const COMPOUND_MODIFIER_ENDS = words(`
  style era like backed led based funded owned linked leaning aligned friendly type esque
  related affiliated allied inspired controlled run held made sponsored supported appointed
`);

/**
 * A party and state label set off after a legislator's name ("Sen. Ron Johnson, R-Wis., said",
 * "Gov. John Kasich (R-OH)"), lower case without its final period: never a speaker.
 */
export const PARTY_LABEL = /^[rdi]-[a-z][a-z.]{1,12}$/;
