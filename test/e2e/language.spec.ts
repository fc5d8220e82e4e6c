// Korean and English UI: the browser's language picks it, the header switch changes it live and is remembered.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './lib/watch-errors';

const STUDIO = '/?suite=toon-mini';
const LINES = ['민지가 비 오는 골목을 뛰어간다.', 'A cat sleeps on the classroom desk.', '바닷가에서 친구들이 웃는다.'];

const editor = (page: Page) => page.locator('toon-treatment-editor textarea');
const saveStatus = (page: Page) => page.locator('toon-treatment-editor [data-testid="save-status"]');
const languages = (page: Page) => page.getByTestId('language-switch');
const panels = (page: Page) => page.locator('toon-strip-view toon-strip-panel');

/** The whole page from the top, so the sticky header sits where a reader sees it. */
async function shoot(page: Page, path: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' });

  test('opens in Korean, switches to English without losing the draft or the strip, and remembers it', async ({ page }, info) => {
    // A cold start loads the models, on two shared cores; the lens loads the CLIP towers after that.
    test.setTimeout(420_000);
    const errors = watchErrors(page);
    await page.goto(STUDIO);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    const generate = page.getByRole('button', { name: '스트립 그리기' });
    await expect(generate).toBeVisible();
    await expect(page.locator('toon-treatment-editor label')).toHaveText('트리트먼트');
    await expect(languages(page).getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');

    await editor(page).fill(LINES.join('\n'));
    await expect(saveStatus(page)).toHaveText('이 브라우저에 초안 저장됨');
    await page.locator('toon-strip-controls').getByRole('radio', { name: '검색만' }).check();
    await expect(generate).toBeEnabled({ timeout: 60_000 });
    await generate.click();
    await expect(panels(page)).toHaveCount(LINES.length);
    for (let i = 0; i < LINES.length; i++) await expect(panels(page).nth(i)).toHaveAttribute('data-status', 'done', { timeout: 180_000 });
    await expect(page.getByTestId('strip-summary')).toHaveText('패널 3개 중 3개 완성');
    await expect(panels(page).first().getByRole('button', { name: '패널 1 다시 그리기' })).toBeVisible();
    await expect(panels(page).first().getByTestId('setting')).toHaveText(/[가-힣]/);
    await shoot(page, info.outputPath('studio-ko.png'));

    // The CLIP lens in Korean, and the phone layout: Korean labels must not push anything off the page.
    await page.locator('toon-clip-lens').getByRole('button', { name: /CLIP 렌즈/ }).click();
    await expect(page.locator('toon-clip-lens [data-testid="lens-result"]')).toBeVisible({ timeout: 180_000 });
    await expect(page.getByTestId('match-summary')).toContainText('자기 줄과 가장 잘 맞음');
    await page.locator('toon-clip-lens').screenshot({ path: info.outputPath('lens-ko.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, info.outputPath('phone-ko.png'));
    await page.setViewportSize({ width: 1280, height: 720 });

    await languages(page).getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Generate strip' })).toBeVisible();
    await expect(page.getByTestId('strip-summary')).toHaveText('3 of 3 panels drawn');
    await expect(page.getByTestId('mode-hint')).toHaveText(/closest reference scene/);
    await expect(panels(page).first().getByRole('button', { name: 'Regenerate panel 1' })).toBeVisible();
    await expect(editor(page)).toHaveValue(LINES.join('\n'));
    await expect(panels(page)).toHaveCount(LINES.length);
    await expect(page.getByTestId('match-summary')).toContainText('own line best');
    await shoot(page, info.outputPath('studio-en.png'));

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Generate strip' })).toBeVisible();
    await expect(languages(page).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(saveStatus(page)).toHaveText('Draft restored');
    await expect(editor(page)).toHaveValue(LINES.join('\n'));
    expect(errors).toEqual([]);
  });
});

test('an English browser opens in English and can switch to Korean', async ({ page }) => {
  await page.goto(STUDIO);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Panels will appear here' })).toBeVisible();
  await languages(page).getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { name: '여기에 패널이 나타납니다' })).toBeVisible();
  await expect(page.locator('toon-models-panel h2')).toHaveText('모델');
});
