// The studio's treatment check: the strip's rules with the script parser, so only scene lines are panels and the
// dialogue under them comes along (check.panels) for the lettering step. The app and the editor use this one.
import { parseTreatmentScript } from '../../lettering/shared/treatment-script';
import { checkTreatment as checkWith, type TreatmentCheck, type TreatmentLimits } from '../shared/treatment-rules';

export function checkTreatment(text: string, limits: TreatmentLimits = {}): TreatmentCheck {
  return checkWith(text, limits, parseTreatmentScript);
}
