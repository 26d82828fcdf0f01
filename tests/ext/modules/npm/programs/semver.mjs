// semver (CommonJS: module.exports = { parse, valid, ... }) with named imports from ESM,
// which Node finds by static analysis of the CommonJS source
import { valid, clean, satisfies, gt, lt, inc, diff, coerce, maxSatisfying, minVersion, sort, parse, SemVer, Range } from 'semver';
import semver from 'semver';
console.log(valid('1.2.3'), valid('a.b.c'), clean('  =v1.2.3   '), semver.valid === valid);
console.log(satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), satisfies('2.0.0-beta.1', '^2.0.0'), satisfies('2.0.0-beta.1', '^2.0.0', { includePrerelease: true }));
console.log(gt('1.2.3', '9.8.7'), lt('1.2.3', '9.8.7'), minVersion('>=1.0.0 <2').version, coerce('v2').version, coerce('42.6.7.9.3-alpha').version);
console.log(inc('1.2.3', 'minor'), inc('1.2.3', 'prerelease', 'beta'), inc('1.2.3-beta.1', 'prerelease'), diff('1.2.3', '1.3.0'), diff('1.2.3', '2.0.0-pre'));
console.log(maxSatisfying(['1.2.3', '1.2.4', '1.3.0', '2.0.0'], '~1.2'), sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9']).join(' '));
const v = parse('1.2.3-alpha.7+build.42');
console.log(v.major, v.minor, v.patch, JSON.stringify(v.prerelease), JSON.stringify(v.build), v instanceof SemVer, v.compare('1.2.3'));
console.log(new Range('^1.2.3 || ~0.5').range, new Range('>=1.2.7 <1.3.0').test('1.2.8'));
try {
  new SemVer('not-a-version');
} catch (e) {
  console.log(e.name, e.message);
}
