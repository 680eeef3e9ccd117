// Documents built to break naive parsers (robustness issue): used by the benchmark (npm run bench)
// and by the regex audit's per-stage table, so both measure the same shapes.

export interface PathologicalDocument {
  name: string;
  text: string;
  format?: 'html' | 'markdown';
}

const MB = 1024 * 1024;

/** `scale` multiplies the sizes the issue names (10 MB, 5 MB, 100,000 paragraphs); 0.1 gives a tenth. */
export function pathologicalDocuments(scale = 1): PathologicalDocument[] {
  const tokens = ['January', 'Feb.', 'March', 'Sept', 'December', '2019', '12', '1990s', 'May 5', '31', 'in', '2020-12-05'];
  const digitsAndMonths: string[] = [];
  for (let i = 0, size = 0; size < 10 * MB * scale; i++) {
    const token = tokens[(i * 7) % tokens.length];
    digitsAndMonths.push(token);
    size += token.length + 1;
  }
  const htmlParagraph = '<p class="x">On 5 May 2020 the <a href="https://example.com/a?b=1&amp;c=2">council</a> said &ldquo;we will open in 2023&rdquo;.</p>\n';
  const codeBlock = '```\n' + 'const year = 2019; // in September\n'.repeat(2000) + '```\n\nIn 2019, it opened.\n\n';
  const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.ceil((bytes * scale) / unit.length));
  return [
    { name: '10 MB on one line', text: repeatTo('In September, Bolivia received beef; "we will open in 2023," Arce said. ', 10 * MB) },
    { name: '10 MB of only quote marks', text: repeatTo('"“”«»„\'', 10 * MB) },
    { name: '10 MB of digits and month names', text: digitsAndMonths.join(' ') },
    { name: '100,000 short paragraphs', text: Array.from({ length: Math.ceil(100000 * scale) }, (_, i) => `Paragraph ${i} was written in ${1990 + (i % 30)}.`).join('\n\n') },
    { name: '5 MB HTML page', text: '<html><body>' + repeatTo(htmlParagraph, 5 * MB) + '</body></html>', format: 'html' },
    { name: 'Markdown with huge code blocks', text: repeatTo(codeBlock, 5 * MB), format: 'markdown' },
    // Unclosed constructs are where naive regexes go quadratic: each opener rescans to the end.
    { name: '5 MB of unclosed <!-- and <script', text: repeatTo('<!-- <script> "a ', 5 * MB), format: 'html' },
    { name: '5 MB of opening quotes, never closed', text: repeatTo('“ word ', 5 * MB) },
    // One run-on sentence of dates, durations and times: every trigger shares one sentence's tense.
    { name: '5 MB run-on sentence of dates and times', text: repeatTo('In 2019 and 2020, on Monday 5 May, three years ago, the past 11 months, 12:30 p.m., ', 5 * MB) },
    // One paragraph of unbalanced quote marks and apostrophes: each may open a quote that never closes.
    { name: '5 MB paragraph of unbalanced marks and apostrophes', text: repeatTo('“Smith’s plan won’t work said he, and ‘the students’ council agreed ', 5 * MB) },
  ];
}
