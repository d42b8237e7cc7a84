// Route definitions of timeliness: the national team's view and the public transparency data.
import { z } from 'zod';
import * as T from '../schemas/timeliness.ts';
import { createRoute, csvFile, error, errors, ok } from './define.ts';

export const nationalTimeliness = createRoute({
  method: 'get',
  path: '/api/national/timeliness',
  tags: ['national'],
  summary:
    'On time, late, missing and not yet due: one quarter by organisation and region, the on-time rate over time, and who has not started a week before a due date',
  request: { query: T.TimelinessQuery },
  responses: { 200: ok(T.Timeliness, 'Timeliness'), ...errors(400, 401, 403), 404: error('period-not-found') },
});

const cached = { headers: z.object({ ETag: z.string(), 'Cache-Control': z.string() }) };
const notModified = { 304: { description: 'Not modified: the request’s If-None-Match names the current ETag' } };

export const openDataTransparency = createRoute({
  method: 'get',
  path: '/api/open-data/transparency.json',
  tags: ['open data'],
  summary:
    'Which organisations returned on time, late or not at all in a quarter (status only, never values), and the on-time rate of every quarter',
  request: { query: T.TransparencyQuery },
  responses: { 200: { ...ok(T.Transparency, 'Transparency'), ...cached }, ...notModified, ...errors(400), 404: error('period-not-found') },
});

export const openDataTransparencyCsv = createRoute({
  method: 'get',
  path: '/api/open-data/transparency.csv',
  tags: ['open data'],
  summary: 'One quarter (default: the latest whose due date has passed): each organisation’s outcome, as CSV in one language',
  request: { query: T.TransparencyQuery },
  responses: {
    200: {
      ...csvFile('Transparency'),
      headers: z.object({ 'Content-Disposition': z.string(), ETag: z.string(), 'Cache-Control': z.string() }),
    },
    ...notModified,
    ...errors(400),
    404: error('period-not-found'),
  },
});
