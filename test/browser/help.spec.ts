import { expect, test } from '@playwright/test';
import { prefer } from './helpers.ts';

test('"Get help now" lists mainland China hotlines in Chinese, with sources and dates', async ({ page }) => {
  await prefer(page, { locale: 'zh-CN' });
  await page.goto('/');
  const button = page.getByTestId('help-button');
  await expect(button).toHaveText('立即求助');
  await button.click();
  const dialog = page.getByRole('dialog', { name: '立即求助' });
  await expect(dialog).toBeVisible();
  const line = dialog.locator('.hotline[data-number="12356"]');
  await expect(line).toBeVisible();
  await expect(line.getByRole('link', { name: '拨打 12356' })).toHaveAttribute('href', 'tel:12356');
  await expect(line).toContainText('全国统一心理援助热线');
  await expect(line).toContainText('来源：');
  await expect(line).toContainText(/核实于 \d{4}-\d{2}-\d{2}/);
  await expect(dialog.locator('.hotline[data-number="400-161-9995"] a')).toHaveAttribute(
    'href',
    'tel:4001619995',
  );
  await expect(dialog.getByRole('link', { name: '120' })).toHaveAttribute('href', 'tel:120');

  // Another region.
  await dialog.getByLabel('地区').selectOption('HK');
  await expect(dialog.locator('.hotline[data-number="18111"]')).toBeVisible();
  await expect(dialog.locator('.hotline[data-number="12356"]')).toHaveCount(0);

  // Escape closes it and focus returns to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('in English the default region is the international directory', async ({ page }) => {
  await prefer(page, { locale: 'en' });
  await page.goto('/');
  await page.getByTestId('help-button').click();
  const dialog = page.getByRole('dialog', { name: 'Get help now' });
  await expect(dialog.getByLabel('Region')).toHaveValue('INTL');
  await expect(dialog.getByRole('link', { name: 'Open findahelpline.com' })).toHaveAttribute(
    'href',
    'https://findahelpline.com',
  );
  await dialog.getByLabel('Region').selectOption('US');
  await expect(dialog.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
