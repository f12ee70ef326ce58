import type { Page } from '@playwright/test'
import { expect, rows, test } from './fixtures'
import {
  ALL_ORDERS_COLUMNS,
  FBA_SHIPMENTS_COLUMNS,
  allOrdersRow,
  encodeReport,
  reportText,
  shipmentRow,
} from '../../electron/main/services/orders/report-fixtures'

const NEW_ORDER = '408-7777777-7777777' // in no demo thread: created, waiting for its first mail

/** Seller Central's two reports for `orderNumber`, generated here (invented buyer, no real order). */
function reports(orderNumber: string) {
  const allOrders = reportText(ALL_ORDERS_COLUMNS, [
    allOrdersRow({
      'amazon-order-id': orderNumber,
      'purchase-date': '2026-11-20T09:15:00+01:00',
      'last-updated-date': '2026-11-22T08:00:00+01:00',
      'order-status': 'Shipped',
      'product-name': 'Théière en fonte « Kyoto » – 1,2 L',
      quantity: '2',
      'item-price': '79.80',
      'shipping-price': '4.90',
    }),
    allOrdersRow({
      'amazon-order-id': orderNumber,
      'purchase-date': '2026-11-20T09:15:00+01:00',
      'last-updated-date': '2026-11-22T08:00:00+01:00',
      'order-status': 'Shipped',
      'product-name': 'Tasses à thé (lot de 4)',
      'item-price': '24.10',
    }),
    allOrdersRow({ 'amazon-order-id': 'pas-une-commande', 'purchase-date': '2026-11-20T09:15:00+01:00' }),
    allOrdersRow({
      'amazon-order-id': NEW_ORDER,
      'purchase-date': '2026-11-29T10:00:00+01:00',
      'last-updated-date': '2026-11-29T10:05:00+01:00',
      'order-status': 'Pending',
      'product-name': 'Bouilloire',
    }),
  ])
  const shipments = reportText(FBA_SHIPMENTS_COLUMNS, [
    shipmentRow({
      'amazon-order-id': orderNumber,
      'shipment-id': 'DqE2eShip1',
      'purchase-date': '2026-11-20T09:15:00+01:00',
      'shipment-date': '2026-11-21T16:00:00+01:00',
      'reporting-date': '2026-11-21T18:00:00+01:00',
      'product-name': 'Théière en fonte « Kyoto » – 1,2 L',
      'quantity-shipped': '2',
      carrier: 'Mondial Relay',
      'tracking-number': '84512377',
    }),
  ])
  return [
    {
      name: 'toutes-les-commandes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(encodeReport(allOrders, 'windows-1252')),
    },
    {
      name: 'expeditions-fba.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(encodeReport(shipments, 'utf-8-bom')),
    },
  ]
}

async function openFirstThreadOrder(page: Page): Promise<string> {
  await rows(page).first().click()
  await expect(page.getByTestId('order-panel')).toBeVisible()
  return (await page.getByTestId('order-number').textContent()) ?? ''
}

async function importThroughDialog(page: Page, files: ReturnType<typeof reports>) {
  await page.getByTestId('open-orders-import').click()
  await page.getByTestId('orders-import-file').setInputFiles(files)
  await expect(page.getByTestId('orders-import')).toHaveAttribute('data-phase', 'done')
}

const figure = (page: Page, name: string) => page.getByTestId(`orders-import-${name}`)

test.describe('orders from the marketplace reports', () => {
  test('an imported report fills the order panel with a tracking link that goes into the reply', async ({
    inbox,
  }) => {
    const orderNumber = await openFirstThreadOrder(inbox)
    await importThroughDialog(inbox, reports(orderNumber))
    await expect(figure(inbox, 'read')).toHaveAttribute('data-value', '5')
    await expect(figure(inbox, 'orders')).toHaveAttribute('data-value', '2')
    await expect(figure(inbox, 'created')).toHaveAttribute('data-value', '1')
    await expect(figure(inbox, 'updated')).toHaveAttribute('data-value', '1') // the demo's copy replaced
    await expect(figure(inbox, 'matched')).toHaveAttribute('data-value', '1')
    await expect(inbox.getByTestId('orders-import-error')).toHaveCount(1)
    await expect(inbox.getByTestId('orders-import-error')).toContainText('toutes-les-commandes.txt:4')
    await expect(inbox.getByTestId('orders-import-error')).toContainText('n’est pas un numéro de commande')
    await inbox.getByTestId('orders-import-close').click()

    const panel = inbox.getByTestId('order-panel')
    await expect(panel.getByTestId('order-status')).toHaveAttribute('data-status', 'shipped')
    await expect(panel.getByTestId('order-item')).toHaveCount(2)
    await expect(panel.getByTestId('order-item').first()).toContainText('Théière en fonte « Kyoto » – 1,2 L')
    await expect(panel.getByTestId('order-total')).toHaveText('108,80 €')
    await expect(panel.getByTestId('order-carrier')).toHaveText('Mondial Relay')
    await expect(panel.getByTestId('order-tracking')).toHaveText('84512377')
    const link = panel.getByTestId('order-tracking-link')
    await expect(link).toHaveAttribute(
      'href',
      'https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=84512377',
    )

    await panel.getByTestId('order-tracking-insert').click()
    await expect(inbox.getByTestId('composer-body')).toHaveValue(
      /mondialrelay\.fr\/suivi-de-colis\/\?NumeroExpedition=84512377/,
    )
    const finding = inbox.getByTestId('policy-finding')
    await expect(finding).toHaveAttribute('data-severity', 'info')
    await expect(inbox.locator('[data-testid="policy-finding"][data-severity="error"]')).toHaveCount(0)

    // The same reports again, dropped on the window this time: nothing changes.
    const dropped = reports(orderNumber)
    const transfer = await inbox.evaluateHandle(
      (files) => {
        const data = new DataTransfer()
        for (const f of files)
          data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }))
        return data
      },
      dropped.map((f) => ({ name: f.name, bytes: [...f.buffer] })),
    )
    await inbox.getByTestId('thread-list').dispatchEvent('drop', { dataTransfer: transfer })
    await expect(inbox.getByTestId('orders-import')).toHaveAttribute('data-phase', 'done')
    await expect(figure(inbox, 'created')).toHaveAttribute('data-value', '0')
    await expect(figure(inbox, 'updated')).toHaveAttribute('data-value', '0')
    await expect(figure(inbox, 'unchanged')).toHaveAttribute('data-value', '2')
  })

  test('in English, money and dates follow the app language', async ({ inbox }) => {
    const orderNumber = await openFirstThreadOrder(inbox)
    await inbox.getByTestId('language-select').selectOption('en')
    await importThroughDialog(inbox, reports(orderNumber))
    await expect(inbox.getByTestId('orders-import-summary')).toContainText('Threads matched')
    await inbox.getByTestId('orders-import-close').click()
    await expect(inbox.getByTestId('order-total')).toHaveText('€108.80')
    await expect(inbox.getByTestId('order-tracking-link')).toHaveText('Track on the Mondial Relay site')
  })

  test('a file that is no report says so, without claiming anything was imported', async ({ inbox }) => {
    await inbox.getByTestId('open-orders-import').click()
    await inbox.getByTestId('orders-import-file').setInputFiles([
      {
        name: 'message.eml',
        mimeType: 'text/plain',
        buffer: Buffer.from('From: a@b.example\nSubject: hi\n\nhi\n'),
      },
    ])
    const summary = inbox.getByTestId('orders-import-summary')
    await expect(summary).toContainText('Aucune commande importée')
    await expect(summary).not.toContainText('le reste est importé')
    await expect(inbox.getByTestId('orders-import-error')).toContainText('pas un rapport de commandes')
  })

  test('an import under way shows its progress and can be cancelled, changing nothing', async ({ inbox }) => {
    await openFirstThreadOrder(inbox)
    const statusBefore = await inbox.getByTestId('order-status').getAttribute('data-status')
    const [report] = reports(await inbox.getByTestId('order-number').innerText())
    // 2 MB: 8 pieces of 256 KiB, each held back a little, as a slow machine would.
    const large = Buffer.concat([report!.buffer, Buffer.alloc(2 * 1024 * 1024, 0x20)])
    await inbox.route('**/api/orders:uploadChunk', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400))
      await route.continue()
    })
    await inbox.getByTestId('open-orders-import').click()
    await inbox.getByTestId('orders-import-file').setInputFiles([{ ...report!, buffer: large }])
    await expect(inbox.getByTestId('orders-import-progress')).toContainText('Envoi des rapports')
    await inbox.getByTestId('orders-import-cancel').click()
    await expect(inbox.getByTestId('orders-import')).toHaveAttribute('data-phase', 'cancelled')
    await expect(inbox.getByTestId('orders-import-cancelled')).toContainText('rien n’a été modifié')
    await inbox.getByTestId('orders-import-close').click()
    await expect(inbox.getByTestId('order-status')).toHaveAttribute('data-status', statusBefore ?? '')
    await expect(inbox.getByTestId('order-panel').getByText('84512377')).toHaveCount(0)
  })
})
