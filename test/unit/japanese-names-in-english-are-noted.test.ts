import { describe, expect, it } from 'vitest';
import { checkJapaneseNamesNoted, japanesePersonNames } from '../../src/lib/content/check/bodies';
import { checkedEntry } from '../support/checked-entry';

const NOTE = 'Some names on this page are given in Japanese because the sources we read give no English form of them.';
const entry = (body: string, lang: 'ja' | 'en' = 'en', description = '') => checkedEntry('news', lang, 'x', { description }, body);

describe('Japanese personal names in English prose', () => {
  it.each([
    ['the City of Kitakyushu, under Mayor Kitahashi (北橋健治), and Saibu Gas (President 道永幸典) signed', ['道永幸典']],
    ['In his keynote, 橘川武郎, President of the International University of Japan, voiced', ['橘川武郎']],
    ['三木田 of the Japan LP Gas Association presented the project, and 江夏 of Saibu Gas also took part.', ['三木田', '江夏']],
    ['A panel moderated by 赤木 of the Institute; the panellists included 園, Director of the department.', ['赤木', '園']],
    ['The research is led by 藤元薫 of the University of Kitakyushu.', ['藤元薫']],
  ])('finds the person in %j', (text, names) => expect(japanesePersonNames(text).map((n) => n.name).sort()).toEqual([...names].sort()));

  it.each([
    // Romanised first, the Japanese in brackets: what issue #12 asks for.
    'It is chaired by Mayor Kazuhisa Takeuchi (武内和久).',
    '三戸 (Mito), head of the FAIS GX Promotion Department, presented the work.',
    // Terms and organizations are not people.
    "The consortium's working groups, called 部会 in Japanese, were set up.",
    'In Japanese this mix is called 産学官金.',
    'Water is piped roughly 70 m to 弘田化学工業, a maker of chemicals.',
    'According to the FY2024 case study published by 一般財団法人地方自治研究機構, a Japanese research foundation',
    'The symposium 「サステナブルな未来へ」 ("Towards a sustainable future") was held.',
    'The offshore wind farm off 江島, Saikai City, began in 2023.',
  ])('finds no person in %j', (text) => expect(japanesePersonNames(text)).toEqual([]));

  it('refuses an English page that names a person in Japanese without the note, naming file, line and names', () => {
    expect(checkJapaneseNamesNoted([entry('## What happened\n\nA panel moderated by 赤木 of IGES; the panellists included 園, Director.\n')])).toEqual([
      { file: 'content/news/en/x.md', field: '(body, line 3)', message: expect.stringMatching(/^names 赤木, 園 in Japanese: add the line "Some names on this page are given in Japanese/) },
    ]);
  });

  it('names the description when the name is only there', () => {
    expect(checkJapaneseNamesNoted([entry('No names here.', 'en', 'A technology pursued by 藤元薫 of the University of Kitakyushu.')])[0]).toMatchObject({ field: 'description' });
  });

  it('accepts the page once it says so, in either wording, and never checks Japanese pages', () => {
    expect(checkJapaneseNamesNoted([entry(`A panel moderated by 赤木 of IGES.\n\n${NOTE}\n`)])).toEqual([]);
    expect(checkJapaneseNamesNoted([entry('- **Vice chairs**: 津田純嗣, President of the Chamber.\n\nWe give their names in Japanese because the sources do not show how they are read in full.')])).toEqual([]);
    expect(checkJapaneseNamesNoted([entry('パネルは赤木氏が進行しました。', 'ja')])).toEqual([]);
  });
});
