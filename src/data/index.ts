/** Data-set toolkit: readers, writers, cleaning, statistics and splits for counselling and emotion corpora. */
export type { BadRecord, Conversation, MediaKind, MediaRef, Provenance, ReadContext, Turn, TurnRole } from './types.ts';
export { READERS, findReader, parseFieldMap, type CorpusReader, type FieldMap, type ReaderOptions } from './readers/index.ts';
export { FORMATS, findFormat, toTrainingExample, JsonRecordSink, upsertDatasetInfo, type OutputFormat } from './writers/index.ts';
export * from './clean/index.ts';
export { StatsCollector, formatStatsSummary, loadEmotionClassifier, type DatasetStats } from './stats.ts';
export { renderStatsHtml } from './report-html.ts';
export { Splitter, hashUnit, parseRatios, type SplitOptions } from './split.ts';
export { runConvert, DataInputError, requireReader, requireFormat, requireInput, badRecordLog, type ConvertOptions, type ConvertSummary } from './pipeline.ts';
export { streamJsonArray, streamJsonLines } from './io/json-stream.ts';
export { readJsonRecords } from './io/json-records.ts';
export { parseCsv } from './io/csv.ts';
export { parsePythonStringList, splitPythonStringListLoosely } from './io/python-literal.ts';
