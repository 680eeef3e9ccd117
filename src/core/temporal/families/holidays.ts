// Holidays named by name ("Christmas", "Thanksgiving 2019"): without a year, the year the passage is
// set in or the one the clause tense points to.
import { pad, ymd } from '../calendar';
import { type Candidate, storyYear } from '../context';
import { resolveYearForMonth, TENSE_WORD } from '../resolve';
import { Parser } from '../tokens';
import { dateResolved } from '../values';

export function holiday(p: Parser, first: number, last: number, month: number, dayOf: (year: number) => number, name: string): Candidate {
  let end = last;
  const year = p.yearNumber(last + 1);
  if (year !== null) end = last + 1;
  return {
    first,
    last: end,
    type: 'DATE',
    resolve(ctx) {
      let y = year;
      let reasoning = `${name}, explicit year`;
      const story = y === null && ctx.tense() !== 'future' ? storyYear(ctx) : null;
      if (story !== null) {
        // "the Christmas Offensive" in a passage set in 1935 (see storyYear).
        return dateResolved(ymd(story, month, dayOf(story))!, `${name} of ${story}, the year the passage is set in; ${TENSE_WORD[ctx.tense()]}`, !ctx.ref);
      }
      if (y === null) {
        const r = resolveYearForMonth(month, dayOf(ctx.ref?.getFullYear() ?? 2000), ctx);
        if (!r) return { value: `XXXX-${pad(month, 2)}-${pad(dayOf(2000), 2)}`, reasoning: `${name} of an unknown year`, ambiguous: true };
        y = r.year;
        reasoning = `${name}: ${r.reasoning}`;
      }
      const date = ymd(y, month, dayOf(y))!;
      return dateResolved(date, reasoning);
    },
  };
}
