// Asks the PlanSource for the treatment's scene plans once the author stops typing, and loads the planner's catalog
// (the names the chips show). Without a source it does nothing: the chips area stays empty. A failure is reported
// and leaves Generate working without plans.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanSource, TreatmentPlan } from '../features/plans/shared/plan-contract';
import { parsePlanCatalog, type PlanCatalog } from '../features/plans/shared/plan-catalog';
import type { PlanStatus } from '../features/plans/elements/plan-chips';

/** How long the author must stop typing before the lines are read again. */
export const PLAN_DELAY_MS = 700;
export const CATALOG_PATH = 'models/toon-mini/scene_planner/catalog.json';

export interface PlanControllerOptions {
  /** A planner failure, or a catalog that does not parse. */
  report: (kind: 'plan' | 'catalog', error: unknown) => void;
  delayMs?: number;
  fetchCatalog?: () => Promise<unknown>;
}

const sameLines = (a: readonly string[] | null, b: readonly string[]) => a !== null && a.length === b.length && a.every((l, i) => l === b[i]);

export class PlanController implements ReactiveController {
  plan: TreatmentPlan | null = null;
  catalog: PlanCatalog | null = null;
  status: PlanStatus = 'idle';
  error = '';
  private source: PlanSource | null = null;
  /** The lines last asked for (or being asked), so an unchanged treatment is not read twice. */
  private asked: readonly string[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private aborter: AbortController | undefined;
  private catalogTried = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlanControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.aborter?.abort();
  }

  /** A new source drops the old plan; the current lines are read again by the next `request`. */
  setSource(source: PlanSource | null): void {
    if (source === this.source) return;
    this.source = source;
    clearTimeout(this.timer);
    this.aborter?.abort();
    this.plan = null;
    this.asked = null;
    this.status = 'idle';
    this.error = '';
    if (source) void this.loadCatalog();
    this.host.requestUpdate();
  }

  /** The treatment's lines as they are now; read after the author has stopped typing for a moment. */
  request(lines: readonly string[]): void {
    if (!this.source || sameLines(this.asked, lines)) return;
    this.asked = [...lines];
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.read([...lines]), this.options.delayMs ?? PLAN_DELAY_MS);
  }

  private async read(lines: string[]): Promise<void> {
    const source = this.source;
    if (!source) return;
    this.aborter?.abort();
    if (lines.length === 0) {
      this.plan = { plans: [], cast: [] };
      this.status = 'ready';
      this.host.requestUpdate();
      return;
    }
    const aborter = new AbortController();
    this.aborter = aborter;
    this.status = 'planning';
    this.host.requestUpdate();
    try {
      const plan = await source.planTreatment(lines, aborter.signal);
      if (aborter.signal.aborted || source !== this.source) return;
      this.plan = plan;
      this.status = 'ready';
      this.error = '';
    } catch (error) {
      if (aborter.signal.aborted || source !== this.source) return;
      // The old plan stays: its lines that did not change still match by text.
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
      // Asking again on the next change, not in a loop.
      this.asked = null;
      this.options.report('plan', error);
    } finally {
      if (this.aborter === aborter) this.aborter = undefined;
      this.host.requestUpdate();
    }
  }

  private async loadCatalog(): Promise<void> {
    if (this.catalogTried) return;
    this.catalogTried = true;
    try {
      const fetchCatalog =
        this.options.fetchCatalog ??
        (async () => {
          const response = await fetch(new URL(CATALOG_PATH, document.baseURI));
          if (!response.ok) throw new Error(`${CATALOG_PATH}: HTTP ${response.status}`);
          return response.json();
        });
      this.catalog = parsePlanCatalog(await fetchCatalog());
    } catch (error) {
      // The chips still show, with ids for names.
      this.options.report('catalog', error);
    }
    this.host.requestUpdate();
  }
}
