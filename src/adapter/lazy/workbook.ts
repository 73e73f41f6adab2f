/** The workbook engine (bounded XML reader, zip patcher): dist/workbook.js, loaded when a workbook is filled. */
import { lazyPart } from './load';

export type WorkbookEngine = typeof import('../../domain/workbook');

export const loadWorkbookEngine = lazyPart<WorkbookEngine>(() => import('../../domain/workbook'));
