// The words a balloon is announced with: its style, its speaker and its text (cut short: a screen reader reads the
// label at once, and the whole text is in the treatment).
import type { Balloon, BalloonKind } from '../shared/lettering-contract';
import { t } from '../../../core/i18n';

const LABEL_CHARS = 200;

export function kindName(kind: BalloonKind): string {
  return t(`balloon.kind.${kind}`);
}

export function balloonLabel(b: Balloon): string {
  const chars = [...b.text];
  const text = chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS).join('')}…` : b.text;
  return b.speaker ? t('balloon.labelSpeaker', { kind: kindName(b.kind), speaker: b.speaker, text }) : t('balloon.label', { kind: kindName(b.kind), text });
}
