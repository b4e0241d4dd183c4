export { listTagUsage, mergeTags, renameTag, type TagUsage } from './manage.ts';
