import { describe, expect, it } from 'vitest';
import { htmlToPlainText, sanitiseDescription } from './html';

describe('sanitiseDescription', () => {
  it('removes scripts, event handlers, styles and javascript: links', () => {
    const html =
      '<p onclick="steal()">Hello<script>alert(1)</script></p><style>p{}</style>' +
      '<a href="javascript:alert(1)">x</a><img src="https://tracker.example/p.gif"><iframe src="//evil"></iframe>';
    const clean = sanitiseDescription(html);
    expect(clean).not.toMatch(/script|onclick|style|javascript:|<img|<iframe/);
    expect(clean).toContain('Hello');
  });

  it('decodes entity-escaped HTML before sanitising it', () => {
    const clean = sanitiseDescription(
      '&lt;div class=&quot;content-intro&quot;&gt;&lt;p&gt;We &amp;amp; you&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;&lt;/div&gt;',
    );
    expect(clean).toContain('<p>We &amp; you</p>');
    expect(clean).not.toContain('script');
  });

  it('keeps links safe to open', () => {
    expect(sanitiseDescription('<a href="https://example.com/apply">Apply</a>')).toContain(
      'rel="noopener noreferrer nofollow"',
    );
  });
});

describe('htmlToPlainText', () => {
  it('puts paragraphs and list items on their own lines', () => {
    const text = htmlToPlainText('<p>Duties:</p><ul><li>Interview witnesses</li><li>Write reports</li></ul>');
    expect(text).toContain('Duties:');
    expect(text).toMatch(/Interview witnesses\n.*Write reports/);
  });
});
