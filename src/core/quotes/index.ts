// Quoted statements and their speakers. The stages are in pipeline.ts; docs/architecture.md maps
// the folder.
export { analyzeQuotes, type AnalyzeQuotesOptions, type QuoteAnalysis, type SentenceAttribution } from './pipeline';
