import type { Template } from '../types';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { RO } from './ro';

/** Languages the built-in library is written in; English is the fallback. */
export const LIBRARY_LANGUAGES = ['en', 'fr', 'de', 'es', 'ro'] as const;

/** Every built-in template, all languages: read-only, duplicated by the user to change. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [...EN, ...FR, ...DE, ...ES, ...RO];
