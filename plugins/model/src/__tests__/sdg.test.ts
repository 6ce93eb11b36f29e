import {contrastingText, loadSdgCatalog} from '../sdg.js';

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('SDG catalog', () => {
  test.each(['en', 'fr', 'ru'])('%s has 17 goals and 169 targets', (locale) => {
    const catalog = loadSdgCatalog(locale);
    expect(catalog.goals).toHaveLength(17);
    expect(catalog.targetByCode.size).toBe(169);
    expect(catalog.goals.every((g) => g.title.length > 10 && g.short.length > 2)).toBe(true);
  });

  test('targets are in UN order, numbered before lettered', () => {
    expect(
      loadSdgCatalog()
        .goalByNumber.get(6)!
        .targets.map((t) => t.code),
    ).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
  });

  test('chip text keeps at least 4.5:1 contrast on every goal colour', () => {
    for (const goal of loadSdgCatalog().goals) {
      expect(contrast(goal.color, contrastingText(goal.color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('titles are translated', () => {
    expect(loadSdgCatalog('fr').goalByNumber.get(1)!.short).toBe('Pas de pauvreté');
    expect(loadSdgCatalog('ru').targetByCode.get('11.2')!.title).toMatch(/[а-я]/);
  });
});
