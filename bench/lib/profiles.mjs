// Network profiles the first-chart benchmark runs under, applied per page over CDP.

/** Bytes per second from megabits per second, as CDP wants them. */
const mbit = (megabits) => (megabits * 1e6) / 8;

export const PROFILES = [
  {
    name: 'loopback',
    description: 'unthrottled loopback (127.0.0.1)',
    network: undefined,
  },
  {
    name: 'mobile',
    // Roughly a mid-range phone on a fair 4G connection (Lighthouse's "slow 4G" is 150 ms,
    // 1.6 Mbit/s; this is the faster, more common case). CDP adds the latency to every
    // request and caps throughput; there is no TCP slow start or packet loss.
    description: 'emulated mobile: 40 ms RTT, 9 Mbit/s down, 3 Mbit/s up',
    network: { offline: false, latency: 40, downloadThroughput: mbit(9), uploadThroughput: mbit(3) },
  },
];

export const PROFILE_NAMES = PROFILES.map((profile) => profile.name);
