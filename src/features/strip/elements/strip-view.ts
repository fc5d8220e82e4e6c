// Registers <toon-strip-view>.
import { StripViewElement } from './strip-view-element';

export { StripViewElement };
export { EXPORT_FORMATS, PHONE_WIDTH } from './strip-view-element';
export type { ExportFormat, PageBackgroundEvent, StripExportEvent } from './strip-view-element';
if (!customElements.get('toon-strip-view')) customElements.define('toon-strip-view', StripViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'toon-strip-view': StripViewElement;
  }
}
