import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StripController } from '../../../src/features/strip/client/strip-controller';
import { MessageLog } from '../../../src/ui/message-log';
import { openStudioDb, setSetting, type StudioDb } from '../../../src/store';
import type { ModelHost } from '../../../src/runtime/client/model-host';

const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined,
  updateComplete: Promise.resolve(true) };
// The pipeline never starts here: these tests are about the choices alone.
const noModels = new Promise<ModelHost>(() => undefined);

async function savedDb(name: string): Promise<StudioDb> {
  const db = await openStudioDb({ name });
  await setSetting(db, 'stripChoices', { mode: 'retrieval', style: 'pastel', seed: 77 });
  return db;
}

function controller(db: Promise<StudioDb>): StripController {
  const c = new StripController(host, db, noModels, new MessageLog(() => undefined));
  c.hostConnected();
  return c;
}

describe('StripController choices', () => {
  it("restores last visit's choices", async () => {
    const c = controller(savedDb('choices-restore'));
    await expect.poll(() => c.choices).toEqual({ mode: 'retrieval', style: 'pastel', seed: 77, source: 'composed' });
  });

  it('a restore that lands after the author picked keeps the pick', async () => {
    let open!: (db: StudioDb) => void;
    const c = controller(new Promise<StudioDb>((resolve) => (open = resolve)));
    c.setChoices({ mode: 'gan', style: 'ink', seed: 5, source: 'own' });
    open(await savedDb('choices-late'));
    await new Promise((r) => setTimeout(r, 50));
    expect(c.choices).toEqual({ mode: 'gan', style: 'ink', seed: 5, source: 'own' });
  });
});
