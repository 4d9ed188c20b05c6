import { describe, expect, it } from 'vitest';
import { definitionFor, namesInTitle, type Definition } from '../../src/lib/search/definitions';

const econipass: Definition = { title: 'EcoNiPass（エコニパス）', description: 'A CO2 visualization tool.', href: '/glossary/econipass/', terms: ['EcoNipass'] };
const workingGroup: Definition = { title: '部会', description: 'A unit of the consortium.', href: '/glossary/working-group/', terms: ['working group', 'WG'] };
const eMethane: Definition = { title: 'e-メタン（メタネーション・合成メタン）', description: 'Synthetic methane.', href: '/glossary/e-methane/', terms: [] };
const all = [econipass, workingGroup, eMethane];

describe('the definition card shows the glossary entry a query names', () => {
  it('reads the names in a title with a bracketed reading or list', () => {
    expect(namesInTitle('EcoNiPass（エコニパス）')).toEqual(['EcoNiPass（エコニパス）', 'EcoNiPass', 'エコニパス']);
    expect(namesInTitle('e-メタン（メタネーション・合成メタン）')).toEqual(['e-メタン（メタネーション・合成メタン）', 'e-メタン', 'メタネーション', '合成メタン']);
    expect(namesInTitle('部会')).toEqual(['部会']);
  });

  it('finds the entry by its title, a name in the title or an alias, ignoring case, width, spaces and hyphens', () => {
    expect(definitionFor('部会', all)).toBe(workingGroup);
    expect(definitionFor('Working Group', all)).toBe(workingGroup);
    expect(definitionFor('econipass', all)).toBe(econipass);
    expect(definitionFor('ＥｃｏＮｉＰａｓｓ', all)).toBe(econipass);
    expect(definitionFor('ｴｺﾆﾊﾟｽ', all)).toBe(econipass);
    expect(definitionFor('メタネーション', all)).toBe(eMethane);
    expect(definitionFor('eメタン', all)).toBe(eMethane);
  });

  it('finds nothing for a query that only contains a term, or for an empty query', () => {
    expect(definitionFor('部会の活動', all)).toBeUndefined();
    expect(definitionFor('working', all)).toBeUndefined();
    expect(definitionFor('  ', all)).toBeUndefined();
  });
});
