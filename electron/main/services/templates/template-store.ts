/**
 * Reply templates in `<userData>/templates.json`, written durably (temporary file, fsync, rename; the
 * store's adapter). A new user starts with the starter set that ships in resources/templates. A
 * template holding a policy `error` is refused here, in main, whatever the renderer showed.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import { checkedName } from '../../../../shared/model/names'
import { reasonError } from '../../../../shared/ipc/error-details'
import { writeFailure } from '../write-errors'
import { blockingFindings, checkPolicy } from '../../../../shared/policy'
import { TEMPLATE_AUDIENCES, TEMPLATE_LANGUAGES } from '../../../../shared/templates/placeholders'
import type {
  ReplyTemplate,
  StarterTemplate,
  TemplateAudience,
  TemplateInput,
} from '../../../../shared/templates/placeholders'
import { DamagedFileError, DurableJsonFile } from '../store/durable-file'

interface TemplateFile {
  version: 1
  templates: ReplyTemplate[]
}

const isTemplate = (value: unknown): value is ReplyTemplate => {
  const t = value as Record<string, unknown>
  return (
    typeof t === 'object' &&
    t !== null &&
    ['id', 'name', 'body', 'createdAt', 'updatedAt'].every((key) => typeof t[key] === 'string') &&
    (TEMPLATE_LANGUAGES as readonly unknown[]).includes(t.language) &&
    (t.audience === undefined || (TEMPLATE_AUDIENCES as readonly unknown[]).includes(t.audience))
  )
}

const isTemplateFile = (value: unknown): value is TemplateFile =>
  typeof value === 'object' &&
  value !== null &&
  (value as TemplateFile).version === 1 &&
  Array.isArray((value as TemplateFile).templates) &&
  (value as TemplateFile).templates.every(isTemplate)

/** Refuses a body the policy checker would block on send, with the findings as details. */
export function assertTemplateAllowed(body: string): void {
  const blocking = blockingFindings(checkPolicy(body))
  if (blocking.length > 0) {
    throw new ComptoirError(
      'POLICY_VIOLATION',
      `This template cannot be saved: ${blocking.map((f) => f.message).join(' ')}`,
      { findings: blocking },
    )
  }
}

function cleanInput<T extends Partial<TemplateInput>>(input: T): T {
  const name = input.name?.trim()
  const body = input.body?.replace(/\r\n/g, '\n')
  if (name !== undefined) checkedName(name, 'template', Number.MAX_SAFE_INTEGER)
  if (body !== undefined && body.trim() === '')
    throw reasonError('BAD_REQUEST', 'A template needs a text.', { reason: 'template-text-empty' })
  return { ...input, ...(name !== undefined ? { name } : {}), ...(body !== undefined ? { body } : {}) }
}

export class TemplateStore {
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly file: DurableJsonFile<TemplateFile>,
    private data: TemplateFile,
    private readonly now: () => Date,
    /** Problems met at open (a damaged file set aside), for the log. */
    readonly openWarnings: string[],
    private readonly starter: readonly StarterTemplate[] = [],
  ) {}

  /**
   * Whom a template is for. A file seeded before starters carried an audience still holds the sellers'
   * starter set unmarked: those are recognised by their unchanged name and text.
   */
  private audienceOf(template: ReplyTemplate): TemplateAudience | null {
    if (template.audience) return template.audience
    const starter = this.starter.find((s) => s.name === template.name && s.body === template.body)
    return starter?.audience ?? null
  }

  static async open(
    filePath: string,
    starter: readonly StarterTemplate[],
    now: () => Date = () => new Date(),
  ): Promise<TemplateStore> {
    await mkdir(path.dirname(filePath), { recursive: true })
    const file = new DurableJsonFile(filePath, isTemplateFile, { bytes: 0, files: 0 })
    const warnings: string[] = []
    let data: TemplateFile | null = null
    try {
      data = await file.read()
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error
      // Keep the user's file for inspection; start again from the starter set.
      const aside = `${filePath}.damaged-${now().toISOString().replaceAll(':', '-')}`
      await rename(filePath, aside)
      warnings.push(`${error.message}; moved to ${aside}`)
    }
    if (data === null) {
      const at = now().toISOString()
      data = {
        version: 1,
        templates: starter.map((t) => ({ id: `tpl_${randomUUID()}`, ...t, createdAt: at, updatedAt: at })),
      }
    }
    return new TemplateStore(file, data, now, warnings, starter)
  }

  /** French first, then English; by name within a language. With `audience`: what that owner is offered. */
  list(audience?: TemplateAudience): ReplyTemplate[] {
    const rank = (t: ReplyTemplate) => TEMPLATE_LANGUAGES.indexOf(t.language)
    return this.data.templates
      .filter((t) => {
        const forWhom = audience && this.audienceOf(t)
        return !forWhom || forWhom === audience
      })
      .map((t) => ({ ...t }))
      .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, a.language))
  }

  get(id: string): ReplyTemplate {
    const found = this.data.templates.find((t) => t.id === id)
    if (!found)
      throw reasonError('NOT_FOUND', `No such template: ${id}`, { reason: 'not-found', what: 'template', id })
    return { ...found }
  }

  async create(input: TemplateInput): Promise<ReplyTemplate> {
    const clean = cleanInput(input)
    assertTemplateAllowed(clean.body)
    return this.commit((templates) => {
      this.assertNameFree(templates, clean.name, clean.language, null)
      const at = this.now().toISOString()
      const template: ReplyTemplate = { id: `tpl_${randomUUID()}`, ...clean, createdAt: at, updatedAt: at }
      return { templates: [...templates, template], result: { ...template } }
    })
  }

  async update(id: string, patch: Partial<TemplateInput>): Promise<ReplyTemplate> {
    const clean = cleanInput(patch)
    if (clean.body !== undefined) assertTemplateAllowed(clean.body)
    return this.commit((templates) => {
      const current = templates.find((t) => t.id === id)
      if (!current)
        throw reasonError('NOT_FOUND', `No such template: ${id}`, {
          reason: 'not-found',
          what: 'template',
          id,
        })
      const next: ReplyTemplate = { ...current, ...clean, updatedAt: this.now().toISOString() }
      this.assertNameFree(templates, next.name, next.language, id)
      return { templates: templates.map((t) => (t.id === id ? next : t)), result: { ...next } }
    })
  }

  delete(id: string): Promise<{ id: string }> {
    return this.commit((templates) => {
      if (!templates.some((t) => t.id === id))
        throw reasonError('NOT_FOUND', `No such template: ${id}`, {
          reason: 'not-found',
          what: 'template',
          id,
        })
      return { templates: templates.filter((t) => t.id !== id), result: { id } }
    })
  }

  private assertNameFree(templates: ReplyTemplate[], name: string, language: string, self: string | null) {
    const clash = templates.find(
      (t) =>
        t.id !== self && t.language === language && t.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
    )
    if (clash)
      throw reasonError('CONFLICT', `A template named "${name}" already exists.`, {
        reason: 'template-name-taken',
        name,
      })
  }

  /** One change at a time; memory changes only once the file holding it is durable. */
  private commit<T>(
    apply: (templates: ReplyTemplate[]) => { templates: ReplyTemplate[]; result: T },
  ): Promise<T> {
    const run = this.queue.then(async () => {
      const { templates, result } = apply(this.data.templates)
      const next: TemplateFile = { version: 1, templates }
      try {
        await this.file.write(next)
      } catch (error) {
        throw writeFailure(error, 'template')
      }
      this.data = next
      return result
    })
    this.queue = run.catch(() => undefined)
    return run
  }
}
