// English patterns checked on the raw text before tokenizing (see triggers.ts): what may follow a
// short number for it to start a date ("11 months", "18 October", "07:08", "4th", "6-7 January",
// "4 in the morning").

export const NUMBER_FOLLOWERS =
  /(?::\d|\/\d|st\b|nd\b|rd\b|th\b|s\b|\s?[ap]\.?m\b|[\s-]+(?:year|yr|month|week|day|hour|minute|second|decade|centur|quarter|weekend|fortnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|of\s+[A-Z])|\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b|\s+(?:and|or|to)\s+\d+\s+(?:year|month|week|day|hour|minute)|\.\d)/iy;
// The first day of a pair told with one month after the second: "6-7 January", "12 to 14 July".
export const DAY_PAIR_FOLLOWER = /(?:\s*[-–]\s*|\s+(?:and|or|to)\s+)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iy;
// The second day of a pair told with one month before the first: "April 24 and 25", "Jan. 25-29".
export const DAY_PAIR_LEADER = /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+))/y;
