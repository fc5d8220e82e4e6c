// The treatment's script format in the studio: only scene lines are panels; the dialogue under them is counted, not drawn.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './lib/watch-errors';

// The studio on the trained suite; retrieval-only strips are the quickest to draw.
const STUDIO = '/?suite=toon-mini';
const SCENES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.'];
const TREATMENT = [
  SCENES[0],
  '  민지: "같이 가!!"',
  '  *첨벙*',
  '---',
  SCENES[1],
  '[The next morning]',
  'Mina: (Was it a dream…)',
  'Mr Kim：“Wake up, cat.”',
].join('\n');

const editor = (page: Page) => page.locator('toon-treatment-editor');
const panels = (page: Page) => page.locator('toon-strip-view toon-strip-panel');
const generate = (page: Page) => page.getByRole('button', { name: 'Generate strip' });

test('a treatment with dialogue counts its scene lines as panels and draws only those', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(STUDIO);

  // the help explains the format, with an example
  const help = editor(page).getByTestId('script-help');
  await expect(help).toBeVisible();
  await help.locator('summary').click();
  await expect(help).toContainText('Name: "text"');
  await expect(help).toContainText('[text]');
  await expect(help).toContainText('*text*');
  await expect(help.getByTestId('script-example')).toContainText('Mina: "Wait for me!!"');

  await editor(page).locator('textarea').fill(TREATMENT);
  await expect(editor(page).getByTestId('save-status')).toHaveText('Draft saved in this browser');
  await expect(editor(page).getByTestId('line-count')).toContainText('2 / 64');
  await expect(editor(page).getByTestId('dialogue-count')).toContainText('5 lines of dialogue');
  await expect(editor(page).locator('[data-testid="treatment-problems"] li')).toHaveCount(0);
  await expect(editor(page).locator('textarea')).toHaveAttribute('aria-invalid', 'false');

  await page.locator('toon-strip-controls').getByRole('radio', { name: 'Retrieval only' }).check();
  await expect(generate(page)).toBeEnabled({ timeout: 60_000 });
  await generate(page).click();
  await expect(panels(page)).toHaveCount(2);
  for (let i = 0; i < SCENES.length; i++) {
    const p = page.locator(`toon-strip-view toon-strip-panel[data-index="${i}"]`);
    await expect(p).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    await expect(p.locator('.sentence')).toHaveText(`${i + 1}${SCENES[i]}`);
  }
  await expect(panels(page)).toHaveCount(2);
  // the dialogue is counted under its panel, not drawn
  await expect(page.locator('toon-strip-view toon-strip-panel[data-index="0"]').getByTestId('panel-dialogue')).toContainText('2 lines of dialogue');
  await expect(page.locator('toon-strip-view toon-strip-panel[data-index="1"]').getByTestId('panel-dialogue')).toContainText('3 lines of dialogue');
  await expect(page.locator('toon-strip-view [data-testid="strip-summary"]')).toHaveText('2 of 2 panels drawn');

  // the help speaks Korean too
  await page.getByTestId('language-switch').getByRole('button', { name: '한국어' }).click();
  await expect(help).toContainText('이름: "대사"');
  await expect(editor(page).getByTestId('dialogue-count')).toContainText('대사 5줄');
  expect(errors).toEqual([]);
});
