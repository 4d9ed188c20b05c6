/**
 * A glossary page shows a term's other names as one sentence, not as the keyword list its aliases are
 * (every alias still goes into the search keywords). Inputs are the real entries' titles and aliases.
 */
import { describe, expect, it } from 'vitest';
import { aliasNames, shownAliases } from '../../src/lib/content/aliases';
import { t } from '../../src/lib/i18n';

const sentence = (lang: 'ja' | 'en', title: string, aliases: string[]) => {
  const shown = shownAliases(lang, title, aliases);
  return shown.length ? t(lang, 'glossary.alsoCalled', { names: aliasNames(lang, shown) }) : undefined;
};

describe('glossary aliases a reader is shown', () => {
  it('drops names the title already holds, in any spacing, case or middle dot, and the other language', () => {
    const gx = ['グリーントランスフォーメーション', 'グリーン・トランスフォーメーション', 'Green Transformation', 'green transformation'];
    expect(sentence('ja', 'GX（グリーントランスフォーメーション）', gx)).toBeUndefined();
    expect(sentence('en', 'GX (green transformation)', gx)).toBeUndefined();
    expect(sentence('ja', 'Scope 1（スコープ1）', ['スコープ1', 'Scope1', 'Scope 1 emissions'])).toBeUndefined();
    expect(sentence('en', 'EcoNiPass', ['エコニパス', 'EcoNipass', 'EcoNiPass（エコニパス）', 'CO2可視化ツール'])).toBeUndefined();
  });

  it('keeps a real other name, once, in a sentence of the page language', () => {
    const shk = ['SHK制度', '算定・報告・公表制度', '温室効果ガス排出量算定・報告・公表制度'];
    expect(sentence('ja', '温室効果ガス排出量算定・報告・公表制度', shk)).toBe('「SHK制度」とも呼ばれます。');
    const cn = ['carbon neutral', 'carbon neutrality', 'カーボン・ニュートラル'];
    expect(sentence('en', 'Carbon neutral', cn)).toBe('Also called carbon neutrality.');
    expect(sentence('ja', 'カーボンニュートラル', cn)).toBeUndefined();
    const wg = ['working group', 'WG', '部会活動'];
    expect(sentence('en', 'Working group (部会)', wg)).toBe('Also called WG.');
    expect(sentence('en', 'Substitute emission factor (代替値)', ['substitute value', 'substitute emission factor', 'default emission factor'])).toBe(
      'Also called substitute value or default emission factor.',
    );
    expect(aliasNames('ja', ['部会活動', 'WG活動'])).toBe('「部会活動」「WG活動」');
  });
});
