// rxjs from ESM, operators through the rxjs/operators subpath
import { of, from, range, Subject, BehaviorSubject, merge, lastValueFrom, firstValueFrom, defer, throwError, concat } from 'rxjs';
import { map, filter, scan, take, reduce, mergeMap, catchError, toArray, distinctUntilChanged, pairwise, startWith } from 'rxjs/operators';
const out = [];
range(1, 10).pipe(filter((x) => x % 2 === 1), map((x) => x * x)).subscribe({
  next: (v) => out.push(v), complete: () => out.push('done'),
});
console.log(out.join(' '));
of(1, 2, 3).pipe(scan((acc, x) => acc + x, 0)).subscribe((v) => console.log('scan', v));
const subject = new Subject();
subject.pipe(distinctUntilChanged(), pairwise()).subscribe((p) => console.log('pair', JSON.stringify(p)));
[1, 1, 2, 3, 3, 1].forEach((v) => subject.next(v));
subject.complete();
const bs = new BehaviorSubject('init');
bs.subscribe((v) => console.log('bs', v));
bs.next('second');
console.log('value', bs.getValue());
console.log(await lastValueFrom(from([1, 2, 3]).pipe(mergeMap((x) => of(x, x * 10)), toArray())).then((a) => a.join(',')));
console.log(await firstValueFrom(concat(throwError(() => new Error('boom')), of('x')).pipe(catchError((e) => of('caught ' + e.message)))));
console.log(await lastValueFrom(merge(of('a'), defer(() => of('b'))).pipe(startWith('s'), reduce((a, b) => a + b, ''))));
of('sync').pipe(take(1)).subscribe((v) => console.log(v));
console.log('end');
