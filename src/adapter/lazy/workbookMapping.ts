/** The workbook column mapping (its zod schema, the review picker): dist/lazy/workbookMapping.js, loaded when a workbook is filled. */
import { lazyPart } from './load';

export type WorkbookMappingModule = typeof import('../workbookMapping');

export const loadWorkbookMapping = lazyPart<WorkbookMappingModule>(() => import('../workbookMapping'));
