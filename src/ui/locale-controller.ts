// Re-renders its element when the UI language changes, so a switch needs no reload and keeps every property.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleChange } from '../core/i18n';

export class LocaleController implements ReactiveController {
  private off?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.off = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.off?.();
    this.off = undefined;
  }
}
