/** Helpers for the "answer in time" specs: a buyer message arriving in demo mode, thread ids. */
import type { Page } from '@playwright/test'

/** Calls `demo:simulateInbound` from the page (same origin, the page's token header), as the relay would deliver. */
export async function simulateInbound(
  page: Page,
  input: { threadId?: string; body?: string } = {},
): Promise<{ threadId: string; messageId: string }> {
  const result = await page.evaluate(async (args) => {
    const response = await fetch('api/demo:simulateInbound', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${localStorage.getItem('comptoir.webToken')}`,
      },
      body: JSON.stringify([args]),
    })
    return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
  }, input)
  if (!result.ok) throw new Error(`demo:simulateInbound failed: ${result.error?.message}`)
  return result.value as { threadId: string; messageId: string }
}

export const rowById = (page: Page, threadId: string) =>
  page.locator(`[data-testid="thread-row"][data-thread-id="${threadId}"]`)
