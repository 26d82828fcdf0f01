"""The ten workloads of bench/compare.py and bench/test_engines_bench.py: each a script
whose completion value is a number or string that every engine must agree on. Sized so
that QuickJS takes roughly 10-60 ms on each."""

WORKLOADS = {
    # recursion: calls and returns
    'fib': '''
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
fib(24)
''',
    # an object-oriented scheduler (Richards-style): methods, prototype chains, queues
    'scheduler': '''
function Task(id, prio, work) { this.id = id; this.prio = prio; this.work = work; this.next = null; this.done = 0 }
Task.prototype.run = function (sched) { this.done += 1; this.work -= 1; return this.work > 0 ? this : null };
function Scheduler() { this.head = null; this.count = 0 }
Scheduler.prototype.add = function (task) {
  if (this.head === null || task.prio > this.head.prio) { task.next = this.head; this.head = task; return }
  var p = this.head;
  while (p.next !== null && p.next.prio >= task.prio) p = p.next;
  task.next = p.next; p.next = task;
};
Scheduler.prototype.schedule = function () {
  while (this.head !== null) {
    var t = this.head; this.head = t.next; t.next = null;
    this.count += 1;
    var again = t.run(this);
    if (again !== null) { again.prio = (again.prio * 7 + 3) % 11; this.add(again) }
  }
  return this.count;
};
var s = new Scheduler();
for (var i = 0; i < 200; i++) s.add(new Task(i, i % 11, 100 + i % 7));
s.schedule()
''',
    # floating point: the n-body simulation
    'nbody': '''
var PI = Math.PI, SOLAR_MASS = 4 * PI * PI, DAYS = 365.24;
function Body(x, y, z, vx, vy, vz, m) { this.x = x; this.y = y; this.z = z; this.vx = vx; this.vy = vy; this.vz = vz; this.mass = m }
var bodies = [
  new Body(0, 0, 0, 0, 0, 0, SOLAR_MASS),
  new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03 * DAYS, 7.69901118419740425e-03 * DAYS, -6.90460016972063023e-05 * DAYS, 9.54791938424326609e-04 * SOLAR_MASS),
  new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03 * DAYS, 4.99852801234917238e-03 * DAYS, 2.30417297573763929e-05 * DAYS, 2.85885980666130812e-04 * SOLAR_MASS),
  new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03 * DAYS, 2.37847173959480950e-03 * DAYS, -2.96589568540237556e-05 * DAYS, 4.36624404335156298e-05 * SOLAR_MASS),
  new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03 * DAYS, 1.62824170038242295e-03 * DAYS, -9.51592254519715870e-05 * DAYS, 5.15138902046611451e-05 * SOLAR_MASS)];
function advance(dt) {
  var n = bodies.length;
  for (var i = 0; i < n; i++) {
    var bi = bodies[i];
    for (var j = i + 1; j < n; j++) {
      var bj = bodies[j];
      var dx = bi.x - bj.x, dy = bi.y - bj.y, dz = bi.z - bj.z;
      var d2 = dx * dx + dy * dy + dz * dz;
      var mag = dt / (d2 * Math.sqrt(d2));
      bi.vx -= dx * bj.mass * mag; bi.vy -= dy * bj.mass * mag; bi.vz -= dz * bj.mass * mag;
      bj.vx += dx * bi.mass * mag; bj.vy += dy * bi.mass * mag; bj.vz += dz * bi.mass * mag;
    }
  }
  for (var k = 0; k < n; k++) { var b = bodies[k]; b.x += dt * b.vx; b.y += dt * b.vy; b.z += dt * b.vz }
}
function energy() {
  var e = 0;
  for (var i = 0; i < bodies.length; i++) {
    var b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (var j = i + 1; j < bodies.length; j++) {
      var c = bodies[j], dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
      e -= b.mass * c.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}
for (var step = 0; step < 3000; step++) advance(0.01);
energy().toFixed(9)
''',
    # an array sieve: element reads and writes by index
    'sieve': '''
function sieve(n) {
  var flags = [];
  for (var i = 0; i <= n; i++) flags.push(true);
  var count = 0;
  for (var p = 2; p <= n; p++) {
    if (flags[p]) { count++; for (var m = p * 2; m <= n; m += p) flags[m] = false }
  }
  return count;
}
sieve(100000)
''',
    # string building and searching
    'strings': '''
var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
var s = '';
for (var i = 0; i < 20000; i++) s += words[i % 5] + (i % 10);
var hits = 0, at = 0;
while ((at = s.indexOf('gamma', at)) !== -1) { hits++; at += 5 }
var parts = s.slice(0, 50000).split('a').length;
hits + ':' + parts + ':' + s.length + ':' + s.charCodeAt(777)
''',
    # a JSON round trip
    'json': '''
var items = [];
for (var i = 0; i < 3000; i++) items.push({id: i, name: 'item' + i, tags: ['a', 'b', 'c'], price: i * 1.5, ok: i % 2 === 0, nested: {x: i, y: [i, i + 1]}});
var text = JSON.stringify(items);
var back = JSON.parse(text);
var total = 0;
for (var j = 0; j < back.length; j++) total += back[j].nested.y[1];
text.length + ':' + total
''',
    # regexp matching
    'regexp': '''
var text = '';
for (var i = 0; i < 2000; i++) text += 'user' + i + '@host' + (i % 17) + '.example.com, ';
var re = /([a-z]+)(\\d+)@([a-z]+\\d+)\\.example\\.com/g;
var m, n = 0, sum = 0;
while ((m = re.exec(text)) !== null) { n++; sum += m[2].length + m[3].length }
var replaced = text.replace(/host(\\d+)/g, function (all, d) { return 'h' + d }).length;
n + ':' + sum + ':' + replaced + ':' + /^(\\w+\\s?)+$/.test('hello world foo bar')
''',
    # closures: creating and calling them
    'closures': '''
function counter() { var c = 0; return function (d) { c += d; return c } }
function compose(f, g) { return function (x) { return f(g(x)) } }
var total = 0;
for (var i = 0; i < 2000; i++) {
  var f = counter();
  var h = compose(f, function (x) { return x + 1 });
  for (var j = 0; j < 40; j++) total += h(j);
}
total
''',
    # sort with a comparator
    'sort': '''
var seed = 42;
function rand() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed }
var a = [];
for (var i = 0; i < 20000; i++) a.push({key: rand() % 100000, id: i});
a.sort(function (x, y) { return x.key - y.key || x.id - y.id });
var ok = true;
for (var j = 1; j < a.length; j++) if (a[j - 1].key > a[j].key) ok = false;
ok + ':' + a[0].key + ':' + a[a.length - 1].key + ':' + a[10000].id
''',
    # object as dictionary (a hash map with string keys)
    'hashmap': '''
var counts = {};
for (var i = 0; i < 60000; i++) {
  var k = 'k' + (i * 7919 % 5003);
  counts[k] = (counts[k] || 0) + 1;
}
var keys = Object.keys(counts), max = 0;
for (var j = 0; j < keys.length; j++) if (counts[keys[j]] > max) max = counts[keys[j]];
keys.length + ':' + max
''',
}
