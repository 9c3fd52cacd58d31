// The README is also the npm page, where a link relative to the repository leads nowhere (the
// package has no `repository` yet): every link is an anchor of the README itself, or absolute.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** The README without its code blocks and code spans, where `[x](y)` is code, not a link. */
const prose = README.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** GitHub's and npm's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('README links', () => {
  const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
  const anchors = new Set([...README.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));

  it('has links to check', () => {
    expect(links.length).toBeGreaterThan(3);
  });

  it('links only to its own headings or to absolute addresses, which work on the npm page too', () => {
    expect(links.filter((link) => !link.startsWith('#') && !/^https?:\/\//.test(link))).toEqual([]);
  });

  it('links to headings that exist', () => {
    expect(links.filter((link) => link.startsWith('#') && !anchors.has(link.slice(1)))).toEqual([]);
  });
});
