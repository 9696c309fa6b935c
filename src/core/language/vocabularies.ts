import type { Language, Vocabulary } from './languages';
import { de } from './vocabularies/de';
import { en } from './vocabularies/en';
import { es } from './vocabularies/es';
import { fr } from './vocabularies/fr';
import { ja } from './vocabularies/ja';
import { nl } from './vocabularies/nl';
import { pt } from './vocabularies/pt';

export const VOCABULARIES: Record<Language, Vocabulary> = { en, de, fr, es, nl, pt, ja };
