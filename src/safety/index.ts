export { HOTLINES, hotlinesFor, defaultRegionFor, type Hotline, type HotlineRegion } from './hotlines.ts';
