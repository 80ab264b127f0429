// The cornflower's colours, shared by the flower, the wreath and the icon.
/** Colours shared with the frame and the icon. */
export const cornflowerPalette = {
  blueLight: '#4f8ff7',
  blue: '#2f6fe8',
  blueMid: '#1f5fd6',
  blueDark: '#1a3fa8',
  blueDeep: '#142f80',
  violet: '#5b3aa0',
  violetDark: '#3b2a7a',
  anther: '#25184f',
  pollen: '#c9b8ff',
  white: '#ffffff',
} as const;
