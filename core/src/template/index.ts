export { buildTemplate, type TemplateModel, type TemplateColumn } from './model';
export type { CollectiviteProfile } from './profile';
export { patternInWords } from './pattern-words';
