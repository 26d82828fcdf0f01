// date-fns from its ESM build, both the index and a subpath (date-fns/addDays)
import { format, differenceInCalendarDays, isBefore, parseISO, formatDistance, eachDayOfInterval, startOfWeek, formatISO, isValid } from 'date-fns';
import { addDays } from 'date-fns/addDays';
import { subMonths } from 'date-fns/subMonths';
// the test runs with TZ=UTC, so local time is UTC
const day = new Date(2024, 1, 27, 13, 45, 10);
console.log(format(day, 'yyyy-MM-dd HH:mm:ss'), format(day, "EEEE, MMMM do yyyy 'at' h:mm a"));
console.log(format(addDays(day, 3), 'yyyy-MM-dd'), format(subMonths(day, 1), 'yyyy-MM-dd'));
console.log(differenceInCalendarDays(new Date(2024, 11, 25), day), isBefore(day, new Date(2025, 0, 1)));
console.log(formatISO(parseISO('2024-03-10T05:06:07')), isValid(parseISO('not a date')));
console.log(formatDistance(new Date(2024, 0, 1), new Date(2024, 0, 15)), formatDistance(new Date(2024, 0, 1), new Date(2024, 0, 1, 0, 0, 20), { includeSeconds: true, addSuffix: true }));
console.log(eachDayOfInterval({ start: new Date(2024, 1, 27), end: new Date(2024, 2, 2) }).map((d) => format(d, 'MM/dd EEE')).join(', '));
console.log(format(startOfWeek(day, { weekStartsOn: 1 }), 'PPPP'));
