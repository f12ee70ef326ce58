/** Reply templates: storage (durable JSON file) seeded from the starter set that ships with the app. */
import starter from '../../../../resources/templates/starter.json'
import type { StarterTemplate } from '../../../../shared/templates/placeholders'

export { TemplateStore, assertTemplateAllowed } from './template-store'

/** The sellers' replies and the buyers' requests, in French and English. */
export const STARTER_TEMPLATES = starter.templates as StarterTemplate[]
