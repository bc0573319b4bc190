export { FORMATS, findFormat, type OutputFormat } from './formats.ts';
export { toTrainingExample, type TrainingExample } from './prepare.ts';
export { JsonRecordSink, upsertDatasetInfo } from './sink.ts';
