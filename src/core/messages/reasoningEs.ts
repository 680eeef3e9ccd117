// The analyzer's reasoning in Spanish. The date resolver explains each value in English, built in
// many places (src/core/temporal); until it reports reasons as data, the catalog rewords the forms
// it writes, clause by clause ("the Friday before the publication date, 5 Dec 2020; past tense").
// All or nothing: when a clause is not one of the forms below, the reasoning stays English rather
// than becoming half Spanish.

const MONTHS: Record<string, string> = {
  January: 'enero', February: 'febrero', March: 'marzo', April: 'abril', May: 'mayo', June: 'junio',
  July: 'julio', August: 'agosto', September: 'septiembre', October: 'octubre', November: 'noviembre', December: 'diciembre',
};
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS: Record<string, string> = {
  Monday: 'lunes', Tuesday: 'martes', Wednesday: 'miércoles', Thursday: 'jueves', Friday: 'viernes', Saturday: 'sábado', Sunday: 'domingo',
};
const SEASONS: Record<string, string> = { spring: 'primavera', summer: 'verano', autumn: 'otoño', fall: 'otoño', winter: 'invierno' };
/** Units: [singular, plural, "the previous …", "this …", "the next …"]. */
const UNITS: Record<string, [string, string, string, string, string]> = {
  day: ['día', 'días', 'el día anterior', 'este día', 'el día siguiente'],
  week: ['semana', 'semanas', 'la semana anterior', 'esta semana', 'la semana siguiente'],
  weekend: ['fin de semana', 'fines de semana', 'el fin de semana anterior', 'este fin de semana', 'el fin de semana siguiente'],
  month: ['mes', 'meses', 'el mes anterior', 'este mes', 'el mes siguiente'],
  quarter: ['trimestre', 'trimestres', 'el trimestre anterior', 'este trimestre', 'el trimestre siguiente'],
  year: ['año', 'años', 'el año anterior', 'este año', 'el año siguiente'],
  decade: ['década', 'décadas', 'la década anterior', 'esta década', 'la década siguiente'],
  century: ['siglo', 'siglos', 'el siglo anterior', 'este siglo', 'el siglo siguiente'],
  hour: ['hora', 'horas', 'la hora anterior', 'esta hora', 'la hora siguiente'],
  minute: ['minuto', 'minutos', 'el minuto anterior', 'este minuto', 'el minuto siguiente'],
  second: ['segundo', 'segundos', 'el segundo anterior', 'este segundo', 'el segundo siguiente'],
};
const FEMININE_UNITS = new Set(['week', 'decade', 'hour']);

const WEEKDAY = `(${Object.keys(WEEKDAYS).join('|')})`;
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
const SEASON = `(${Object.keys(SEASONS).join('|')})`;
const UNIT = `(${Object.keys(UNITS).join('|')})s?`;
// "the publication date, 5 Dec 2020" (the dates are reworded before the clauses are matched).
const REF = 'the publication date, (\\d{1,2} de [a-z]+ de \\d{4})';

const RELATION = '(on or before|on or after|nearest to|just before|just after)';

/** "el último 5 de agosto hasta la fecha de publicación, 14 de marzo de 2021". */
function related(what: string, how: string, date: string): string {
  const where: Record<string, string> = {
    'on or before': `el último ${what} hasta`,
    'on or after': `el primer ${what} desde`,
    'nearest to': `el ${what} más cercano a`,
    'just before': `el ${what} justo anterior a`,
    'just after': `el ${what} justo posterior a`,
  };
  return `${where[how]} la fecha de publicación, ${date}`;
}

/** "2 años", "un año", "varias semanas": an amount as the analyzer writes it ("2", "a", "several"). */
function amountOf(amount: string, word: string): string {
  const base = word.replace(/s$/, '');
  const feminine = FEMININE_UNITS.has(base);
  if (amount === 'a' || amount === 'an') return `${feminine ? 'una' : 'un'} ${unit(base, 1)}`;
  if (amount === 'several') return `${feminine ? 'varias' : 'varios'} ${unit(base, 'many')}`;
  return `${amount} ${unit(base, +amount)}`;
}

function unit(word: string, count: number | 'many'): string {
  const forms = UNITS[word.replace(/s$/, '')];
  return count === 1 ? forms[0] : forms[1];
}

const CLAUSES: [RegExp, (...groups: string[]) => string][] = [
  [/^past tense$/, () => 'verbo en pasado'],
  [/^present tense$/, () => 'verbo en presente'],
  [/^future tense$/, () => 'verbo en futuro'],
  [/^already past$/, () => 'ya pasó'],
  [/^a deadline$/, () => 'un plazo'],
  [/^an event named by its date$/, () => 'un hecho nombrado por su fecha'],
  [/^the date a change takes effect$/, () => 'la fecha en que entra en vigor un cambio'],
  [/^explicit year$/, () => 'año explícito'],
  [/^explicit year, in words$/, () => 'año explícito, en letras'],
  [/^explicit date$/, () => 'fecha explícita'],
  [/^explicit month$/, () => 'mes explícito'],
  [/^explicit quarter$/, () => 'trimestre explícito'],
  [/^explicit half-year$/, () => 'semestre explícito'],
  [new RegExp(`^explicit ${SEASON}$`), (season) => `${SEASONS[season]} explícit${season === 'spring' ? 'a' : 'o'}`],
  [/^clock time$/, () => 'hora del día'],
  [/^no publication date for the day$/, () => 'sin fecha de publicación para el día'],
  [/^the time of writing \(the publication date\)$/, () => 'el momento en que se escribió (la fecha de publicación)'],
  [/^weekday without a publication date to place it$/, () => 'día de la semana sin fecha de publicación para ubicarlo'],
  [/^year not given and no publication date to infer it from$/, () => 'sin año y sin fecha de publicación de la cual deducirlo'],
  [/^a day not placed \(no publication date\)$/, () => 'un día sin ubicar (no hay fecha de publicación)'],
  [/^a weekend not placed \(no publication date\)$/, () => 'un fin de semana sin ubicar (no hay fecha de publicación)'],
  [/^part of an unknown day$/, () => 'parte de un día desconocido'],
  [/^unknown publication date$/, () => 'fecha de publicación desconocida'],
  [/^the year of an unknown publication date$/, () => 'el año de una fecha de publicación desconocida'],
  [/^the recent past, before the publication date$/, () => 'el pasado reciente, antes de la fecha de publicación'],
  [/^(shortly|some day) (before|after) the publication date$/, (how, side) => `${how === 'shortly' ? 'poco' : 'algún día'} ${side === 'before' ? 'antes' : 'después'} de la fecha de publicación`],
  [/^(before|after) the publication date$/, (side) => `${side === 'before' ? 'antes' : 'después'} de la fecha de publicación`],
  [/^the publication day, which is unknown$/, () => 'el día de publicación, que se desconoce'],
  [/^the publication day, (\d{1,2} de [a-z]+ de \d{4})$/, (date) => `el día de publicación, ${date}`],
  [/^the day (before|after) the publication date, which is unknown$/, (side) => `el día ${side === 'before' ? 'anterior a' : 'posterior a'} la fecha de publicación, que se desconoce`],
  [new RegExp(`^the day (before|after) ${REF}$`), (side, date) => `el día ${side === 'before' ? 'anterior a' : 'posterior a'} la fecha de publicación, ${date}`],
  [new RegExp(`^the year (before|of) ${REF}$`), (side, date) => `${side === 'before' ? 'el año anterior a' : 'el año de'} la fecha de publicación, ${date}`],
  [/^the decade (\d{4})–(\d{4})$/, (from, to) => `la década ${from}–${to}`],
  [/^the years (\d+)–(\d+)$/, (from, to) => `los años ${from}–${to}`],
  [new RegExp(`^duration of (\\d+(?:\\.\\d+)?) ${UNIT}$`), (amount, word) => `duración de ${amount.replace('.', ',')} ${unit(word, +amount)}`],
  [new RegExp(`^duration of (\\d+(?:\\.\\d+)?) ${UNIT} ending at ${REF}$`), (amount, word, date) => `duración de ${amount.replace('.', ',')} ${unit(word, +amount)} hasta la fecha de publicación, ${date}`],
  [new RegExp(`^duration of several ${UNIT}$`), (word) => `duración de ${FEMININE_UNITS.has(word.replace(/s$/, '')) ? 'varias' : 'varios'} ${unit(word, 'many')}`],
  [new RegExp(`^an unspecified number of ${UNIT}$`), (word) => `una cantidad no especificada de ${unit(word, 'many')}`],
  [new RegExp(`^an unspecified number of ${UNIT},? (before|after) the publication date$`), (word, side) => `una cantidad no especificada de ${unit(word, 'many')}, ${side === 'before' ? 'antes' : 'después'} de la fecha de publicación`],
  [new RegExp(`^an unspecified number of ${UNIT} (before|after) the event told$`), (word, side) => `una cantidad no especificada de ${unit(word, 'many')} ${side === 'before' ? 'antes' : 'después'} del hecho narrado`],
  [new RegExp(`^(\\d+) ${UNIT} before an unknown publication date$`), (amount, word) => `${amount} ${unit(word, +amount)} antes de una fecha de publicación desconocida`],
  [new RegExp(`^(\\d+) ${UNIT} (before|after) ${REF}$`), (amount, word, side, date) => `${amount} ${unit(word, +amount)} ${side === 'before' ? 'antes' : 'después'} de la fecha de publicación, ${date}`],
  [new RegExp(`^the (previous|next) ${UNIT}, but there is no publication date$`), (dir, word) => `${UNITS[word][dir === 'previous' ? 2 : 4]}, pero no hay fecha de publicación`],
  [new RegExp(`^this ${UNIT}, but there is no publication date$`), (word) => `${UNITS[word][3]}, pero no hay fecha de publicación`],
  [new RegExp(`^the (previous|next) ${UNIT} relative to ${REF}$`), (dir, word, date) => `${UNITS[word][dir === 'previous' ? 2 : 4]} respecto de la fecha de publicación, ${date}`],
  [new RegExp(`^this ${UNIT} relative to ${REF}$`), (word, date) => `${UNITS[word][3]} respecto de la fecha de publicación, ${date}`],
  [new RegExp(`^the ${WEEKDAY} (before|after) ${REF}$`), (day, side, date) => `el ${WEEKDAYS[day]} ${side === 'before' ? 'anterior' : 'posterior'} a la fecha de publicación, ${date}`],
  [new RegExp(`^the nearest ${WEEKDAY}, after ${REF}$`), (day, date) => `el ${WEEKDAYS[day]} más cercano, después de la fecha de publicación, ${date}`],
  [new RegExp(`^${WEEKDAY} is the publication day, (\\d{1,2} de [a-z]+ de \\d{4})$`), (day, date) => `el ${WEEKDAYS[day]} es el día de publicación, ${date}`],
  [new RegExp(`^the ${WEEKDAY} of the publication week \\((\\d{1,2} de [a-z]+ de \\d{4})\\)$`), (day, date) => `el ${WEEKDAYS[day]} de la semana de publicación (${date})`],
  [new RegExp(`^(\\d{1,2}) ${MONTH} ${RELATION} ${REF}$`), (day, month, how, date) => related(`${day} de ${MONTHS[month]}`, how, date)],
  [new RegExp(`^the ${MONTH} ${RELATION} ${REF}$`), (month, how, date) => related(MONTHS[month], how, date)],
  [new RegExp(`^the ${MONTH} of (\\d{4}), the year the passage is set in$`), (month, year) => `${MONTHS[month]} de ${year}, el año en que transcurre el pasaje`],
  [new RegExp(`^(\\d{1,2}) ${MONTH} of (\\d{4}), the year the passage is set in$`), (day, month, year) => `el ${day} de ${MONTHS[month]} de ${year}, el año en que transcurre el pasaje`],
  [new RegExp(`^the ${SEASON} of (\\d{4}), the year the passage is set in$`), (season, year) => `${SEASONS[season]} de ${year}, el año en que transcurre el pasaje`],
  [new RegExp(`^${SEASON} of an unknown year \\(no publication date\\)$`), (season) => `${SEASONS[season]} de un año desconocido (no hay fecha de publicación)`],
  [new RegExp(`^the (previous|next) ${SEASON}, relative to ${REF}$`), (dir, season, date) => `${season === 'spring' ? 'la' : 'el'} ${SEASONS[season]} ${dir === 'previous' ? 'anterior' : 'siguiente'}, respecto de la fecha de publicación, ${date}`],
  [new RegExp(`^this ${SEASON}, relative to ${REF}$`), (season, date) => `${season === 'spring' ? 'esta' : 'este'} ${SEASONS[season]}, respecto de la fecha de publicación, ${date}`],
  [new RegExp(`^the day the story last named, (\\d{1,2} de [a-z]+ de \\d{4})$`), (date) => `el último día nombrado en el relato, ${date}`],
  [new RegExp(`^once per ${UNIT}$`), (word) => `una vez por ${unit(word, 1)}`],
  [/^recurs (?:daily|dayly)$/, () => 'se repite cada día'],
  [/^recurs weekly$/, () => 'se repite cada semana'],
  [new RegExp(`^clock time( UTC)? on ${REF}$`), (utc, date) => `hora del día${utc ? ' (UTC)' : ''} en la fecha de publicación, ${date}`],
  [/^clock time( UTC)? on the day just named, (\d{1,2} de [a-z]+ de \d{4})$/, (utc, date) => `hora del día${utc ? ' (UTC)' : ''} en el día recién nombrado, ${date}`],
  [new RegExp(`^the weekend (before|after) ${REF}$`), (side, date) => `el fin de semana ${side === 'before' ? 'anterior' : 'posterior'} a la fecha de publicación, ${date}`],
  [new RegExp(`^the (previous|next) ${MONTH} relative to ${REF}$`), (dir, month, date) => `el ${MONTHS[month]} ${dir === 'previous' ? 'anterior' : 'siguiente'} respecto de la fecha de publicación, ${date}`],
  [new RegExp(`^duration of (\\d+(?:\\.\\d+)?) ${UNIT} starting at ${REF}$`), (amount, word, date) => `duración de ${amount.replace('.', ',')} ${unit(word, +amount)} desde la fecha de publicación, ${date}`],
  [/^recurs monthly$/, () => 'se repite cada mes'],
  [/^recurs yearly$/, () => 'se repite cada año'],
  [/^(every|each) (day|week|month|year)$/, (_, word) => `${word === 'week' ? 'todas las' : 'todos los'} ${unit(word, 'many')}`],
  [/^recurs annually$/, () => 'se repite cada año'],
  [/^no publication date$/, () => 'no hay fecha de publicación'],
  [/^quarter of an unknown year \(no publication date\)$/, () => 'trimestre de un año desconocido (no hay fecha de publicación)'],
  [/^the latest quarter$/, () => 'el último trimestre'],
  [/^the end of an unknown year$/, () => 'el final de un año desconocido'],
  [/^a one-year period$/, () => 'un período de un año'],
  [/^explicit year '(\d{2})$/, (year) => `año explícito '${year}`],
  [/^the second year of (\d+)–(\d+)$/, (from, to) => `el segundo año de ${from}–${to}`],
  [new RegExp(`^(\\d+) ${UNIT} after an unknown publication date$`), (amount, word) => `${amount} ${unit(word, +amount)} después de una fecha de publicación desconocida`],
  [/^future in the past$/, () => 'futuro en el pasado'],
  [/^per (day|week|month|year)$/, (word) => `por ${unit(word, 1)}`],
  [new RegExp(`^a ${UNIT} before an unknown publication date$`), (word) => `${FEMININE_UNITS.has(word) ? 'una' : 'un'} ${unit(word, 1)} antes de una fecha de publicación desconocida`],
  // Quarters of earnings reports: which quarter a bare "the third quarter" is.
  [new RegExp(`^the latest such quarter by ${REF}$`), (date) => `el trimestre más reciente con ese nombre hasta la fecha de publicación, ${date}`],
  [new RegExp(`^the next such quarter from ${REF}$`), (date) => `el siguiente trimestre con ese nombre desde la fecha de publicación, ${date}`],
  [new RegExp(`^the quarter just ended by ${REF}, whose results are still to come$`), (date) => `el trimestre recién terminado a la fecha de publicación, ${date}, cuyos resultados aún no se conocen`],
  [new RegExp(`^the last full quarter before ${REF}(?:, a year (before|after))?$`), (date, side) =>
    `el último trimestre completo antes de la fecha de publicación, ${date}${side ? `, un año ${side === 'before' ? 'antes' : 'después'}` : ''}`],
  [new RegExp(`^the same quarter (\\d+|a|an) ${UNIT} (before|after) the quarter just mentioned$`), (amount, word, side) =>
    `el mismo trimestre ${amountOf(amount, word)} ${side === 'before' ? 'antes' : 'después'} del trimestre recién mencionado`],
  [/^the (quarter|month) just mentioned, a year (before|after)$/, (what, side) => `${what === 'quarter' ? 'el trimestre' : 'el mes'} recién mencionado, un año ${side === 'before' ? 'antes' : 'después'}`],
  [/^the quarter just named$/, () => 'el trimestre recién nombrado'],
  [/^the quarter under discussion(?:, in (\d{4}))?$/, (year) => `el trimestre del que se habla${year ? `, en ${year}` : ''}`],
  [new RegExp(`^(\\d+|a|an|several) ${UNIT} (before|after) the story's time, approximated by ${REF}$`), (amount, word, side, date) =>
    `${amountOf(amount, word)} ${side === 'before' ? 'antes' : 'después'} del momento del relato, aproximado por la fecha de publicación, ${date}`],
  [new RegExp(`^(\\d+|a|an|several) ${UNIT} (before|after) the time of the story \\(vague amount\\)$`), (amount, word, side) =>
    `${amountOf(amount, word)} ${side === 'before' ? 'antes' : 'después'} del momento del relato (cantidad imprecisa)`],
  [new RegExp(`^the ${SEASON} (before|after) ${REF}$`), (season, side, date) =>
    `${season === 'spring' ? 'la' : 'el'} ${SEASONS[season]} ${side === 'before' ? 'anterior' : 'posterior'} a la fecha de publicación, ${date}`],
  [new RegExp(`^the (same day as|night before|day of) ${REF}$`), (how, date) =>
    `${how === 'same day as' ? 'el mismo día que' : how === 'night before' ? 'la noche anterior a' : 'el día de'} la fecha de publicación, ${date}`],
  [/^the same day as the day the story last named$/, () => 'el mismo día que el último día nombrado en el relato'],
  [new RegExp(`^the end of the year of ${REF}$`), (date) => `el final del año de la fecha de publicación, ${date}`],
  // Story time: what the narrative last dated, not the publication date.
  [/^the (same|one before the|one after the|day before the|day after the) (day|week|month|year) the story last named$/, (how, word) => storyTime(how, word)],
  [new RegExp(`^(\\d+) ${UNIT} (before|after) the time the story last named$`), (amount, word, side) => `${amount} ${unit(word, +amount)} ${side === 'before' ? 'antes' : 'después'} del último momento nombrado en el relato`],
];

/** "the one after the day the story last named" → "el siguiente al último día nombrado en el relato". */
function storyTime(how: string, word: string): string {
  const feminine = FEMININE_UNITS.has(word);
  const last = `${feminine ? 'la última' : 'el último'} ${unit(word, 1)} ${feminine ? 'nombrada' : 'nombrado'} en el relato`;
  const to = feminine ? `a ${last}` : `al ${last.slice(3)}`;
  switch (how) {
    case 'same':
      return `${feminine ? 'la misma' : 'el mismo'} ${unit(word, 1)} que ${feminine ? 'la última nombrada' : 'el último nombrado'} en el relato`;
    case 'one before the':
      return `${feminine ? 'la anterior' : 'el anterior'} ${to}`;
    case 'one after the':
      return `${feminine ? 'la siguiente' : 'el siguiente'} ${to}`;
    default:
      return `el día ${how.startsWith('day before') ? 'anterior' : 'posterior'} ${to}`;
  }
}

/** Capitalized words, as holiday names are written ("New Year's Day"); never an English clause. */
const HOLIDAY_NAME = "[A-Z][A-Za-z'’]*(?: [A-Z][A-Za-z'’]*)*";

/** "(early)", "(mid)", "(late)" after a clause: which part of the period it names. */
const PART_OF_PERIOD: Record<string, string> = { early: 'a principios', mid: 'a mediados', late: 'a fines', fiscal: 'fiscal' };

/** "5 Dec 2020" → "5 de diciembre de 2020", the way the Spanish catalog writes days. */
function spanishDates(text: string): string {
  return text.replace(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g, (_, day: string, month: string, year: string) => {
    const name = Object.values(MONTHS)[SHORT_MONTHS.indexOf(month)];
    return `${+day} de ${name} de ${year}`;
  });
}

function wordClause(clause: string): string | undefined {
  for (const [pattern, word] of CLAUSES) {
    const match = pattern.exec(clause);
    if (match) return word(...match.slice(1));
  }
  const part = / \((early|mid|late|fiscal)\)$/.exec(clause);
  if (part) {
    const rest = wordClause(clause.slice(0, part.index));
    return rest === undefined ? undefined : `${rest} (${PART_OF_PERIOD[part[1]]})`;
  }
  // A holiday, named as the article writes it ("Christmas", "Election Day"): the name stays as written.
  const holiday = new RegExp(`^(${HOLIDAY_NAME}) of (\\d{4}), the year the passage is set in$`).exec(clause);
  if (holiday) return `${holiday[1]} de ${holiday[2]}, el año en que transcurre el pasaje`;
  const holidayUnknown = new RegExp(`^(${HOLIDAY_NAME}) of an unknown year$`).exec(clause);
  if (holidayUnknown) return `${holidayUnknown[1]} de un año desconocido`;
  const holidayResolved = new RegExp(`^(${HOLIDAY_NAME}): (.+)$`).exec(clause);
  if (holidayResolved) {
    const rest = wordClause(holidayResolved[2]);
    return rest === undefined ? undefined : `${holidayResolved[1]}: ${rest}`;
  }
  // "midnight, the Friday after the publication date, …": noon and midnight placed on a day told as another clause.
  const hour = /^(noon|midday|midnight)(?:, (.+)| of an unknown day| on the day just named, (\d{1,2} de [a-z]+ de \d{4}))$/.exec(clause);
  if (hour) {
    const name = hour[1] === 'midnight' ? 'medianoche' : 'mediodía';
    if (hour[3] !== undefined) return `${name} del día recién nombrado, ${hour[3]}`;
    if (hour[2] === undefined) return `${name} de un día desconocido`;
    const day = hour[2].startsWith('the publication date, ') ? `la fecha de publicación, ${hour[2].slice(22)}` : wordClause(hour[2]);
    return day === undefined ? undefined : `${name}, ${day}`;
  }
  const nextTo = /^the month and year of the date next to it: (.+)$/.exec(clause);
  if (nextTo) {
    const rest = wordClause(nextTo[1]);
    return rest === undefined ? undefined : `el mes y el año de la fecha contigua: ${rest}`;
  }
  return undefined;
}

/** The reasoning in Spanish, or undefined when one of its clauses is not a form known here. */
export function spanishReasoning(reasoning: string): string | undefined {
  const clauses = spanishDates(reasoning).split('; ');
  const out: string[] = [];
  for (const clause of clauses) {
    const worded = wordClause(clause);
    if (worded === undefined) return undefined;
    out.push(worded);
  }
  return out.join('; ');
}
