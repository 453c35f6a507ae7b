import { displayWidth, truncate } from '../text/width.js';

/** Text and attribute values safe inside XML: the five special characters, and no control characters. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * Shortens text to at most `max` columns (a Hangul syllable takes two), on a word boundary
 * when one is near the end, with an ellipsis.
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= max) return flat;
  const cut = truncate(flat, max).replace(/…$/, '');
  const space = cut.lastIndexOf(' ');
  const word = space > 0 && displayWidth(cut.slice(0, space)) > max * 0.6 ? cut.slice(0, space) : cut;
  return `${word.replace(/[\s,;:.–-]+$/, '')}…`;
}
