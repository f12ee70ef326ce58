import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkPolicy } from '../../../../shared/policy'
import { fillTemplate } from '../../../../shared/templates/placeholders'
import { STARTER_TEMPLATES, TemplateStore } from '.'

let dir: string
let file: string
const now = () => new Date('2026-11-22T10:00:00.000Z')

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-templates-'))
  file = path.join(dir, 'templates.json')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const code = (c: string) => expect.objectContaining({ code: c })

describe('starter templates', () => {
  it('ship in French and English, use the placeholders, and pass the policy checker filled or not', () => {
    expect(new Set(STARTER_TEMPLATES.map((t) => t.language))).toEqual(new Set(['fr', 'en']))
    for (const template of STARTER_TEMPLATES) {
      // A seller greets the buyer by name; a buyer writes about their order.
      expect(template.body).toContain(template.audience === 'seller' ? '{{buyer_name}}' : '{{order_number}}')
      const filled = fillTemplate(template.body, {
        buyer_name: 'Camille Martin',
        order_number: '405-1234567-1234567',
        carrier: 'Colissimo',
        tracking_number: '6A12345678901',
        seller_name: 'Atelier Lumen',
      })
      expect(filled.missing).toEqual([])
      expect(checkPolicy(template.body), template.name).toEqual([])
      expect(checkPolicy(filled.text), template.name).toEqual([])
    }
  })
})

describe('template store', () => {
  it('offers each owner the starters written for them, and their own templates whatever the role', async () => {
    const store = await TemplateStore.open(file, STARTER_TEMPLATES, now)
    const mine = await store.create({ name: 'Merci', language: 'fr', body: 'Merci !' })
    const buyer = store.list('buyer')
    const seller = store.list('seller')
    expect(buyer.map((t) => t.name)).toContain('Colis non reçu')
    expect(buyer.map((t) => t.name)).not.toContain('Commande expédiée')
    expect(seller.map((t) => t.name)).toContain('Commande expédiée')
    expect(seller.map((t) => t.name)).not.toContain('Colis non reçu')
    for (const list of [buyer, seller]) expect(list.map((t) => t.id)).toContain(mine.id)
    expect(new Set(buyer.map((t) => t.language))).toEqual(new Set(['fr', 'en']))
  })

  it('recognises the sellers’ starters of a file seeded before starters had an audience', async () => {
    const legacy = STARTER_TEMPLATES.filter((t) => t.audience === 'seller').map((t, i) => ({
      id: `tpl_${i}`,
      name: t.name,
      language: t.language,
      body: t.body,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }))
    fs.writeFileSync(file, JSON.stringify({ version: 1, templates: legacy }))
    const store = await TemplateStore.open(file, STARTER_TEMPLATES, now)
    expect(store.list('buyer')).toEqual([])
    expect(store.list('seller')).toHaveLength(legacy.length)
  })

  it('starts with the starter set and keeps changes across reopening', async () => {
    const store = await TemplateStore.open(file, STARTER_TEMPLATES, now)
    expect(store.list()).toHaveLength(STARTER_TEMPLATES.length)
    expect(store.list()[0]!.language).toBe('fr')
    const created = await store.create({ name: 'Merci', language: 'fr', body: 'Merci {{buyer_name}} !' })
    await store.update(created.id, { body: 'Merci beaucoup {{buyer_name}} !' })
    const starterId = store.list().find((t) => t.language === 'en')!.id
    await store.delete(starterId)
    const again = await TemplateStore.open(file, STARTER_TEMPLATES, now)
    expect(again.list()).toHaveLength(STARTER_TEMPLATES.length)
    expect(again.get(created.id).body).toBe('Merci beaucoup {{buyer_name}} !')
    expect(() => again.get(starterId)).toThrow(code('NOT_FOUND'))
  })

  it('refuses a template holding a policy error, with the finding, and changes nothing', async () => {
    const store = await TemplateStore.open(file, [], now)
    const refused = store.create({ name: 'Appel', language: 'fr', body: 'Appelez-nous au 06 12 34 56 78.' })
    await expect(refused).rejects.toThrow(code('POLICY_VIOLATION'))
    await expect(refused).rejects.toMatchObject({
      details: { findings: [expect.objectContaining({ rule: 'contact-phone', severity: 'error' })] },
    })
    const kept = await store.create({
      name: 'Suivi',
      language: 'fr',
      body: 'Votre suivi : {{tracking_number}}',
    })
    await expect(store.update(kept.id, { body: 'Écrivez à vente@example.com' })).rejects.toThrow(
      code('POLICY_VIOLATION'),
    )
    expect(store.list()).toEqual([kept])
    expect(fs.existsSync(file)).toBe(true)
  })

  it('refuses empty fields and duplicate names in the same language', async () => {
    const store = await TemplateStore.open(file, [], now)
    await expect(store.create({ name: '  ', language: 'fr', body: 'x' })).rejects.toThrow(code('BAD_REQUEST'))
    await expect(store.create({ name: 'A', language: 'fr', body: ' ' })).rejects.toThrow(code('BAD_REQUEST'))
    await store.create({ name: 'Merci', language: 'fr', body: 'Merci.' })
    await expect(store.create({ name: 'merci', language: 'fr', body: 'Merci !' })).rejects.toThrow(
      code('CONFLICT'),
    )
    await store.create({ name: 'Merci', language: 'en', body: 'Thanks.' })
  })

  it('sets a damaged file aside and starts again from the starter set', async () => {
    fs.writeFileSync(file, '{"version":1,"templates":[{"id":')
    const store = await TemplateStore.open(file, STARTER_TEMPLATES, now)
    expect(store.list()).toHaveLength(STARTER_TEMPLATES.length)
    expect(store.openWarnings).toHaveLength(1)
    expect(fs.readdirSync(dir).some((name) => name.startsWith('templates.json.damaged-'))).toBe(true)
  })
})
