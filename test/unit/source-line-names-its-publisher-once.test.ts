/**
 * The line under a source at the foot of a page names its publisher only when the label or the title
 * does not already: "Wind Journal: groundbreaking ceremony · Wind Journal" was the audit's example.
 * Entries are the real registry's (data/sources.json).
 */
import { describe, expect, it } from 'vitest';
import { sourceById } from '../../src/schemas/shared';
import { publisherCore, publisherToShow } from '../../src/lib/content/source-publisher';

const shown = (id: string) => {
  const source = sourceById(id);
  if (!source) throw new Error(`no source ${id} in data/sources.json`);
  return publisherToShow(source);
};

describe('a source line names its publisher once', () => {
  it('leaves the publisher out when the label or title already names it, legal form and domain aside', () => {
    expect(shown('windjournal-116146')).toBeUndefined(); // label "Wind Journal「起工式」"
    expect(shown('hibiki-wind-energy-site')).toBeUndefined(); // ひびきウインドエナジー株式会社, title ひびきウインドエナジー公式サイト
    expect(shown('kyutech-entry-10332')).toBeUndefined(); // 九州工業大学「設立総会の報告」
    expect(shown('rilg-case-study-r6')).toBeUndefined(); // 一般財団法人地方自治研究機構, label 地方自治研究機構 …
    expect(shown('pacola-gx-grant-r7')).toBeUndefined(); // pacola.co.jp, label pacola「…」
    expect(shown('itochu-press-2020-12-24')).toBeUndefined(); // ITOCHU Corporation, title ITOCHU press release …
  });

  it('keeps a publisher that tells the reader something the label does not', () => {
    expect(shown('fais-about')).toBe('公益財団法人北九州産業学術推進機構'); // label FAIS「FAISの概要」
    expect(shown('ktq-gx-news-1808')).toBe('北九州GX推進コンソーシアム'); // label コンソーシアム「…」
    expect(shown('kyodo-hibiki-operation')).toBe('ライブドアニュース（共同通信配信）');
  });

  it('reduces a publisher to the name that identifies it', () => {
    expect(publisherCore('ひびきウインドエナジー株式会社')).toBe('ひびきウインドエナジー');
    expect(publisherCore('石油産業新聞社（sekiyusangyo.co.jp）')).toBe('石油産業新聞社');
    expect(publisherCore('pacola.co.jp')).toBe('pacola');
    expect(publisherCore('Mitsui O.S.K. Lines')).toBe('mitsuio.s.k.lines');
  });
});
