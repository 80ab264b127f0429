import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bannerTextFor } from '../i18n/bannerText';
import { loadBannerFont } from '../i18n/fonts';
import type { Scene } from '../scene/types';

/**
 * The banner's words in the language on screen, and a counter that moves when their font has
 * loaded: canvas text does not load web fonts by itself, so we ask for the glyphs, then re-measure.
 */
export function useBannerWords(scene: Scene) {
  const { t } = useTranslation();
  const bannerText = bannerTextFor(
    scene.overlays.find((o) => o.kind === 'banner'),
    t,
  );
  const [fontsVersion, setFontsVersion] = useState(0);
  useEffect(() => {
    if (!bannerText.quote && !bannerText.attribution) return;
    let live = true;
    void loadBannerFont(`${bannerText.quote} ${bannerText.attribution}`).then(
      () => live && setFontsVersion((v) => v + 1),
    );
    return () => {
      live = false;
    };
  }, [bannerText.quote, bannerText.attribution]);
  return { bannerText, fontsVersion };
}
