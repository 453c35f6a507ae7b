import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from '../../src/ui/Header.js';
import { LangContext } from '../../src/ui/use-words.js';
import type { Lang } from '../../src/words/lang.js';
import { koreanTimeline } from '../support/korean.js';
import { renderAt, type Rendered } from './render-at.js';

const { scenario, frames } = koreanTimeline();
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

const header = async (lang: Lang, width: number) => {
  app = await renderAt(
    <LangContext.Provider value={lang}>
      <Header scenario={scenario} at={frames[10]!.at} index={10} count={29} branch width={width} />
    </LangContext.Provider>,
    width,
    5,
  );
  return app.lastFrame();
};

describe('the header of a what-if', () => {
  it('stays on one line at 60 columns in Korean: the flag shortens before the date goes', async () => {
    const line = await header('ko', 60);
    expect(line.split('\n')).toHaveLength(1);
    expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(line).toContain(' 가정 ');
    expect(line).not.toContain('실제 역사 아님');
    expect(line).toContain('2019년 3월 22일');
    expect(line).toContain('11/29');
  });

  it('keeps the whole flag where it fits', async () => {
    expect(await header('ko', 100)).toContain('가정 · 실제 역사 아님');
    expect(await header('en', 60)).toContain('WHAT-IF · NOT HISTORY');
  });

  it('keeps the step count when even the date does not fit', async () => {
    const line = await header('ko', 30);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('11/29');
  });
});
