import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainHelp, ruleHelpSections } from '../../src/cli/ruleHelp';
import { RULES } from '../../src/core/findings';

describe('rule help for review tools', () => {
  it('media/rules.md has a section for every rule, and only for rules', () => {
    const sections = ruleHelpSections(readFileSync(join(__dirname, '..', '..', 'media', 'rules.md'), 'utf8'));
    assert.deepEqual([...sections.keys()].sort(), Object.keys(RULES).sort());
    for (const [id, help] of sections) assert.ok(help.length > 40 && !help.includes('## '), id);
  });

  it('a section runs from its heading to the next heading, the last one to the end', () => {
    const sections = ruleHelpSections('# Rules\n\nIntro.\n\n## Rule: `a-rule`\nFirst *line*\nsame paragraph.\n\nSecond.\n\n## Rule: `b-rule`\nLast `code`.\n');
    assert.deepEqual([...sections], [['a-rule', 'First *line*\nsame paragraph.\n\nSecond.'], ['b-rule', 'Last `code`.']]);
    assert.equal(plainHelp(sections.get('a-rule') ?? ''), 'First line same paragraph.\n\nSecond.');
    assert.equal(plainHelp(sections.get('b-rule') ?? ''), 'Last code.');
  });

  it('a section that is followed by another kind of heading stops there', () => {
    const sections = ruleHelpSections('## Rule: `a-rule`\nBody.\n\n## Settings\nNot help.\n');
    assert.equal(sections.get('a-rule'), 'Body.');
  });
});
