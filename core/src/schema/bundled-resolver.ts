/** The bundled catalogue, loaded on first need by validate.ts when no resolver is injected. */
export { bundledResolver } from '@scdl/schemas/resolver';
