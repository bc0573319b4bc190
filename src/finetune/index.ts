export * from './models.ts';
export * from './inference-memory.ts';
export * from './hardware.ts';
export * from './train-memory.ts';
export * from './dataset.ts';
export * from './plan.ts';
export { toYaml, yamlNumber, yamlScalar } from './yaml.ts';
