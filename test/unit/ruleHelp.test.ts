// Rule help ships in the package (media/rules.md, under .vscodeignore's media/**) and covers every
// rule; the settings schema lists every rule; no rule link points at a web address.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, RULES } from '../../src/core/findings';

const ROOT = join(__dirname, '..', '..');

describe('rule help', () => {
  it('media/rules.md explains every rule under a "## Rule: `id`" heading, and nothing else', () => {
    const headings = [...readFileSync(join(ROOT, 'media', 'rules.md'), 'utf8').matchAll(/^## Rule: `([a-z-]+)`$/gm)].map((m) => m[1]);
    assert.deepEqual([...headings].sort(), [...RULE_IDS].sort());
  });

  it('ships in the package, and the settings schema has every rule with its default severity', () => {
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!media\/\*\*$/m);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const schema = manifest.contributes.configuration.properties['claimline.rules'].properties;
    assert.deepEqual(Object.keys(schema).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) assert.equal(schema[id].default, RULES[id].severity, id);
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'claimline.showRuleHelp'));
  });

  it('no source file links a rule to a web address', () => {
    for (const file of ['src/extension/diagnostics.ts', 'src/extension/ruleHelp.ts', 'src/core/report.ts']) {
      assert.doesNotMatch(readFileSync(join(ROOT, file), 'utf8'), /https?:\/\/[^\s'"`]*#rule-/, file);
    }
  });
});
