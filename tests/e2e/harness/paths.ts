import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Reference material beside the repository (real pages, seeds), as CI has it. */
export const SHARED_DIR = fileURLToPath(new URL('../../../../shared/', import.meta.url));
/** The built extension; KJWATCH_EXTENSION_DIR points the tests at another build (with KJWATCH_E2E_NO_BUILD=1). */
export const EXTENSION_DIR = process.env.KJWATCH_EXTENSION_DIR ?? `${REPO_ROOT}.output/chrome-mv3`;
export const E2E_PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
export const SITE_FIXTURES_DIR = `${REPO_ROOT}tests/fixtures/sites/`;
