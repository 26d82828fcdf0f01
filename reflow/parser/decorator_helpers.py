"""The run-time helpers of lowered decorators, as JavaScript source:
typescript_decorators.py parses it once and inserts the functions a program uses at
its top. (Kept in a Python module: the parser reads no files.)"""

SOURCE = r'''
// The run-time helpers of lowered decorators (reflow/parser/typescript_decorators.py
// inserts the ones a program uses at its top). Written from the decorators proposal's
// semantics (tc39/proposal-decorators, 2022-03, as TypeScript 5 implements it) and
// from what TypeScript's legacy `experimentalDecorators` calls do; the names start
// with `__reflow$` so that they cannot meet a name of the program.

// Apply the decorators of one class element (or of the class: kind "class") innermost
// first. `home` is where a method/getter/setter/accessor lives (the class or its
// prototype); a private element or the class passes its descriptor instead. A field's
// and an accessor's initializer transforms go to `initializers`, every
// addInitializer() function to `extraInitializers`.
function __reflow$esDecorate(ctor, descriptor, decorators, contextIn, initializers, extraInitializers) {
    var kind = contextIn.kind;
    var slot = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var home = descriptor || !ctor ? null : contextIn["static"] ? ctor : ctor.prototype;
    if (!descriptor) descriptor = home ? Object.getOwnPropertyDescriptor(home, contextIn.name) : {};
    var finished = false;
    function expectFunction(f) {
        if (f !== undefined && typeof f !== "function") throw new TypeError("Function expected");
        return f;
    }
    function addInitializer(f) {
        if (finished) throw new TypeError("Cannot add initializers after decoration has completed");
        if (typeof f !== "function") throw new TypeError("Function expected");
        extraInitializers.push(f);
    }
    for (var i = decorators.length - 1; i >= 0; i--) {
        // each decorator gets its own context object (and its own `access`)
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var a in contextIn.access) context.access[a] = contextIn.access[a];
        context.addInitializer = addInitializer;
        var decorator = decorators[i];
        var value = kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[slot];
        var result = decorator(value, context);
        if (kind === "accessor") {
            if (result === undefined) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            var f;
            if (f = expectFunction(result.get)) descriptor.get = f;
            if (f = expectFunction(result.set)) descriptor.set = f;
            if (f = expectFunction(result.init)) initializers.unshift(f);
        } else if (expectFunction(result) !== undefined) {
            if (kind === "field") initializers.unshift(result);
            else descriptor[slot] = result;
        }
    }
    if (home) Object.defineProperty(home, contextIn.name, descriptor);
    finished = true;
}

// Call `initializers` on `thisArg` in order: with a `value`, each transforms the value
// the one before returned (a field's initial value); without, they are addInitializer()
// functions and the result is undefined.
function __reflow$runInitializers(thisArg, initializers, ...value) {
    // (no `arguments`: the compiler decides from a function's source text whether to
    // make the object, and these nodes have no text)
    var transforms = value.length > 0;
    var current = value[0];
    for (var i = 0; i < initializers.length; i++) {
        if (transforms) current = initializers[i].call(thisArg, current);
        else initializers[i].call(thisArg);
    }
    return transforms ? current : undefined;
}

// The `name` a function gets from a key (SetFunctionName, 10.2.9): a symbol's
// description in brackets, a prefix ("get", "set") before it.
function __reflow$setFunctionName(f, name, prefix) {
    if (typeof name === "symbol") name = name.description === undefined ? "" : "[" + name.description + "]";
    return Object.defineProperty(f, "name", { configurable: true, value: prefix ? prefix + " " + name : name });
}

// ToPropertyKey (7.1.19) of a computed key, evaluated once for the element and its context
function __reflow$propKey(key) {
    return typeof key === "symbol" ? key : "".concat(key);
}

// experimentalDecorators: apply `decorators` bottom-up to a class (two arguments: a
// decorator may return a replacement), or to the member `key` of `target` (four
// arguments: `descriptor` null reads the property's descriptor, undefined is a property
// declaration; a decorator may return a new descriptor, which is defined).
function __reflow$decorate(decorators, target, ...member) {
    var argc = member.length + 2, key = member[0], descriptor = member[1];
    var result = argc < 3 ? target : descriptor === null ? descriptor = Object.getOwnPropertyDescriptor(target, key) : descriptor;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        // reflect-metadata's Reflect.decorate, where a program installed it
        result = Reflect.decorate(decorators, target, key, descriptor);
    } else {
        for (var i = decorators.length - 1; i >= 0; i--) {
            var decorator = decorators[i];
            if (!decorator) continue;
            var next = argc < 3 ? decorator(result) : argc > 3 ? decorator(target, key, result) : decorator(target, key);
            if (next) result = next;
        }
    }
    if (argc > 3 && result) Object.defineProperty(target, key, result);
    return result;
}

// experimentalDecorators: a parameter decorator as a member decorator
function __reflow$param(index, decorator) {
    return function (target, key) { decorator(target, key, index); };
}
'''
