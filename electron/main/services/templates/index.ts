/** Reply templates: storage (durable JSON file) seeded from the starter set that ships with the app. */
import starter from '../../../../resources/templates/starter.json'
import type { TemplateInput } from '../../../../shared/templates/placeholders'

export { TemplateStore, assertTemplateAllowed } from './template-store'

export const STARTER_TEMPLATES = starter.templates as TemplateInput[]
