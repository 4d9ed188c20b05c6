import { describe, expect, it } from 'vitest';
import { axisUnit, formatAmount, parseUnit } from '../../src/lib/format/amounts';

const ja = (value: number, unit: string, bound?: 'exact' | 'lower' | 'upper' | 'approx') => formatAmount({ value, unit, bound }, 'ja');
const en = (value: number, unit: string, bound?: 'exact' | 'lower' | 'upper' | 'approx') => formatAmount({ value, unit, bound }, 'en');
const jaExact = (value: number, unit: string) => formatAmount({ value, unit }, 'ja', { exact: true });
const enExact = (value: number, unit: string) => formatAmount({ value, unit }, 'en', { exact: true });

describe('units are read with their scale', () => {
  it('takes 万, 億, 兆, 千 and 百万 off a Japanese unit', () => {
    expect(parseUnit('億円', 'ja')).toEqual({ scale: 1e8, base: '円', yen: true });
    expect(parseUnit('万t-CO2', 'ja')).toEqual({ scale: 1e4, base: 't-CO2', yen: false });
    expect(parseUnit('千円', 'ja')).toEqual({ scale: 1e3, base: '円', yen: true });
    expect(parseUnit('百万t-CO2e', 'ja')).toEqual({ scale: 1e6, base: 't-CO2e', yen: false });
  });
  it('takes literal translations of them off an English unit', () => {
    expect(parseUnit('× 100 million yen', 'en')).toEqual({ scale: 1e8, base: 'yen', yen: true });
    expect(parseUnit('10,000 t-CO2', 'en')).toEqual({ scale: 1e4, base: 't-CO2', yen: false });
    expect(parseUnit('thousand yen', 'en')).toEqual({ scale: 1e3, base: 'yen', yen: true });
  });
  it('leaves a unit that only starts like a scale word alone', () => {
    expect(parseUnit('万', 'ja')).toEqual({ scale: 1, base: '万', yen: false });
    expect(parseUnit('millions', 'en').scale).toBe(1);
  });
});

describe('Japanese amounts use 万・億・兆 as Japanese writers do', () => {
  it('writes large yen amounts in 億 and 万', () => {
    expect(ja(170_000_000_000, '円', 'approx')).toBe('約1,700億円'); // 170,000,000,000 = 1,700 × 10^8
    expect(ja(5900, '億円', 'lower')).toBe('5,900億円以上');
    expect(ja(1.2, '兆円')).toBe('1.2兆円');
  });
  it('rounds an exact figure for reading and then says 約', () => {
    expect(ja(47672, '千円')).toBe('約4,767万円'); // 47,672,000円 = 4,767.2万 → 4,767万
    expect(ja(1_068_415, '人')).toBe('約107万人'); // 106.8415万 → 3 significant digits
    expect(ja(1_234_567_891, '円')).toBe('約12.3億円');
  });
  it('says nothing more when the rounding loses nothing', () => {
    expect(ja(35.7, '万t-CO2')).toBe('35.7万t-CO2');
    expect(ja(13.13, '百万t-CO2e')).toBe('1,313万t-CO2e'); // 13,130,000 = 1,313 × 10^4
  });
  it('moves up a scale when rounding reaches the next one: 9,999.5万 → 1億', () => {
    expect(ja(99_995_000, '円')).toBe('約1億円');
    expect(ja(99_990_000, '円')).toBe('9,999万円');
    expect(ja(999_999_999, '円')).toBe('約10億円');
  });
  it('writes numbers under 1万 in plain digits', () => {
    expect(ja(9999, '人')).toBe('9,999人');
    expect(ja(10_000, '人')).toBe('1万人');
    expect(ja(0, '円')).toBe('0円');
    expect(ja(492.5, 'km²')).toBe('492.5km²');
  });
  it('keeps the sign of a negative amount', () => {
    expect(ja(-1.2, '億円')).toBe('-1.2億円');
    expect(ja(-35_000, 't-CO2')).toBe('-3.5万t-CO2');
  });
  it('never puts 万 on a share or a rate', () => {
    expect(ja(60, '%')).toBe('60%');
    expect(ja(25_000, '円/kWh')).toBe('25,000円/kWh');
    expect(ja(12_000, '人/km²')).toBe('12,000人/km²');
    expect(ja(30_000, '%/年')).toBe('30,000%/年');
  });
  it('puts 万 and 億 on a quantity per year, as on the quantity itself', () => {
    // The green LP gas industry target: about 30,000 t a year = 3 × 10^4
    expect(ja(30_000, 'トン/年', 'approx')).toBe('約3万トン/年');
    expect(ja(10_000, 'トン/年', 'lower')).toBe('1万トン/年以上');
    expect(ja(5_700, 'トン/年')).toBe('5,700トン/年'); // below 1万: every digit
    expect(ja(930_000, 't-CO2/年度')).toBe('93万t-CO2/年度');
    expect(ja(3, '万トン/年')).toBe('3万トン/年'); // 3 × 10^4, not 30,000トン/年
    expect(ja(250_000_000, 'kWh/年')).toBe('2.5億kWh/年');
    expect(ja(1_234_567, 'kWh/月')).toBe('約123万kWh/月');
  });
  it('keeps the bound of a figure and never rounds a bound past the truth', () => {
    expect(ja(170_000, '世帯', 'approx')).toBe('約17万世帯');
    expect(ja(200, '社', 'lower')).toBe('200社以上');
    expect(ja(5_000_000, '円', 'upper')).toBe('最大500万円');
    expect(ja(1_068_415, '人', 'lower')).toBe('106万人以上'); // rounded down: 107万 would overstate
    expect(ja(1_061_000, '人', 'upper')).toBe('最大107万人'); // rounded up
  });
  it('gives every digit in tables, keeping a scaled unit as the source writes it', () => {
    expect(jaExact(47672, '千円')).toBe('47,672千円');
    expect(jaExact(35.7, '万t-CO2')).toBe('35.7万t-CO2');
    expect(jaExact(1_068_415, '人')).toBe('1,068,415人');
    expect(jaExact(170_000_000_000, '円')).toBe('1,700億円');
    expect(jaExact(1_234_567_891, '円')).toBe('12億3,456万7,891円');
    expect(jaExact(1_200_000_000_000, '円')).toBe('1兆2,000億円');
  });
});

describe('English amounts use short scales and never literal translations', () => {
  it('writes yen with ¥ and thousand, million, billion, trillion', () => {
    expect(en(170_000_000_000, 'yen', 'approx')).toBe('about ¥170 billion');
    expect(en(5900, '100 million yen', 'lower')).toBe('¥590 billion or more'); // 5,900 × 10^8 = 5.9 × 10^11
    expect(en(59_000, '100 million yen')).toBe('¥5.9 trillion');
    expect(en(5900, '× 100 million yen')).toBe('¥590 billion');
  });
  it('rounds an exact figure for reading and then says about', () => {
    expect(en(47672, 'thousand yen')).toBe('about ¥47.7 million'); // 47,672,000
    expect(en(1_068_415, 'people')).toBe('about 1.07 million people');
    expect(en(13.13, 'million t-CO2e')).toBe('about 13.1 million t-CO2e');
  });
  it('writes what is under a million in full digits', () => {
    expect(en(35.7, '10,000 t-CO2')).toBe('357,000 t-CO2'); // 35.7 × 10^4
    expect(en(999_999, 'people')).toBe('999,999 people');
    expect(en(0, 'yen')).toBe('¥0');
  });
  it('moves up a scale when rounding reaches the next one', () => {
    expect(en(999_999_999, 'yen')).toBe('about ¥1 billion');
    expect(en(999_500, 'people')).toBe('999,500 people');
    expect(en(999_600_000, 'yen')).toBe('about ¥1 billion'); // 999.6 million → 1,000 million → 1 billion
  });
  it('scales a quantity per year as the quantity itself, and keeps a price per unit as it is', () => {
    expect(en(30_000, 't per year', 'approx')).toBe('about 30,000 t per year');
    expect(en(1_200_000, 't per year')).toBe('1.2 million t per year');
    expect(en(3, '10,000 t/yr')).toBe('30,000 t/yr'); // 3 × 10^4
    expect(en(250_000_000, 'kWh/year')).toBe('250 million kWh/year');
    expect(en(25_000_000, 'yen/kWh')).toBe('25,000,000 yen/kWh');
    expect(en(2_000_000, 'people per km²')).toBe('2,000,000 people per km²');
  });
  it('keeps the sign of a negative amount before the yen sign', () => {
    expect(en(-1.2, '100 million yen')).toBe('-¥120 million');
  });
  it('keeps bounds: about, or more, up to', () => {
    expect(en(200, 'organizations', 'lower')).toBe('200 organizations or more');
    expect(en(5_000_000, 'yen', 'upper')).toBe('up to ¥5 million');
    expect(en(930_000, 't-CO2', 'approx')).toBe('about 930,000 t-CO2');
    expect(en(60, '%')).toBe('60%');
  });
  it('gives every digit in tables, with a scale word from a billion up', () => {
    expect(enExact(1_234_567_891, 'yen')).toBe('¥1.234567891 billion');
    expect(enExact(999_999_999, 'yen')).toBe('¥999,999,999');
    expect(enExact(47672, 'thousand yen')).toBe('¥47.672 million');
    expect(enExact(1_068_415, 'people')).toBe('1,068,415 people');
    expect(enExact(13.13, 'million t-CO2e')).toBe('13.13 million t-CO2e');
  });
});

describe('axes and columns share one readable unit', () => {
  it('reads city emissions in 万t-CO2 and in thousand t-CO2', () => {
    expect(axisUnit('万t-CO2', [35.7, 0.4], 'ja')).toEqual({ factor: 1, label: '万t-CO2' });
    expect(axisUnit('10,000 t-CO2', [35.7, 0.4], 'en')).toEqual({ factor: 10, label: 'thousand t-CO2' });
  });
  it('reads population in 万人 and million people', () => {
    expect(axisUnit('人', [1_068_415], 'ja')).toEqual({ factor: 1e-4, label: '万人' });
    expect(axisUnit('people', [1_068_415], 'en')).toEqual({ factor: 1e-6, label: 'million people' });
  });
  it('leaves small counts and shares as they are', () => {
    expect(axisUnit('施設', [627], 'ja')).toEqual({ factor: 1, label: '施設' });
    expect(axisUnit('%', [60], 'en')).toEqual({ factor: 1, label: '%' });
    // A quantity per year scales like the quantity: 300,000 t/年 → 30万t/年 on the axis.
    expect(axisUnit('トン/年', [300_000, 50_000], 'ja')).toEqual({ factor: 1e-4, label: '万トン/年' });
    expect(axisUnit('円/kWh', [300_000], 'ja')).toEqual({ factor: 1, label: '円/kWh' });
  });
});

describe('a figure reads as one phrase with its unit', () => {
  it('is the same phrase in a card and in prose', () => {
    expect(formatAmount({ value: 170_000, unit: '世帯', bound: 'approx' }, 'ja')).toBe('約17万世帯');
    expect(formatAmount({ value: 170_000_000_000, unit: 'yen', bound: 'approx' }, 'en')).toBe('about ¥170 billion');
    expect(formatAmount({ value: 47672, unit: '千円' }, 'ja', { exact: true })).toBe('47,672千円');
  });
});
