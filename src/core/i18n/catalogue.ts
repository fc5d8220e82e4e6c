// The whole catalogue: English is the reference, Korean must have every key (Texts<> makes a gap a type error).
import { appEn, appKo } from './texts/app';
import { composerEn, composerKo } from './texts/composer';
import { episodeEn, episodeKo } from './texts/episode';
import { lensEn, lensKo } from './texts/lens';
import { letteringUiEn, letteringUiKo } from './texts/lettering-ui';
import { modelsEn, modelsKo } from './texts/models';
import { plansEn, plansKo } from './texts/plans';
import { stripEn, stripKo } from './texts/strip';
import type { Texts } from './texts/texts';
import type { Locale } from './format';

export const en = { ...appEn, ...stripEn, ...lensEn, ...modelsEn, ...plansEn, ...episodeEn, ...letteringUiEn, ...composerEn };
export type TextKey = keyof typeof en;
export const ko: Texts<typeof en> = { ...appKo, ...stripKo, ...lensKo, ...modelsKo, ...plansKo, ...episodeKo, ...letteringUiKo, ...composerKo };

export const catalogue: Record<Locale, Texts<typeof en>> = { en, ko };
