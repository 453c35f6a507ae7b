import { describe, expect, it } from 'vitest';
import { mermaidDocument } from '../../src/export/mermaid.js';
import { march2019 } from '../support/scenarios.js';

describe('the Mermaid page', () => {
  it("opens no raw HTML from the scenario's title or channel names", () => {
    const scenario = march2019();
    scenario.title = '</title><script>alert(1)</script>';
    scenario.channels[0] = { ...scenario.channels[0]!, name: '<img src=x onerror=alert(1)>' };
    const page = mermaidDocument(scenario);
    expect(page).toContain('# State machines of &lt;/title>&lt;script>alert(1)&lt;/script>');
    expect(page).toContain('&lt;img src=x onerror=alert(1)>');
    expect(page).not.toMatch(/<script|<img/);
  });
});
