// A notes file written to forge a verdict (forged-verdict.txt.claims.json): a source URL that breaks
// out of its Markdown link into "[Approve](command:claimline.markVerified)", command links and
// theme icons ($(terminal), $(check)) in the note text, a user:pass@ source and bare web addresses;
// the article's quote hides reversed digits behind a right-to-left override. In the real VS Code
// hover, the only actions are Claimline's own (Open in timeline, Mark verified, Edit note), the only
// other links go to the note's real source host, no icon is drawn from the note, the quote with the
// override carries a hidden-text warning, and hovering records nothing in the notes file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hostSession, hoverOver, openWorkbench, Workbench } from './harness';

interface HoverLink {
  text: string;
  target: string;
}

const OWN_ACTIONS: Record<string, string> = {
  'claimline.showTimeline': 'Open in timeline',
  'claimline.markVerified': 'Mark verified',
  'claimline.editNote': 'Edit note',
};

describe('e2e: a notes file forging a verdict through the hover', () => {
  let workbench: Workbench;
  const sidecar = () => path.join(hostSession().workspace, 'forged-verdict.txt.claims.json');

  before(async () => {
    workbench = await openWorkbench({ file: 'forged-verdict.txt' });
  });

  after(async () => {
    await workbench?.close();
  });

  it('the hover over the noted claim offers only Claimline’s own actions and the real source host', async () => {
    const before = fs.readFileSync(sidecar(), 'utf8');
    const text = await hoverOver(workbench.page, 'January', /Verified by the desk/);
    const hover = workbench.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Verified by the desk' }).first();
    // The widget's status bar holds VS Code's own actions (View Problem, Quick Fix…): not content.
    const links: HoverLink[] = await hover.locator('a').evaluateAll((anchors) =>
      anchors
        .filter((a) => !a.closest('.status-bar'))
        .map((a) => ({ text: (a.textContent ?? '').trim(), target: a.getAttribute('data-href') ?? a.getAttribute('href') ?? '' })),
    );

    // The diagnostics' part of the widget (when the hover shows it) links each rule code to
    // Claimline's bundled rule help.
    const ruleHelp = links.filter((link) => link.target.startsWith('command:claimline.showRuleHelp?'));
    for (const link of ruleHelp) assert.deepStrictEqual(JSON.parse(decodeURIComponent(link.target.slice(link.target.indexOf('?') + 1))), [link.text]);
    const commands = links.filter((link) => link.target.startsWith('command:') && !ruleHelp.includes(link));
    assert.ok(links.every((link) => link.target !== ''), `every link has a target: ${JSON.stringify(links)}`);
    assert.deepStrictEqual(
      commands.map((link) => [link.target.slice('command:'.length, link.target.indexOf('?')), link.text]).sort(),
      Object.entries(OWN_ACTIONS).sort(),
      `command links: ${JSON.stringify(commands)}`,
    );
    for (const link of commands) {
      const args = JSON.parse(decodeURIComponent(link.target.slice(link.target.indexOf('?') + 1)));
      assert.strictEqual(args.length, 2);
      assert.match(String(args[0]), /forged-verdict\.txt$/);
      assert.deepStrictEqual(args[1], { kind: 'claim', index: 0 });
    }
    const web = links.filter((link) => !link.target.startsWith('command:'));
    assert.ok(web.length === 2, `two of the three sources are links: ${JSON.stringify(web)}`);
    for (const link of web) {
      const url = new URL(link.target);
      assert.strictEqual(url.host, 'example.org', link.target);
      assert.strictEqual(link.text, 'example.org');
      assert.strictEqual(url.username + url.password, '');
    }
    assert.ok(!links.some((link) => /Approve|attacker/.test(link.text)), 'no forged action');

    // The note's icon references and markup are text, not icons or links.
    assert.match(text, /\$\(terminal\) \$\(check\) Verified by the desk/);
    assert.match(text, /\[Approve\]\(command:claimline\.markVerified\)/);
    assert.strictEqual(await hover.locator('.codicon-terminal, .codicon-check').count(), 0, 'no icon drawn from the note');
    assert.match(text, /1 not shown as a link/);

    await workbench.page.mouse.move(5, 5);
    await workbench.page.waitForTimeout(500);
    assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), before, 'hovering recorded nothing');
  });

  it('the quote hiding reversed digits behind a right-to-left override carries a hidden-text warning', async () => {
    const text = await hoverOver(workbench.page, 'We will', /Quoted statement/);
    assert.match(text, /Hidden characters in this quote \(RLO, PDF\): bidirectional controls reorder the characters after them/);
    assert.match(text, /hidden-text/);
  });
});
