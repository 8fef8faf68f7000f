export * from './types';
export * from './fieldTypes';
