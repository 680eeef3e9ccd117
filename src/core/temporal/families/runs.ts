// A unit counted in a run: "a second consecutive day", "the third straight month", "fourth week in a
// row". The expression names the latest unit of the run, the one the story is telling.
import type { Candidate, TagState } from '../context';
import { ORDINALS, type Unit } from '../en/lexicon';
import { refNote } from '../resolve';
import type { Parser } from '../tokens';
import { unitName, unitValue } from '../values';
import { dayJustNamed } from './clockTimes';

const RUN_ADJECTIVES = new Set(['consecutive', 'straight', 'successive']);
const RUN_UNITS = new Set<Unit>(['D', 'W', 'M', 'Y']);

/** The run ending at unit word k, or null when the words around it do not make one. */
export function unitInRun(p: Parser, k: number, unit: Unit, state: TagState): Candidate | null {
  if (!RUN_UNITS.has(unit)) return null;
  let at = k - 1;
  const adjective = RUN_ADJECTIVES.has(p.lower(at));
  if (adjective) at--;
  const ordinal = ORDINALS.get(p.lower(at));
  if (ordinal === undefined || ordinal < 2) return null;
  // Without "consecutive" or "straight", only "in a row" makes the ordinal a run ("the second week
  // of the trial" is not one).
  if (!adjective && !(p.lower(k + 1) === 'in' && p.lower(k + 2) === 'a' && p.lower(k + 3) === 'row')) return null;
  const article = p.lower(at - 1);
  const first = article === 'a' || article === 'the' ? at - 1 : at;
  const start = p.start(first);
  return {
    first,
    last: k,
    type: 'DATE',
    resolve(ctx) {
      const named = dayJustNamed(state, start);
      const date = named ?? ctx.ref;
      if (!date) return { value: unit === 'D' ? 'XXXX-XX-XX' : unit === 'W' ? 'XXXX-WXX' : unit === 'M' ? 'XXXX-XX' : 'XXXX', reasoning: `the latest ${unitName(unit, false)} of a run, of an unknown date`, ambiguous: true };
      const how = named ? 'the day just named' : refNote(ctx);
      return { ...unitValue(date, unit), reasoning: `the latest ${unitName(unit, false)} of a run: the one of ${how}` };
    },
  };
}
