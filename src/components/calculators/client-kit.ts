// Moved to src/components/client-kit.ts (every island uses it); kept while the workbook's rewrite lands.
export * from '../client-kit';
