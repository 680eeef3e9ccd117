// The saved news page fixture (test/fixtures/news-page.html): a story inside navigation, a
// ticker, related stories, comments and a footer, each with dates of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NEWS_PAGE = readFileSync(join(__dirname, '..', 'fixtures', 'news-page.html'), 'utf8');

/** Text of the page outside the story, each with a date a furniture-blind analyzer would flag. */
export const FURNITURE = ['Events in 2025', 'Polls open on 14 May 2026', 'Bus fares to rise in January 2026', 'Bridge closed until June 2025', 'back in 2019', '2024 Riverside Herald', 'Elections on 5 May 2030', 'Sale ends in June 2025'];

/** The story's paragraphs as they appear in the source. */
export const STORY_PARAGRAPHS = NEWS_PAGE.split('\n').filter((line) => line.startsWith('<p>')).map((line) => line.slice(3, line.indexOf('</p>')));
