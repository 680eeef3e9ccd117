// The learned speaker choice (issue 16): candidate features, the scorer, the shipped weights and
// the reproducibility of training. Sentences written for these tests (no corpus text).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeQuotes } from '../../src/core/quotes';
import { findQuotePieces } from '../../src/core/quotes/marks';
import { speakerCandidates, quoteCategory, trainingFeatures, type SpeakerCandidate } from '../../src/core/quotes/speakerCandidates';
import { SHIPPED_SPEAKER_MODEL, type CandidateSample } from '../../src/core/quotes/speakerChoice';
import { chooseCandidate, loadSpeakerModel, scoreCandidate } from '../../src/core/quotes/speakerModel';
import { seededRandom, serializeSpeakerModel, trainSpeakerModel, type TrainingExample } from '../../src/core/quotes/speakerTraining';
import { splitBlocks } from '../../src/core/quotes/spans';
import { paragraphs, sentences } from '../../src/core/text';

/** The candidates of the quote holding `needle`, the rules' answer given as `rule` (its first occurrence). */
function candidatesOf(text: string, needle: string, rule: string, category = 'carried/name'): SpeakerCandidate[] {
  const paragraphSpans = paragraphs(text);
  const blocks = splitBlocks(text, paragraphSpans);
  const pieces = findQuotePieces(text, blocks);
  const at = text.indexOf(needle);
  const index = pieces.findIndex((p) => p.start <= at && at < p.end);
  const ruleAt = text.indexOf(rule);
  return speakerCandidates({
    text,
    blocks,
    sentences: sentences(text, paragraphSpans),
    pieces,
    index,
    rule: { start: ruleAt, end: ruleAt + rule.length, category, mention: rule, kind: 'name' },
    previousSpeaker: null,
  });
}

const byText = (candidates: SpeakerCandidate[], written: string) => {
  const found = candidates.find((c) => c.text === written);
  assert.ok(found, `no candidate ${JSON.stringify(written)} among ${JSON.stringify(candidates.map((c) => c.text))}`);
  return found;
};

describe('speaker model: candidates and their features', () => {
  const text = '“Rates will stay low,” said Maria Quill, an economist at Brook Partners. The governor praised her record on Monday. “We move early.”';

  it('finds the names, pronouns and role descriptions before the quote, outside quotes', () => {
    const candidates = candidatesOf(text, 'move early', 'Maria Quill');
    const written = candidates.map((c) => c.text);
    assert.ok(written.includes('Maria Quill'));
    assert.ok(written.includes('Brook Partners'));
    assert.ok(written.includes('The governor'));
    assert.ok(!written.some((w) => w.includes('Rates')), 'a word inside a quote is no candidate');
  });

  it('marks the rules’ answer and takes its span', () => {
    const candidates = candidatesOf(text, 'move early', 'Maria Quill');
    const rule = candidates.filter((c) => c.rule);
    assert.equal(rule.length, 1);
    assert.equal(rule[0].text, 'Maria Quill');
    assert.ok(rule[0].features.includes('rule|carried/name'));
    assert.equal(rule[0].cross, 'carried>');
    assert.ok(trainingFeatures(rule[0]).includes('carried>rule|carried/name'));
    assert.ok(byText(candidates, 'The governor').features.includes('alt|carried/name'));
  });

  it('describes the position: sentence distance, direction, verb after or before, subject position', () => {
    const candidates = candidatesOf(text, 'move early', 'Maria Quill');
    const quill = byText(candidates, 'Maria Quill');
    assert.ok(quill.features.includes('sd:b2'));
    assert.ok(quill.features.includes('verbBefore|name'));
    assert.ok(quill.features.includes('firstName'));
    assert.ok(quill.features.includes('commaAfter'));
    const governor = byText(candidates, 'The governor');
    assert.ok(governor.features.includes('sd:b1'));
    assert.ok(governor.features.includes('opens|description'));
    assert.ok(governor.features.includes('frameAfter|description'));
    assert.ok(governor.features.includes('nearerThanRule|description'));
    assert.ok(byText(candidates, 'Brook Partners').features.includes('object|name'));
  });

  it('ends a name at a full stop and leaves out a lone participle or abbreviation', () => {
    const other = '“We will win,” Lopez said in Richmond, Va. Adding, “nobody has seen a crowd like this.”';
    const written = candidatesOf(other, 'nobody', 'Lopez').map((c) => c.text);
    assert.ok(!written.includes('Adding'));
    assert.ok(!written.includes('Va.'));
    assert.ok(written.includes('Lopez'));
  });

  it('names the quote category by link and kind, carried over or not', () => {
    assert.equal(quoteCategory('continuation', true, 'pronoun'), 'carried/pronoun');
    assert.equal(quoteCategory('trailing', false, 'name'), 'trailing/name');
  });
});

describe('speaker model: the scorer', () => {
  const candidate = (features: string[], rule = false): SpeakerCandidate => ({ start: 0, end: 1, kind: 'name', text: 'x', rule, features });

  it('adds the weights of the features, an unknown feature weighing nothing', () => {
    const model = loadSpeakerModel({ scope: [], weights: { a: 1.5, b: -0.25 } });
    assert.equal(scoreCandidate(model, candidate(['a', 'b', 'unknown'])), 1.25);
  });

  it('scores a crossed candidate as its features spelled out alone and crossed', () => {
    const model = loadSpeakerModel({ scope: [], weights: { a: 1.5, b: -0.25, 'carried>a': 0.5, 'own>b': 2, 'carried>c': -1 } });
    const crossed: SpeakerCandidate = { ...candidate(['a', 'b', 'c']), cross: 'carried>' };
    assert.deepEqual(trainingFeatures(crossed), ['a', 'b', 'c', 'carried>a', 'carried>b', 'carried>c']);
    assert.equal(scoreCandidate(model, crossed), 0.75);
    assert.equal(scoreCandidate(model, crossed), scoreCandidate(model, candidate(trainingFeatures(crossed))));
    assert.equal(scoreCandidate(model, { ...crossed, cross: 'own>' }), 3.25);
  });

  it('ties candidates the weights make equal, whatever the order of the sum', () => {
    // 0.1 + 0.2 differs from 0.3 in floating point; in thousandths the two tie, and the rules win.
    const model = loadSpeakerModel({ scope: [], weights: { x: 0.1, y: 0.2, z: 0.3 } });
    assert.equal(chooseCandidate(model, [candidate(['z'], true), candidate(['x', 'y'])]), 0);
  });

  it('chooses the highest score, and the rules’ answer on a tie', () => {
    const model = loadSpeakerModel({ scope: [], weights: { near: 2, far: 1 } });
    assert.equal(chooseCandidate(model, [candidate(['far'], true), candidate(['near'])]), 1);
    assert.equal(chooseCandidate(model, [candidate(['near']), candidate(['near'], true)]), 1);
  });
});

describe('speaker model: the shipped weights', () => {
  const file = path.resolve(__dirname, '../../src/core/quotes/en/speakerModel.json');

  it('load, are a few KB, and score the rules’ answer above nothing', () => {
    const json = readFileSync(file, 'utf8');
    assert.ok(json.length < 32_000, `${json.length} bytes`);
    const weights = JSON.parse(json).weights as Record<string, number>;
    assert.ok(Object.keys(weights).length > 20);
    assert.ok(SHIPPED_SPEAKER_MODEL.weights.size === Object.keys(weights).length);
    assert.ok(SHIPPED_SPEAKER_MODEL.scope.size > 0);
    assert.ok(scoreCandidate(SHIPPED_SPEAKER_MODEL, { start: 0, end: 1, kind: 'name', text: 'x', rule: true, features: ['rule'] }) > 0);
  });

  it('are what the analyzer uses by default, and null leaves the rules alone', () => {
    const text = '“Rates will stay low,” said Maria Quill. Quill spoke on Monday. “We move early.”';
    const spans = paragraphs(text);
    const seen: CandidateSample[] = [];
    const withModel = analyzeQuotes(text, spans, sentences(text, spans));
    const rulesOnly = analyzeQuotes(text, spans, sentences(text, spans), { speakerChoice: { model: null, collect: (s) => seen.push(s) } });
    assert.equal(seen.length, rulesOnly.quotes.filter((q) => q.speaker).length);
    assert.ok(seen.some((s) => s.category.startsWith('carried/')));
    assert.equal(withModel.quotes.length, rulesOnly.quotes.length);
    const last = withModel.quotes[withModel.quotes.length - 1];
    assert.equal(last.speaker?.name.endsWith('Quill'), true);
  });
});

describe('speaker model: a quote the rules leave without a speaker', () => {
  const text = 'The plan was approved on Monday by the council and Dana Ortega.\n\n“It will cost more than anyone thinks.”';
  const spans = paragraphs(text);

  it('has its candidates scored when "none/none" is in scope, and keeps no speaker otherwise', () => {
    const seen: CandidateSample[] = [];
    const rulesOnly = analyzeQuotes(text, spans, sentences(text, spans), { speakerChoice: { model: null, collect: (s) => seen.push(s) } });
    assert.equal(rulesOnly.quotes[0].speaker, null);
    assert.deepEqual(seen.map((s) => s.category), ['none/none']);
    assert.ok(seen[0].candidates.every((c) => !c.rule));
    const model = loadSpeakerModel({ scope: ['none/none'], weights: { 'k:name': 1 } });
    const learned = analyzeQuotes(text, spans, sentences(text, spans), { speakerChoice: { model } });
    assert.equal(learned.quotes[0].speaker?.mention, 'Dana Ortega');
    const outOfScope = analyzeQuotes(text, spans, sentences(text, spans), { speakerChoice: { model: loadSpeakerModel({ scope: [], weights: { 'k:name': 1 } }) } });
    assert.equal(outOfScope.quotes[0].speaker, null);
  });
});

describe('speaker model: training', () => {
  // A tiny synthetic set: the right candidate has feature "good", the rules' candidate "rule" and
  // sometimes "bad" (where the rules are wrong).
  function synthetic(count: number, seed: number): TrainingExample[] {
    const random = seededRandom(seed);
    const examples: TrainingExample[] = [];
    for (let n = 0; n < count; n++) {
      const rulesWrong = random() < 0.3;
      examples.push({
        category: 'carried/name',
        candidates: [rulesWrong ? ['rule', 'bad'] : ['rule', 'good'], ['alt', random() < 0.5 ? 'good' : 'near'], ['alt', 'far']],
        correct: [!rulesWrong, true, false],
        rule: 0,
      });
    }
    return examples;
  }

  it('gives the same weights, byte for byte, when run twice', () => {
    const examples = synthetic(200, 7);
    const first = serializeSpeakerModel(trainSpeakerModel(examples, { epochs: 5, seed: 3, scope: ['carried/name'] }));
    const second = serializeSpeakerModel(trainSpeakerModel(synthetic(200, 7), { epochs: 5, seed: 3, scope: ['carried/name'] }));
    assert.equal(first, second);
    assert.deepEqual(JSON.parse(first).scope, ['carried/name']);
  });

  it('learns the feature that marks the right candidate', () => {
    const model = trainSpeakerModel(synthetic(200, 11), { epochs: 5, seed: 3, scope: [] });
    assert.ok((model.weights.bad ?? 0) < 0, JSON.stringify(model.weights));
    assert.ok((model.weights.good ?? 0) > (model.weights.far ?? 0));
  });

  it('draws the same sequence from the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = [a(), a(), a()];
    assert.deepEqual(drawn, [b(), b(), b()]);
    assert.ok(drawn.every((x) => x >= 0 && x < 1));
    assert.notEqual(seededRandom(43)(), drawn[0]);
  });
});
