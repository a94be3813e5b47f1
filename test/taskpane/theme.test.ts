import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkBackground, luminance, themeFor } from '../../src/taskpane/theme';

describe('luminance', () => {
  test.each([
    ['#ffffff', 1],
    ['#000000', 0],
    ['#FFF', 1],
    ['000', 0],
  ])('%s -> %p', (color, expected) => {
    expect(luminance(color)).toBeCloseTo(expected, 5);
  });

  test.each([[''], ['white'], ['#12345'], ['#gggggg'], [undefined], [null]])('%p is not a colour', (color) => {
    expect(luminance(color)).toBeUndefined();
  });
});

describe('theme from the Office body background', () => {
  test.each([
    // Office themes: White, Colorful, Dark Gray, Black (bodyBackgroundColor as Office reports it).
    { color: '#FFFFFF', dark: false },
    { color: '#E6E6E6', dark: false },
    { color: '#666666', dark: true },
    { color: '#444444', dark: true },
    { color: '#262626', dark: true },
    { color: '#000000', dark: true },
    { color: '#808080', dark: false },
    { color: undefined, dark: false },
    { color: 'not a colour', dark: false },
  ])('$color dark: $dark', ({ color, dark }) => {
    expect(isDarkBackground(color)).toBe(dark);
    expect(themeFor(color)).toBe(dark ? webDarkTheme : webLightTheme);
  });
});
