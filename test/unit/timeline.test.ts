// The timeline model (src/core/timeline.ts): chronological order, markers, undated groups, filters and
// the links it lets the webview open. The webview itself: timelineWebview.test.ts.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  buildTimeline,
  entryMatches,
  filterTimeline,
  NO_SPEAKER,
  openableUrl,
  timelineEntries,
  type TimelineEntry,
  type TimelineFilter,
  type TimelineMarker,
  type TimelineModel,
} from '../../src/core/timeline';
import type { Analysis } from '../../src/core/types';
import { ARTICLE, fixtureAnalysis, note, notesOf, span } from './timelineFixture';

// The webview applies the same filter rules as the core (media/timeline/helpers.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webviewScript = require(path.join(__dirname, '..', '..', 'media', 'timeline', 'main.js')) as {
  entryMatches(entry: TimelineEntry, filter: TimelineFilter): boolean;
  NO_SPEAKER: string;
};

const noNotes = notesOf({});

function build(analysis: Analysis = fixtureAnalysis(), today = '2026-11-28', notes = noNotes): TimelineModel {
  return buildTimeline(analysis, notes, { today });
}

/** Dated items in display order: entry ids and markers. */
function flatItems(model: TimelineModel): string[] {
  const result: string[] = [];
  for (const year of model.years) {
    for (const month of year.months) {
      for (const item of month.items) result.push(item.type === 'entry' ? item.id : `marker:${item.marker}`);
    }
  }
  return result;
}

function entry(model: TimelineModel, id: string): TimelineEntry {
  const found = timelineEntries(model).find((candidate) => candidate.id === id);
  assert.ok(found, `no entry ${id}`);
  return found;
}

describe('buildTimeline', () => {
  it('orders entries chronologically, grouped by year and month, with publication and today markers', () => {
    const model = build();
    assert.deepEqual(model.years.map((year) => year.year), [2017, 2020, 2023, 2026]);
    assert.deepEqual(
      model.years.map((year) => year.months.map((month) => month.key)),
      [['2017'], ['2020-01', '2020-06', '2020-09', '2020-12'], ['2023'], ['2026-11']],
    );
    assert.deepEqual(flatItems(model), [
      'claim:1@1', // 2017
      'claim:3@4', // the past 11 months, from Jan 2020
      'claim:2@2', // June 2020
      'claim:4@5', // September 2020
      'claim:0@6', // Friday 4 Dec 2020, before the publication day
      'marker:published',
      'claim:2@3', // 2023
      'marker:today',
    ]);
  });

  it('labels months and year-only buckets', () => {
    const model = build();
    assert.equal(model.years[0].months[0].label, '2017, month not stated');
    assert.equal(model.years[0].months[0].month, null);
    assert.equal(model.years[1].months[2].label, 'September 2020');
    const published = model.years[1].months[3].items.find((item): item is TimelineMarker => item.type === 'marker');
    assert.deepEqual(published && { date: published.date, label: published.label, description: published.description }, {
      date: '2020-12-05',
      label: '5 Dec 2020',
      description: 'Publication date (the dateline)',
    });
    assert.deepEqual(model.published, { date: '2020-12-05', label: '5 Dec 2020', description: 'the dateline' });
    assert.deepEqual(model.today, { date: '2026-11-28', label: '28 Nov 2026' });
  });

  it('describes dates by precision and draws durations as spans', () => {
    const model = build();
    assert.deepEqual(entry(model, 'claim:1@1').date, { label: '2017', range: { from: '2017-01-01', to: '2017-12-31' }, precision: 'year', span: false });
    assert.equal(entry(model, 'claim:4@5').date?.label, 'September 2020');
    assert.equal(entry(model, 'claim:0@6').date?.label, '4 Dec 2020');
    const duration = entry(model, 'claim:3@4').date;
    assert.equal(duration?.span, true);
    assert.equal(duration?.precision, 'span');
    assert.equal(duration?.label, '5 Jan – 5 Dec 2020');
    assert.deepEqual(model.extent, { from: '2017-01-01', to: '2023-12-31' });
  });

  it('puts a claim with two dates at both, each revealing the same claim', () => {
    const model = build();
    const june = entry(model, 'claim:2@2');
    const opening = entry(model, 'claim:2@3');
    assert.deepEqual(june.subject, { kind: 'claim', index: 2 });
    assert.deepEqual(opening.subject, { kind: 'claim', index: 2 });
    assert.equal(june.start, opening.start);
    assert.equal(ARTICLE.slice(opening.start, opening.end), opening.text);
    assert.equal(ARTICLE.slice(opening.expression!.start, opening.expression!.end), '2023');
  });

  it('marks future claims and highlights stale predictions against today', () => {
    const model = build();
    const opening = entry(model, 'claim:2@3');
    assert.equal(opening.future, true);
    assert.equal(opening.stale, true);
    // The same sentence's past anchor ("back in June") is neither future nor stale.
    assert.equal(entry(model, 'claim:2@2').future, false);
    assert.equal(entry(model, 'claim:2@2').stale, false);
    assert.equal(model.counts.future, 1);
    assert.equal(model.counts.stale, 1);

    const before = build(fixtureAnalysis(), '2022-01-01');
    assert.equal(entry(before, 'claim:2@3').future, true);
    assert.equal(entry(before, 'claim:2@3').stale, false);
    assert.equal(before.counts.stale, 0);
  });

  it('treats anything wholly after the publication date as future, whatever the tense', () => {
    const analysis = fixtureAnalysis();
    analysis.timexes[3].tense = 'past';
    analysis.claims[2].kind = 'past';
    analysis.claims[2].timexKinds = ['past', 'past'];
    assert.equal(entry(build(analysis), 'claim:2@3').future, true);
  });

  it('decides future by the clause of each expression, not the sentence', () => {
    const analysis = fixtureAnalysis();
    // "signed in 2017": if the analyzer called that clause future, a date before publication is
    // still future only when it reaches past the publication date, which 2017 does not.
    analysis.claims[1].timexKinds = ['future'];
    assert.equal(entry(build(analysis), 'claim:1@1').future, false);
    // Without publication date the clause kind alone decides.
    analysis.published = null;
    assert.equal(entry(build(analysis), 'claim:1@1').future, true);
    assert.equal(entry(build(analysis), 'claim:2@2').future, false, 'June is the past clause of claim 2');
  });

  it('without a publication date, uses the tense for future and has only the today marker', () => {
    const analysis = fixtureAnalysis();
    analysis.published = null;
    const model = build(analysis);
    assert.equal(model.published, null);
    assert.deepEqual(flatItems(model).filter((id) => id.startsWith('marker:')), ['marker:today']);
    assert.equal(entry(model, 'claim:2@3').future, true);
    assert.equal(entry(model, 'claim:4@5').future, false);
  });

  it('lists undated quotes by speaker, named speakers alphabetically and unattributed last', () => {
    const model = build();
    assert.deepEqual(
      model.undated.map((group) => [group.label, group.entries.map((item) => item.id)]),
      [
        ['Ana Ruiz', ['quote:3']],
        ['Tom Bell', ['quote:1']],
        ['Unattributed', ['quote:2']],
      ],
    );
    // The quote that carries a dated claim ("the past 11 months") is on the timeline, not here.
    assert.ok(!timelineEntries(model).some((item) => item.id === 'quote:0'));
    const bell = model.undated[1].entries[0];
    assert.equal(bell.kind, 'quote');
    assert.equal(bell.speakerMention, 'Harbourmaster Tom Bell');
    assert.deepEqual(bell.subject, { kind: 'quote', index: 1 });
    assert.equal(model.counts.undated, 3);
  });

  it('lists a claim whose dates cannot be placed as undated instead of dropping it', () => {
    const analysis = fixtureAnalysis();
    analysis.timexes[5].range = { from: '2021-02-30', to: '2021-02-30' }; // not a calendar day
    const model = build(analysis);
    assert.ok(!flatItems(model).includes('claim:4@5'));
    const unattributed = model.undated.find((group) => group.speaker === null);
    assert.deepEqual(unattributed?.entries.map((item) => item.id), ['claim:4', 'quote:2']);
  });

  it('shows note status, text and sources, and marks only http(s) sources openable', () => {
    const notes = notesOf(
      {
        'claim:2': note('false', { text: 'Quay opened in 2024.', sources: ['https://example.org/quay', 'javascript:alert(1)', 'command:workbench.action.quit'], checked: '2026-11-20' }),
        'quote:1': note('verified'),
      },
      [note('disputed', { id: 'orphan-1', anchor: { kind: 'claim', text: 'A deleted claim.', before: '', after: '' }, text: 'was here' })],
    );
    const model = build(fixtureAnalysis(), '2026-11-28', notes);
    const opening = entry(model, 'claim:2@3');
    assert.equal(opening.status, 'false');
    assert.equal(opening.note?.text, 'Quay opened in 2024.');
    assert.equal(opening.note?.checked, '2026-11-20');
    assert.deepEqual(opening.note?.sources, [
      { url: 'https://example.org/quay', openable: true },
      { url: 'javascript:alert(1)', openable: false },
      { url: 'command:workbench.action.quit', openable: false },
    ]);
    assert.equal(entry(model, 'claim:2@2').status, 'false', 'both entries of a claim share its note');
    assert.equal(entry(model, 'quote:1').status, 'verified');
    assert.equal(entry(model, 'claim:1@1').status, 'unverified');
    assert.equal(entry(model, 'claim:1@1').note, null);
    assert.deepEqual(model.orphans, [{ id: 'orphan-1', anchorKind: 'claim', text: 'A deleted claim.', note: { status: 'disputed', text: 'was here', sources: [], updated: '2026-11-20T10:00:00.000Z' } }]);
    assert.deepEqual(model.facets.statuses, ['unverified', 'verified', 'disputed', 'false']);
    assert.equal(model.counts.withVerdict, 3); // two entries of claim 2 + quote 1
  });

  it('collects filter facets', () => {
    const model = build();
    assert.deepEqual(model.facets.kinds, ['past', 'ongoing', 'future', 'quote']);
    assert.deepEqual(model.facets.speakers, ['Ana Ruiz', 'Tom Bell']);
  });

  it('builds a model from an empty analysis', () => {
    const model = build({ published: null, today: '2026-11-28', timexes: [], quotes: [], claims: [], findings: [] });
    assert.deepEqual(flatItems(model), ['marker:today']);
    assert.deepEqual(model.undated, []);
    assert.equal(model.extent, null);
  });

  it('keeps the expression offsets inside the claim text', () => {
    for (const item of timelineEntries(build())) {
      if (!item.expression) continue;
      assert.ok(item.expression.start >= item.start && item.expression.end <= item.end, item.id);
      assert.equal(ARTICLE.slice(item.expression.start, item.expression.end), item.expression.text);
    }
    assert.deepEqual(span('2023'), { start: ARTICLE.indexOf('2023'), end: ARTICLE.indexOf('2023') + 4 });
  });
});

describe('timeline filters', () => {
  const model = build();
  const ids = (filter: TimelineFilter) => timelineEntries(filterTimeline(model, filter)).map((item) => item.id);

  it('filters by kind, stale, speaker, status and words of the text', () => {
    assert.deepEqual(ids({ kind: 'future' }), ['claim:2@3'], 'the past anchor of a prediction is past');
    assert.deepEqual(ids({ kind: 'past' }), ['claim:1@1', 'claim:2@2', 'claim:4@5', 'claim:0@6']);
    assert.deepEqual(ids({ kind: 'stale' }), ['claim:2@3']);
    assert.deepEqual(ids({ kind: 'quote' }), ['quote:3', 'quote:1', 'quote:2']);
    assert.deepEqual(ids({ speaker: 'Tom Bell' }), ['quote:1']);
    assert.deepEqual(ids({ speaker: NO_SPEAKER }), ['claim:1@1', 'claim:4@5', 'claim:0@6', 'quote:2']);
    assert.deepEqual(ids({ status: 'verified' }), []);
    assert.deepEqual(ids({ text: 'QUAY ruiz' }), ['claim:2@2', 'claim:2@3']);
    assert.deepEqual(ids({ text: 'september' }), ['claim:4@5'], 'the date label is searchable');
    assert.deepEqual(ids({}), timelineEntries(model).map((item) => item.id));
  });

  it('keeps markers but drops months left empty', () => {
    const filtered = filterTimeline(model, { text: 'wool' });
    assert.deepEqual(filtered.years.map((year) => year.months.map((month) => month.key)), [['2020-09', '2020-12'], ['2026-11']]);
  });

  it('applies the same rules in the webview script as in the core', () => {
    const filters: TimelineFilter[] = [
      {},
      { kind: 'past' },
      { kind: 'stale' },
      { kind: 'quote', speaker: 'Ana Ruiz' },
      { speaker: NO_SPEAKER },
      { status: 'unverified' },
      { status: 'verified' },
      { text: 'the' },
      { text: '  june   quay ' },
      { text: 'proud', kind: 'past' },
    ];
    assert.equal(webviewScript.NO_SPEAKER, NO_SPEAKER);
    for (const filter of filters) {
      for (const item of timelineEntries(model)) {
        assert.equal(webviewScript.entryMatches(item, filter), entryMatches(item, filter), `${item.id} ${JSON.stringify(filter)}`);
      }
    }
  });
});

describe('openableUrl', () => {
  it('accepts http and https only', () => {
    assert.equal(openableUrl('https://example.org/a b'), 'https://example.org/a%20b');
    assert.equal(openableUrl(' http://example.org '), 'http://example.org/');
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'command:workbench.action.terminal.new',
      'file:///etc/passwd',
      'vscode://file/etc/passwd',
      'https://bank.example@evil.example/',
      '//example.org',
      'not a url',
      '',
    ]) {
      assert.equal(openableUrl(url), undefined, url);
    }
  });
});
