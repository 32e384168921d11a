import autocannon from 'autocannon';

/** One server and URL path that a comparison measures. */
export type Endpoint = { server: 'next' | 'nginx'; path: string };

/** The figures of one autocannon run against one endpoint. */
export type LoadFigures = {
  requestsPerSecond: number;
  requests: number;
  /** Latency percentiles and maximum in milliseconds. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors, time-outs included. */
  errors: number;
  timeouts: number;
  /** Responses with a status outside 200-299. */
  non2xx: number;
  /** Response bytes per second as received, so compressed bytes when gzip was requested. */
  bytesPerSecond: number;
};

/**
 * Sends GET requests to `url` over `connections` keep-alive connections for `seconds` s, each
 * connection sending its next request when the previous response has arrived.
 */
export async function measureLoad(
  url: string,
  connections: number,
  seconds: number,
  gzip: boolean,
): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: gzip ? { 'accept-encoding': 'gzip' } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
  };
}
