/**
 * Typing into the app's date and time fields as a user does: they are React Aria fields (one spin
 * button per part, in the app's language), not native inputs, so `fill` does not apply.
 */
import type { Page } from '@playwright/test'

/** Types an ISO day into a day field, part by part, in the order the app shows (day, month, year). */
export async function typeDay(page: Page, testId: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-')
  await page.getByTestId(testId).getByRole('spinbutton').first().click()
  await page.keyboard.type(`${day}${month}${year}`)
}

/** Types "HH:MM" into a time field. */
export async function typeTime(page: Page, testId: string, hhmm: string): Promise<void> {
  await page.getByTestId(testId).getByRole('spinbutton').first().click()
  await page.keyboard.type(hhmm.replace(':', ''))
}

/** What a field shows, as read (React Aria wraps times in invisible bidi isolates). */
export async function shownIn(page: Page, testId: string): Promise<string> {
  const text = (await page.getByTestId(testId).locator('.field-segments').textContent()) ?? ''
  return text.replace(/[\u2066-\u2069\u200e\u200f]/g, '')
}
