/** Shared Preact components of the hosts, and the Host port they need. */
export * from './host';
export { t, strings, formatBytes, type Strings } from './i18n';
export { badgeStatusOf, unusableReason, schemaRefOf, STATUS_COLORS } from './status';
export { groupByColumn, groupByCode, type ErrorGroup } from './group';
export { Badge, type BadgeProps } from './components/Badge';
export { Summary } from './components/Summary';
export { ReportView } from './components/ReportView';
export { SchemaPicker, type SchemaPickerProps } from './components/SchemaPicker';
export { FixPreview, type FixPreviewProps } from './components/FixPreview';
export { ProgressBar } from './components/ProgressBar';
export { FileDrop } from './components/FileDrop';
export { ValidationPanel, type ValidationPanelProps } from './components/ValidationPanel';
export { fixPreviewFromReport } from './fix-preview';
