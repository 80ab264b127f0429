// The picture and its changes in the person's language, for screen readers: the canvas's
// description and the announcer's sentences. The facts come from the scene (describe.ts).
import type { TFunction } from 'i18next';
import { keyLabel } from '../i18n/shortcuts';
import { describeScene, type SceneChange, type SceneFact } from '../scene/describe';
import type { SelectionTarget } from '../scene/selection';
import type { BannerText, Scene } from '../scene/types';

function factWords(t: TFunction, fact: SceneFact, bannerText: BannerText): string {
  const degrees = (value: number) => t('editor.degrees', { value });
  switch (fact.type) {
    case 'noPhoto':
      return t('describe.noPhoto');
    case 'photo':
      return fact.rotation === 0
        ? t('describe.photo', { zoom: fact.zoom })
        : t('describe.photoTurned', { zoom: fact.zoom, rotation: degrees(fact.rotation) });
    case 'frame':
      return t('describe.frame');
    case 'badge': {
      const place = t(`describe.place.${fact.place}`);
      return fact.rotation === 0
        ? t('describe.badge', { place, size: fact.size })
        : t('describe.badgeTurned', { place, size: fact.size, rotation: degrees(fact.rotation) });
    }
    case 'banner': {
      const place = t(`describe.place.${fact.place}`);
      const { quote, attribution } = bannerText;
      if (!quote.trim()) return t('describe.bannerEmpty', { place });
      return attribution
        ? t('describe.bannerWithAuthor', { place, quote, attribution })
        : t('describe.banner', { place, quote });
    }
  }
}

export const selectionWords = (t: TFunction, selection: SelectionTarget | null): string =>
  selection ? t(`announce.selected.${selection}`) : t('announce.deselected');

/** The canvas's accessible description: what is in the picture, what is selected, how to work it. Every string is a whole sentence with its language's full stop. */
export function describePicture(
  t: TFunction,
  scene: Scene,
  bannerText: BannerText,
  selection: SelectionTarget | null,
): string {
  const facts = describeScene(scene).map((fact) => factWords(t, fact, bannerText));
  return [
    ...facts,
    ...(selection ? [selectionWords(t, selection)] : []),
    t('keyboard.canvasHint', { tab: keyLabel(t, 'Tab'), escape: keyLabel(t, 'Escape') }),
    t('editor.canvasHint'),
  ].join(' ');
}

/** One change, said aloud. */
export function changeWords(t: TFunction, change: SceneChange): string {
  const degrees = (value: number) => t('editor.degrees', { value });
  switch (change.type) {
    case 'overlayAdded':
      return t('announce.added', { design: t(`overlay.${change.kind}`) });
    case 'overlayRemoved':
      return t('announce.removed', { design: t(`overlay.${change.kind}`) });
    case 'photoMoved':
      return t('announce.photoMoved');
    case 'photoZoomed':
      return t('announce.photoZoomed', { zoom: change.zoom });
    case 'photoRotated':
      return t('announce.photoRotated', { rotation: degrees(change.rotation) });
    case 'badgeMoved':
      return t('announce.badgeMoved', { place: t(`describe.place.${change.place}`) });
    case 'badgeResized':
      return t('announce.badgeResized', { size: change.size });
    case 'badgeRotated':
      return t('announce.badgeRotated', { rotation: degrees(change.rotation) });
    case 'bannerMoved':
      return t('announce.bannerMoved', { place: t(`describe.place.${change.place}`) });
  }
}
