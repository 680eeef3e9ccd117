// Cross-validation folds over PolNeAR train, split by story, never by quote: every article of one
// story goes to the same fold. PolNeAR has no story id; articles about one event come out the same
// week (the debates, the tax-return story, the tape), often from several publishers, so a story here
// is the ISO week of publication (from the article id, `publisher_YYYY-MM-DD_slug`). Weeks go to
// folds largest first, each to the fold with the fewest articles so far (ties: the lower fold),
// which is deterministic and keeps the folds within a few articles of each other.
import { format, parseISO } from 'date-fns';

/** The story key of an article: the ISO week of its publication date ("2016-W39"). */
export function storyOf(id: string): string {
  const date = /_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1];
  if (!date) throw new Error(`PolNeAR id without a publication date: ${id}`);
  return format(parseISO(date), "RRRR-'W'II");
}

/** The fold (0 … k-1) of each article, parallel to `ids`. */
export function foldsByStory(ids: readonly string[], k: number): number[] {
  const byStory = new Map<string, number[]>();
  ids.forEach((id, index) => {
    const story = storyOf(id);
    const members = byStory.get(story);
    if (members) members.push(index);
    else byStory.set(story, [index]);
  });
  const stories = [...byStory.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const sizes = new Array<number>(k).fill(0);
  const fold = new Array<number>(ids.length);
  for (const [, members] of stories) {
    let smallest = 0;
    for (let f = 1; f < k; f++) if (sizes[f] < sizes[smallest]) smallest = f;
    for (const index of members) fold[index] = smallest;
    sizes[smallest] += members.length;
  }
  return fold;
}
