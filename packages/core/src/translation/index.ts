export { contentTexts, type JudgedText, textForJudgement } from './translations.ts';
