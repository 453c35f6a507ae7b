/**
 * A scenario's time zone: what offset from UTC applies at an instant, what to print after a
 * time, and which instant a local wall-clock time names. A fixed offset with a label
 * ("KST" at +09:00) or an IANA zone ("America/New_York") read through Node's Intl (full
 * ICU), so daylight saving comes from the tz database, never from a table of ours.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface Zone {
  /** What the file's `zone` says: an IANA name ("Asia/Seoul") or a label ("KST"). */
  readonly name: string;
  /** True for an IANA zone, whose offset may change (daylight saving). */
  readonly iana: boolean;
  /** Minutes east of UTC at the instant. */
  offsetAt(at: number): number;
  /** What to print after a time at that instant: "KST", "EDT", "UTC+09:00". */
  label(at: number): string;
  /**
   * The instant of a local date and wall-clock time (minutes after midnight; month and day may
   * overflow). A time skipped by a spring-forward reads as the same time an hour later, a
   * time that happens twice as its first occurrence (as Temporal's "compatible" does).
   */
  instant(year: number, month: number, day: number, minutes: number): number;
  /** The same for a local date and time written as UTC milliseconds (`Date.UTC` of them). */
  wallInstant(wall: number): number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "+09:00", "-04:30" */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The offsets a local wall-clock time (as UTC milliseconds) is read with in the zone, its
 * earliest instant first: one as a rule, none in a gap (clocks going forward), two in the
 * hour that happens twice (clocks going back). Tried: the offsets on either side of it.
 */
export function wallOffsets(zone: Pick<Zone, 'offsetAt'>, wall: number): number[] {
  const before = zone.offsetAt(wall - DAY);
  const after = zone.offsetAt(wall + DAY);
  return (before === after ? [before] : [before, after])
    .filter((offset) => zone.offsetAt(wall - offset * MINUTE) === offset)
    .sort((x, y) => y - x);
}

/** Resolves a local wall-clock time (as UTC milliseconds): its first occurrence. */
function instantOf(zone: Pick<Zone, 'offsetAt'>, wall: number) {
  // In a gap no offset fits: the offset in force before it moves the time forward.
  const offset = wallOffsets(zone, wall)[0] ?? zone.offsetAt(wall - DAY);
  return wall - offset * MINUTE;
}

/**
 * A zone whose offset never changes, printed with the label the file gives. Classes, so two
 * zones of the same name compare equal by value (methods live on the prototype).
 */
class FixedZone implements Zone {
  readonly iana = false;
  constructor(
    readonly name: string,
    readonly offset: number,
  ) {}
  offsetAt(): number {
    return this.offset;
  }
  label(): string {
    return this.name;
  }
  instant(year: number, month: number, day: number, minutes: number): number {
    return this.wallInstant(Date.UTC(year, month - 1, day, 0, minutes));
  }
  wallInstant(wall: number): number {
    return wall - this.offset * MINUTE;
  }
}

export const fixedZone = (offsetMinutes: number, label = `UTC${formatOffset(offsetMinutes)}`): Zone =>
  new FixedZone(label, offsetMinutes);

/** Looks like "Area/Location" (or "Etc/UTC"): meant as an IANA name, not as a label. */
export const looksLikeIanaName = (text: string): boolean =>
  /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+$/.test(text);

function formatterFor(name: string, timeZoneName: 'longOffset' | 'short'): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName });
  } catch {
    return null;
  }
}

const zoneNamePart = (format: Intl.DateTimeFormat, at: number) =>
  format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';

/** An IANA zone read through Intl, with the offsets it found kept (formatting is slow). */
class IanaZone implements Zone {
  readonly iana = true;
  readonly #offsets: Intl.DateTimeFormat;
  // Built on the first label asked for: constructing a formatter costs milliseconds.
  #abbreviations: Intl.DateTimeFormat | undefined;
  readonly #cache = new Map<number, number>();

  constructor(
    readonly name: string,
    offsets: Intl.DateTimeFormat,
  ) {
    this.#offsets = offsets;
  }

  offsetAt(at: number): number {
    const cached = this.#cache.get(at);
    if (cached !== undefined) return cached;
    const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(zoneNamePart(this.#offsets, at));
    // Local mean times before standard time have seconds (+08:27:52): the nearest minute.
    const offset = m?.[1]
      ? (m[1] === '-' ? -1 : 1) * Math.round(Number(m[2]) * 60 + Number(m[3]) + Number(m[4] ?? 0) / 60)
      : 0;
    if (this.#cache.size > 100_000) this.#cache.clear();
    this.#cache.set(at, offset);
    return offset;
  }

  label(at: number): string {
    this.#abbreviations ??= formatterFor(this.name, 'short')!;
    const short = zoneNamePart(this.#abbreviations, at);
    // ICU has abbreviations for some zones only (EDT, GMT, BST); the rest read "GMT+9".
    return /^[A-Z]{2,5}$/.test(short) ? short : `UTC${formatOffset(this.offsetAt(at))}`;
  }

  instant(year: number, month: number, day: number, minutes: number): number {
    return instantOf(this, Date.UTC(year, month - 1, day, 0, minutes));
  }
  wallInstant(wall: number): number {
    return instantOf(this, wall);
  }
}

/** One zone per name for the whole process, so its formatters and offsets are built once. */
const ianaZones = new Map<string, Zone | null>();

/** An IANA zone, or null when the runtime does not know the name. */
export function ianaZone(name: string): Zone | null {
  if (!looksLikeIanaName(name)) return null;
  let zone = ianaZones.get(name);
  if (zone === undefined) {
    const offsets = formatterFor(name, 'longOffset');
    zone = offsets ? new IanaZone(name, offsets) : null;
    ianaZones.set(name, zone);
  }
  return zone;
}
