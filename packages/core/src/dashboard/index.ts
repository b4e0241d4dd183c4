export {
  type CacheDay,
  cacheFigures,
  type CommunityFigures,
  communityFigures,
  type ModelDay,
  modelFigures,
  type QueueDepth,
  type QueueFigures,
  queueFigures,
  type ThroughputFigures,
  throughputFigures,
} from './figures.ts';
