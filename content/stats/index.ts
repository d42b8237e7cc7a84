// Pure statistics shared by the Worker, the pages, scripts and tests: reporting periods,
// small-number suppression, StatsWales shorthand codes and the open-data table.

export * from './opendata.ts';
export * from './periods.ts';
export * from './shorthand.ts';
export * from './suppress.ts';
