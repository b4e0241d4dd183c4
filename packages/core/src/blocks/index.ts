export { blockCitizen, hasBlocked, listBlocked, notBlocking, unblockCitizen } from './blocks.ts';
