/**
 * Unit conventions shared by every formula in the model: USD, 1 TB = 1024 GB, a 730-hour month.
 * AWS pricing pages use a 730-hour month; the seed guide converts 10 TB to 10,240 GB.
 */
export const HOURS_PER_MONTH = 730;
export const GB_PER_TB = 1024;
export const SECONDS_PER_HOUR = 3600;
/** Inter-AZ transfer is billed at the sender (out) and at the receiver (in): $0.01/GB each, so $0.02 per GB crossing. */
export const BILLED_DIRECTIONS_PER_AZ_CROSSING = 2;
export const REQUESTS_PER_MILLION = 1_000_000;
