import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PANEL_DEFAULTS } from '../../../src/features/strip/shared/panel-flow';

// The app's sampling defaults are the sweep's choice (training/sweep_sampling.py): a re-sweep after more training
// that chooses otherwise must move the app with it, and the app must not drift from what was measured.
const sweep = JSON.parse(readFileSync('public/models/toon-mini/report/sampling-sweep.json', 'utf8')) as {
  choice: { steps: number; guidance: number };
  rows: { steps: number; guidance: number; fd_clip: number; r_precision: number }[];
  split: string;
};

describe('sampling defaults', () => {
  it('are the sweep\'s choice, measured on val', () => {
    expect(sweep.split).toBe('val');
    expect({ steps: PANEL_DEFAULTS.steps, guidance: PANEL_DEFAULTS.guidance }).toEqual({
      steps: sweep.choice.steps,
      guidance: sweep.choice.guidance,
    });
  });

  it('were one of the measured rows', () => {
    const row = sweep.rows.find((r) => r.steps === PANEL_DEFAULTS.steps && r.guidance === PANEL_DEFAULTS.guidance);
    expect(row && Number.isFinite(row.fd_clip) && row.r_precision >= 0).toBe(true);
  });
});
