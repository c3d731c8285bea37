import { describe, expect, it } from 'vitest';
import { forHtml, forMarkdown, forMarkdownCode, forTerminal } from '../../src/core/escape.js';
import { renderMarkdown } from '../../src/report/verdict-markdown.js';
import { renderText } from '../../src/report/verdict-text.js';
import { renderRunText } from '../../src/report/run-text.js';
import type { RunVerdict } from '../../src/report/run-types.js';
import { renderPrComment } from '../../src/report/pr-comment.js';
import { REPORT_FORMAT } from '../../src/report/tollgate-report.js';
import type { Verdict } from '../../src/gate/types.js';

const HOSTILE =
  '@octocat @acme/security see [here](https://evil.test) ![x](https://evil.test/p.png) ' +
  '<img src=x onerror=alert(1)> | col ```fence``` https://evil.test www.evil.test \u001b[31mred\u001b[0m\u001b]8;;https://evil.test\u0007link\u001b]8;;\u0007\u0007\u009b2J';

describe('escaping untrusted text', () => {
  it('forTerminal removes escape sequences and control characters, keeps the text', () => {
    expect(
      forTerminal('a\u001b[31mred\u001b[0m b\u001b]0;title\u0007c\u0000d\u009b2J\re\nf\u202eg'),
    ).toBe('ared bcde\nfg');
  });

  it('forMarkdown neutralises mentions, links, images, HTML, pipes and fences', () => {
    const md = forMarkdown(HOSTILE);
    expect(md).not.toMatch(/@[\w]/); // no mention pings
    expect(md).not.toMatch(/\]\(/); // no link or image syntax
    expect(md).not.toMatch(/<img|<\w/); // no HTML
    expect(md).not.toMatch(/(?<!\\)\|/); // every pipe escaped
    expect(md).not.toMatch(/(?<!\\)`/); // no code span or fence opened
    expect(md).not.toContain('https://'); // no autolink
    expect(md).not.toMatch(/www\./i);
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(md).toContain('octocat');
    expect(forMarkdown('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(forMarkdownCode('a`b|c')).toBe("`a'b\\|c`");
  });

  it('forHtml escapes markup and drops controls', () => {
    expect(forHtml(`<a href="x">'&'</a>\u001b[2J`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('is used by the PR comment, the job summary and the terminal verdict', () => {
    const body = renderPrComment({
      report: {
        format: REPORT_FORMAT,
        commit: 'a'.repeat(40),
        verdict: 'fail',
        generatedAt: '2026-12-01T00:00:00Z',
        steps: [
          {
            stage: 'per-commit',
            step: 'sast',
            status: 'failed',
            reason: 'findings',
            counts: { high: 1 },
            findings: [
              {
                ruleId: 'r`|x',
                severity: 'high',
                fingerprint: 'f',
                message: HOSTILE,
                path: 'a.ts',
              },
            ],
          },
        ],
      },
    });
    expect(body).not.toContain('@octocat');
    expect(body).not.toContain('](https://evil.test');
    expect(body).not.toContain('<img src=x');

    const verdict = {
      verdict: 'fail',
      commit: 'a'.repeat(40),
      policy: 'tollgate.yml',
      steps: [
        { stage: 'per-commit', step: 'sast', status: 'failed', reason: HOSTILE, bundles: [] },
      ],
      unattributed: [],
      notes: [],
    } as unknown as Verdict;
    const summary = renderMarkdown(verdict);
    expect(summary).not.toContain('@octocat');
    expect(summary).not.toContain('<img src=x');
    expect(summary).not.toContain('](https://evil.test');
    // eslint-disable-next-line no-control-regex
    expect(renderText(verdict)).not.toMatch(/[\u001b\u0007\u009b]/);
    const run = {
      verdict: 'fail',
      commit: 'a'.repeat(40),
      steps: [{ stage: 'per-commit', step: 'sast', status: 'failed', reason: HOSTILE }],
      notes: [HOSTILE],
    } as unknown as RunVerdict;
    // eslint-disable-next-line no-control-regex
    expect(renderRunText(run, '/tmp/run', '/tmp')).not.toMatch(/[\u001b\u0007\u009b]/);
  });
});
