// A long made-up news article for timing tests (self-written; no corpus text), deterministic per seed.
// No vscode import: the benchmark and unit tests may use it too.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OFFICIALS = ['the transport minister, Ilse Varga', 'council leader Tomasz Brandt', 'the port authority', 'a spokeswoman for the utility', 'Mayor Odile Fenwick'];

const FILLER = [
  'Engineers inspected the piers and found the concrete in good condition.',
  'Residents of the valley have long complained about the noise from freight trains.',
  'The assembly publishes its minutes online, and the figures quoted here come from them.',
  'Opposition members asked for an independent audit of the costs.',
  'Several contractors bid for the work, and the cheapest offer was rejected on technical grounds.',
];

/**
 * A made-up but realistic news article of about `bytes` characters: dated past events, plans and
 * predictions and attributed quotes between plain reporting, so every rule of the analyzer has work
 * to do at roughly the density of a real long read.
 */
export function syntheticArticle(bytes: number, seed: number): string {
  const lines = ['// claimline: published 2021-06-15', `Regional infrastructure review, part ${seed}`, ''];
  let i = seed;
  while (lines.join('\n').length < bytes) {
    const month = MONTHS[i % 12];
    const year = 2012 + (i % 9);
    const who = OFFICIALS[i % OFFICIALS.length];
    lines.push(
      `In ${month} ${year} the regional assembly approved ${3 + (i % 40)} million euros for the northern rail link. ` +
        `${FILLER[i % FILLER.length]} ${FILLER[(i + 1) % FILLER.length]} The line is expected to open in ${2022 + (i % 5)}, ` +
        `${who} said.`,
      '',
      `"We will finish the viaduct by the end of ${2023 + (i % 3)}," ${who} said. ` +
        `${FILLER[(i + 2) % FILLER.length]} ${FILLER[(i + 3) % FILLER.length]} ${FILLER[(i + 4) % FILLER.length]}`,
      '',
    );
    i++;
  }
  return lines.join('\n');
}
