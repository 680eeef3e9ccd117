// The words and lines the article pruning (lightBoilerplate.ts) knows furniture by: class and id
// words, lines that are furniture in any position, bylines and date lines left in the text, and
// the headings of link lists. Every rule removes a block that is short or made of links, so a
// story's own paragraphs are never at stake.

/** Class and id words naming furniture (compared per word of `class`/`id`, split at - and _). */
export const FURNITURE_WORDS = new Set(
  (
    'caption captions credit credits copyright byline bylines dateline timestamp share sharing sharebar social ' +
    'newsletter newsletters subscribe subscription promo related recommended recommendations trending popular ' +
    'breadcrumb breadcrumbs tags tag advert advertisement ad ads sponsor sponsored reprints print toolbar ' +
    'author bio disclaimer cta comment comments rollover tooltip popup hover modal'
  ).split(' '),
);

export const EARLY_FURNITURE_WORDS = new Set([...FURNITURE_WORDS].filter((word) => !['byline', 'bylines', 'author', 'bio', 'dateline', 'timestamp'].includes(word)));
// A furniture name on a big block is more likely a site's odd name for its story container.
export const MAX_NAMED_FURNITURE = 600;

// A short block that is nothing but one of these is furniture, in any position.
export const FURNITURE_LINE = new RegExp(
  [
    // Credits and caption labels: "Image copyright Getty Images", "Photo: Gene J. Puskar".
    String.raw`^(image|photo|picture|video) (copyright|caption|credit)\b`,
    String.raw`^(photo|image|picture|credit|source|foto)s?\s*:`,
    String.raw`^(getty( images)?|ap photo|reuters|afp|shutterstock|©.*)$`,
    // Captions that end in their credit: "… in size (Image: GETTY )".
    String.raw`\((image|photo|picture|credit|pic|source)s?\s*:[^()]*\)$`,
    // Links out of the story and calls to act.
    String.raw`^(read more|see more|more|related|related post|related coverage[^:]*|recommended|don'?t miss|you may also like|trending|watch|listen)\s*[:.…]`,
    String.raw`^(advertisement|advert|ad|sponsored|iklan|anzeige|publicidad|publicité)$`,
    String.raw`^(\d+\s+)?comments?(\s*\(\d+\))?$`,
    String.raw`^(post|add|leave|view|show|write) (a |your )?(comment|reply)`,
    String.raw`^(view author archive|email the author|follow on twitter|enlarge image|print article|order reprints|text size|share this( article| story)?)$`,
    String.raw`^(tags|filed under|categories|topics)\s*:`,
    String.raw`\b(sign up|subscribe)\b.{0,120}\bnewsletters?\b`,
    String.raw`^follow\b.{0,80}\b(on (twitter|facebook|instagram)|coverage)\b`,
    // Credits and contacts at the end: "… contributed to this report.", "X may be reached at …".
    String.raw`\bcontributed (to )?(this |the )?(report|reporting|story)\.?$`,
    String.raw`\b(can|may) be reached at\b|^write to .{1,60} at \S+@`,
  ].join('|'),
  'iu',
);
// A byline left in the text: "By Justine Coleman - 11/18/19 11:04 PM EST" (case matters here:
// "By the end of the day…" is a sentence).
export const BYLINE = /^(By|BY) \p{Lu}\S* \p{Lu}.{0,60}$/u;
// The headings of link lists: removed with the list they announce.
export const LIST_HEADING = /^(more|related|related (news|stories|articles|posts|content|links|coverage)|more .{0,30} stories|tags|read more|see also|more from .{1,30}|you may also like|recommended.{0,20}|trending.{0,10}|popular.{0,20}|recent.{0,20}|latest.{0,20}|don'?t miss|also read|further reading|more stories|more on this story|top stories)[\s:.…!]*$/i;

export const SHORT = 200;

// Words a date line is made of besides numbers: months, weekdays, clock and zone words, joiners.
const DATE_WORDS = new Set(
  (
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december ' +
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'am pm a m p est edt cst cdt mst mdt pst pdt hst akst gmt utc bst cet cest ist et ct pt ' +
    'at on de às um uhr h the of published updated posted modified last first original ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre ' +
    'segunda terça quarta quinta sexta feira sábado domingo lunes martes miércoles jueves viernes ' +
    'januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche le'
  ).split(' '),
);

const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
);

const STAMP_WORDS = new Set(['published', 'updated', 'posted', 'modified']);

/** A line that is only a date (and time), maybe labelled: "Nov. 20, 2019 5:52 AM EST", "19.11.2019, 08:57", "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM". */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.every((word) => DATE_WORDS.has(word))) return false;
  // A date, not a time alone: "4:14 p.m." heads an entry of a live report ("Updated at 1:23
  // p.m." is a dateline all the same).
  if (words.some((word) => STAMP_WORDS.has(word))) return true;
  return /\b(1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(text) || words.some((word) => word.length >= 3 && MONTHS.has(word));
}
